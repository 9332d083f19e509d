"""The source is a link: one tap (or S) shows the cited articles, from the bank file
through the database to the dialog; practice says when the cited text was replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from law_bank import add_law_topic
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ipquiz.assets import bank_dir
from ipquiz.bank.law_texts import read_law_text
from ipquiz.domain.spec import Mode
from ipquiz.gui.article_dialog import ArticleDialog
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.screens.start import StartChoice

PATENT_42 = read_law_text(bank_dir() / "laws" / "texts" / "patent-law@2020.zh.md").articles["42"]
AUCL_9 = read_law_text(bank_dir() / "laws" / "texts" / "aucl@2019.zh.md").articles["9"]


@pytest.fixture
def law_window(open_window, small_bank: Path):  # type: ignore[no-untyped-def]
    """Windows on the fixture bank with a topic resting partly on a replaced text."""
    add_law_topic(small_bank)
    return open_window


def start_gamma(qtbot: QtBot, window: MainWindow) -> None:
    choice = StartChoice(categories=("gamma",), count=4, player="t", mode=Mode.PRACTICE, minutes=0)
    window._on_start_requested(choice)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.question, timeout=10_000)


def dialog_texts(qtbot: QtBot, window: MainWindow) -> list[str]:
    qtbot.waitUntil(lambda: bool(open_dialogs(window)), timeout=10_000)
    (dialog,) = open_dialogs(window)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert all(
        label.textFormat() is Qt.TextFormat.PlainText
        for label in dialog.findChildren(QLabel)
        if label.objectName().startswith(("article", "law"))
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not open_dialogs(window), timeout=5_000)
    return texts


def open_dialogs(window: MainWindow) -> list[ArticleDialog]:
    return [d for d in window.findChildren(ArticleDialog) if d.isVisible()]


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_feedback_source_opens_the_cited_article(
    qtbot: QtBot,
    law_window,
    lang: str,  # type: ignore[no-untyped-def]
) -> None:
    window = law_window(lang=lang)
    start_gamma(qtbot, window)
    screen = window.question
    seen: set[str] = set()
    for _ in range(4):
        question = screen._planned.question  # type: ignore[union-attr]
        old = question.id.startswith("g-old")
        assert screen.law_note.isVisible() == old  # said before answering, in practice
        if old:
            want = {
                "en": "This question cites Anti-Unfair Competition Law (2019 amendment); "
                "that text was replaced on 2025-10-15.",
                "zh-CN": "本题依据反不正当竞争法（2019年修正）；该文本已于2025-10-15被新文本取代。",
            }[lang]
            assert screen.law_note.text() == want
        qtbot.keyClick(screen, Qt.Key.Key_A)
        qtbot.keyClick(screen, Qt.Key.Key_Return)
        assert screen.source_link.isVisible()
        assert screen.source_link.isEnabled()
        if len(seen) % 2:
            qtbot.keyClick(screen, Qt.Key.Key_S)  # by key
        else:
            qtbot.mouseClick(screen.source_link, Qt.MouseButton.LeftButton)  # by tap
        texts = dialog_texts(qtbot, window)
        if question.id == "g-new-1":
            assert PATENT_42 in texts
            heading = {
                "en": "Patent Law (2020 amendment) · Art. 42",
                "zh-CN": "专利法（2020年修正） · 第42条",
            }
            assert heading[lang] in texts
            if lang == "en":  # no official English text held: the explanation follows
                assert "Because g-new-1." in texts
        if question.id == "g-old-1":
            assert AUCL_9 in texts
            assert any(
                "replaced on 2025-10-15" in t or "2025-10-15被新文本取代" in t for t in texts
            )
        seen.add(question.id)
        qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert seen == {"g-old-1", "g-old-2", "g-new-1", "g-new-2"}

    # The review after the quiz: each row's source opens the same texts.
    assert window.stack.currentWidget() is window.result
    items = window.result.review.items
    row = next(i for i in items if i.question is not None and i.question.id == "g-new-1")
    row.set_opened(True)
    qtbot.mouseClick(row.source_link, Qt.MouseButton.LeftButton)
    assert PATENT_42 in dialog_texts(qtbot, window)


def test_a_question_citing_no_statute_has_no_link(qtbot: QtBot, law_window) -> None:  # type: ignore[no-untyped-def]
    window = law_window()
    choice = StartChoice(categories=("beta",), count=2, player="t", mode=Mode.PRACTICE, minutes=0)
    window._on_start_requested(choice)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.question, timeout=10_000)
    screen = window.question
    qtbot.keyClick(screen, Qt.Key.Key_A)
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert not screen.source_link.isEnabled()  # law: none — a plain line
    qtbot.keyClick(screen, Qt.Key.Key_S)
    qtbot.wait(200)
    assert not open_dialogs(window)
