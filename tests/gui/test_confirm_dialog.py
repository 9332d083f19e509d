"""Yes/no questions are the app's own themed card with verb buttons, touch-sized, where
Esc gives the safe answer and Enter the default one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from confirm_answers import answer_when_asked
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_exam_and_resume import start_exam

from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.widgets import MIN_TARGET_PX


@pytest.mark.parametrize(
    ("lang", "submit", "keep"), [("en", "Submit", "Keep answering"), ("zh-CN", "交卷", "继续作答")]
)
def test_submitting_an_exam_asks_submit_or_keep_answering(
    qtbot: QtBot, open_window: Callable[..., MainWindow], lang: str, submit: str, keep: str
) -> None:
    window = open_window(lang=lang)
    start_exam(qtbot, window)
    screen = window.question
    seen = answer_when_asked(qtbot, Qt.Key.Key_Escape)
    qtbot.mouseClick(screen.exam_bar.submit, Qt.MouseButton.LeftButton)
    assert seen.buttons == {"secondary": keep, "primary": submit}
    assert min(seen.heights) >= MIN_TARGET_PX
    assert seen.background == "#ffffff"  # the theme's card, not the platform's grey
    assert seen.default == "primary"
    assert window.stack.currentWidget() is screen  # Esc: kept answering

    answer_when_asked(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(screen.exam_bar.submit, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.result  # Enter: submitted


def test_leaving_a_quiz_is_never_the_default(qtbot: QtBot, window: MainWindow) -> None:
    start = window.start
    qtbot.mouseClick(start.length.group.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    screen = window.question
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):
        seen = answer_when_asked(qtbot, key)
        qtbot.keyClick(screen, Qt.Key.Key_Escape)  # Esc on the question: leave?
        assert seen.buttons == {"secondary": "Keep answering", "danger": "Leave"}
        assert seen.default == "secondary"
        assert seen.clipped == []  # three lines of text in a card 480 pixels wide
        assert window.stack.currentWidget() is screen
    answer_when_asked(qtbot, "danger")
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start
