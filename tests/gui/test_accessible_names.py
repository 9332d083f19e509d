"""Every control of the home screens has a name a screen reader speaks, in both languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from accessible_names import unnamed_controls
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipquiz.gui.main_window import MainWindow


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_every_control_of_start_question_and_result_has_a_spoken_name(
    qtbot: QtBot, open_window: Callable[..., MainWindow], lang: str
) -> None:
    window = open_window(lang=lang)
    found = {"start": unnamed_controls(window.start, lang)}
    data: set[str] = set()  # question texts and sources: the bank's, not translated
    qtbot.mouseClick(window.start.length.group.buttons()[0], Qt.MouseButton.LeftButton)
    window.start.name.setText("Li Lei")
    qtbot.mouseClick(window.start.start_button, Qt.MouseButton.LeftButton)
    assert window.active is not None
    quiz = window.active.quiz
    for planned in quiz.planned:
        text = planned.question.localized(lang)
        data |= {text.prompt, text.source, *text.choices}
    found["question"] = unnamed_controls(window.question, lang, data=data)
    window.question.pick(0)
    qtbot.keyClick(window.question, Qt.Key.Key_Return)
    found["feedback"] = unnamed_controls(window.question, lang, data=data)
    qtbot.keyClick(window.question, Qt.Key.Key_Return)
    while window.stack.currentWidget() is window.question:
        window.question.pick(0)
        qtbot.keyClick(window.question, Qt.Key.Key_Return)
        qtbot.keyClick(window.question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.result, timeout=10_000)
    assert len(quiz.answers) == quiz.total
    found["result"] = unnamed_controls(window.result, lang, data=data)
    problems = [f"{screen}: {problem}" for screen, f in found.items() for problem in f]
    assert not problems, "\n".join(problems)
