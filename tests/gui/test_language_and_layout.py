"""Both languages, big enough targets, and no clipped text at common screen sizes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from taps import click

from ipquiz.assets import bank_dir
from ipquiz.bank.bundle import read_bank
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.widgets import MIN_TARGET_PX, ChoiceButton


def test_switching_language_changes_interface_and_questions(
    qtbot: QtBot, window: MainWindow
) -> None:
    start = window.start
    assert start.start_button.text() == "Start  ▶"
    click(qtbot, start.language.group.buttons()[0])  # 中文
    assert window.lang == "zh-CN"
    qtbot.waitUntil(lambda: start.start_button.text() == "开始  ▶")  # LanguageChange is posted
    assert window.windowTitle() == "知识产权知识竞答"
    assert any("甲类" in b.text() for b in start._topic_buttons.values())
    click(qtbot, start.start_button)
    assert window.active is not None
    question = window.active.quiz.current.question
    text = question.localized("zh-CN")
    assert window.question.prompt.text() == text.prompt
    assert window.question.progress_label.text().startswith("第 1 题")
    click(qtbot, window.question._buttons[0])
    click(qtbot, window.question.action_button)
    assert window.question.verdict.text() in {"✔ 回答正确！", "✘ 回答错误"}


def test_missing_chinese_text_is_shown_in_english_and_marked(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(lang="zh-CN")
    window.start._topic_buttons["alpha"].setChecked(False)
    click(qtbot, window.start.start_button)
    assert window.active is not None
    while window.active.quiz.current.question.id != "b-english-only":
        qtbot.keyClick(window.question, Qt.Key.Key_1)
        qtbot.keyClick(window.question, Qt.Key.Key_Return)
        qtbot.keyClick(window.question, Qt.Key.Key_Return)
    assert window.question.fallback_note.isVisible()
    assert window.question.prompt.text().startswith("=HYPERLINK")


def visible(root: QWidget, kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in root.findChildren(kind) if w.isVisible()]


def assert_nothing_clipped(root: QWidget) -> None:
    for label in visible(root, QLabel):
        if not label.text() or isinstance(label.parent(), ChoiceButton):
            continue
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
        else:
            assert label.width() >= label.sizeHint().width() - 1, label.text()
    for button in visible(root, QAbstractButton):
        if isinstance(button, ChoiceButton):
            assert button.height() >= button.heightForWidth(button.width()) - 1, button.label.text()
        else:
            assert button.width() >= button.sizeHint().width() - 1, button.text()


TARGETS = {"primary", "secondary", "toggle", "topic", "choice"}


def assert_targets_large(root: QWidget) -> None:
    buttons = [b for b in visible(root, QAbstractButton) if b.objectName() in TARGETS]
    assert buttons
    for button in buttons:
        assert button.height() >= MIN_TARGET_PX, button.objectName()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_every_screen_fits(
    qtbot: QtBot,
    qapp: QApplication,
    open_window: Callable[..., MainWindow],
    size: tuple[int, int],
    lang: str,
) -> None:
    window = open_window(lang=lang, size=size)
    qtbot.waitExposed(window)
    seen: set[str] = set()
    while True:  # start, every question and its feedback, then the result
        current = window.stack.currentWidget()
        qapp.processEvents()
        assert_nothing_clipped(current)
        assert_targets_large(current)
        seen.add(current.objectName())
        if current is window.result:
            break
        if current is window.start:
            click(qtbot, window.start.start_button)
        elif window.question.feedback.isVisible():
            qtbot.keyClick(window.question, Qt.Key.Key_Return)
        else:
            click(qtbot, window.question._buttons[0])
            click(qtbot, window.question.action_button)
    assert seen == {"startScreen", "questionScreen", "resultScreen"}


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_the_start_screen_fits_1024x768_with_the_shipped_topics(
    qtbot: QtBot, qapp: QApplication, open_window: Callable[..., MainWindow], lang: str
) -> None:
    """A projector's 1024x768: every control in sight without scrolling, every topic's
    count readable however long its name (the name gives way with an ellipsis)."""
    window = open_window(lang=lang, size=(1024, 768))
    qtbot.waitExposed(window)
    shipped = read_bank(bank_dir()).categories
    window.start.set_categories([(c, 88) for c in shipped])
    qapp.processEvents()
    start = window.start
    area = start.findChild(QScrollArea)
    assert area is not None
    assert area.verticalScrollBar().maximum() == 0, "the start screen scrolls at 1024x768"
    buttons = start.topics.buttons
    assert len(buttons) == len(shipped)
    for button in buttons.values():
        assert button.text().endswith("·  88"), button.text()
        bold = QFont(button.font())
        bold.setWeight(QFont.Weight.Bold)
        assert QFontMetrics(bold).horizontalAdvance(button.text()) <= button.width() - 36
        assert button.toolTip() in {c.name(lang) for c in shipped}


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_the_language_buttons_are_whole_beside_the_title(
    qtbot: QtBot, qapp: QApplication, open_window: Callable[..., MainWindow], lang: str
) -> None:
    """The row is given its buttons' minimum widths, not only their text's: 中文 and
    English stand apart, each inside the row (the last one's edge was cut off)."""
    window = open_window(lang=lang)
    qtbot.waitExposed(window)
    qapp.processEvents()
    row = window.start.language
    first, last = row.group.buttons()
    assert first.y() == last.y()  # beside each other, as there is room
    assert last.x() >= first.geometry().right() + row._grid.spacing()
    assert last.geometry().right() <= row.width() - 1
