"""Every home screen at the sizes schools and homes have, in both languages and at the
largest text size: no clipped text, no control out of reach, no target under 48 px.

One window per language walks start, a practice question and its feedback, the result
with its answers opened, and an exam question; at each screen it is resized through
every size, at the normal and the largest text size."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_walk import SIZES, layout_problems
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from taps import click

from ipquiz.domain.accessibility import AccessPreset
from ipquiz.gui.accessibility import put_in_force
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.widgets import MIN_TARGET_PX

TEXT_SIZES = (100, 200)


def check(window: MainWindow, qapp: QApplication, name: str, found: dict[str, list[str]]) -> None:
    for text in TEXT_SIZES:
        put_in_force(AccessPreset(text_size=text))
        for size in SIZES:
            window.resize(*size)
            qapp.processEvents()
            screen = window.stack.currentWidget()
            for problem in layout_problems(screen, least=MIN_TARGET_PX):
                found.setdefault(problem, []).append(f"{name} {size[0]}x{size[1]} {text}%")
    put_in_force(AccessPreset())


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_every_home_screen_fits_every_size_and_text_size(
    qtbot: QtBot, qapp: QApplication, open_window: Callable[..., MainWindow], lang: str
) -> None:
    window = open_window(lang=lang, size=SIZES[0])
    found: dict[str, list[str]] = {}
    check(window, qapp, "start", found)
    click(qtbot, window.start.start_button)
    check(window, qapp, "question", found)
    click(qtbot, window.question._buttons[0])
    click(qtbot, window.question.action_button)
    check(window, qapp, "feedback", found)
    while window.stack.currentWidget() is not window.result:
        if window.question.feedback.isVisible():
            qtbot.keyClick(window.question, Qt.Key.Key_Return)
        else:
            click(qtbot, window.question._buttons[0])
            click(qtbot, window.question.action_button)
    if window.result.open_all_button.isVisible():
        click(qtbot, window.result.open_all_button)
    check(window, qapp, "result", found)
    click(qtbot, window.result.restart_button)
    click(qtbot, window.start.mode.group.buttons()[1])  # exam
    check(window, qapp, "start (exam)", found)
    click(qtbot, window.start.limit.group.buttons()[1])
    click(qtbot, window.start.start_button)
    check(window, qapp, "exam", found)
    report = [
        f"{problem}  [{', '.join(where[:3])}{'…' if len(where) > 3 else ''}]"
        for problem, where in found.items()
    ]
    assert not report, "\n".join(report)
