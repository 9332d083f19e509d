"""Exam mode through the window, time running out, and resuming after a crash."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from off_ui_thread import settle
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from taps import click

from ipquiz.config import resolve_locations
from ipquiz.domain.spec import QuizSpec
from ipquiz.gui.main_window import MainWindow
from ipquiz.services.app import open_services


def start_exam(qtbot: QtBot, window: MainWindow, minutes_button: int = 0) -> None:
    start = window.start
    click(qtbot, start.mode.group.buttons()[1])  # Exam
    assert start.limit.isVisible()
    click(qtbot, start.limit.group.buttons()[minutes_button])
    click(qtbot, start.length.group.buttons()[0])  # 5 questions
    click(qtbot, start.start_button)
    assert window.stack.currentWidget() is window.question


def responses(data_dir: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(data_dir / "ipquiz.db") as conn:
        return conn.execute("SELECT position, chosen FROM responses ORDER BY position").fetchall()


@pytest.mark.parametrize("confirm", [False, True])
def test_exam_answers_change_until_submitted(
    qtbot: QtBot, window: MainWindow, data_dir: Path, confirm: bool
) -> None:
    start_exam(qtbot, window)
    screen = window.question
    assert screen.exam_bar.isVisible()
    assert not screen.action_button.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_1)  # kept at once, no feedback
    assert not screen.feedback.isVisible()
    assert len(responses(data_dir)) == 1
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert window.active is not None
    assert window.active.quiz.position == 1
    qtbot.keyClick(screen, Qt.Key.Key_Left)
    assert screen._buttons[0].isChecked()  # the earlier answer is shown again
    first = window.active.quiz.current.question
    if first.type.value != "multiple":
        qtbot.keyClick(screen, Qt.Key.Key_2)  # changed
        (row,) = responses(data_dir)
        assert row[1] == str(window.active.quiz.current.shown_order[1])
    asked: list[int] = []
    window.confirm_submit = lambda n: asked.append(n) or confirm  # type: ignore[method-assign]
    click(qtbot, screen.exam_bar.submit)
    assert asked == [4]
    expected = window.result if confirm else window.question
    assert window.stack.currentWidget() is expected


def test_the_exam_is_submitted_when_time_runs_out(qtbot: QtBot, window: MainWindow) -> None:
    start_exam(qtbot, window, minutes_button=1)  # 10 minutes
    assert window.question.exam_bar.time_left.text() == "Time left 10:00"
    window.exam_clock._limit_s = 0  # fake the clock: no waiting for ten minutes
    window.exam_clock._on_timeout()
    settle(qtbot)
    assert window.stack.currentWidget() is window.result
    assert "Time is up" in window.result.status.text()
    assert not window.exam_clock._timer.isActive()


@pytest.mark.parametrize("resume", [True, False])
def test_an_interrupted_quiz_is_offered_on_the_next_start(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    data_dir: Path,
    small_bank: Path,
    monkeypatch: pytest.MonkeyPatch,
    resume: bool,
) -> None:
    services = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank)
    active = services.quiz.start(spec=QuizSpec.practice(count=4, seed=3), lang="en", player="Li")
    for _ in range(2):
        services.quiz.answer(active, frozenset({0}), elapsed_ms=10)
        active.quiz.next()
    services.close()  # the power went

    offered: list[int] = []
    monkeypatch.setattr(
        MainWindow, "confirm_resume", lambda self, a: offered.append(a.attempt_id) or resume
    )
    window = open_window()
    assert offered == [active.attempt_id]
    if resume:
        assert window.stack.currentWidget() is window.question
        assert window.question.progress_label.text() == "Question 3 of 4"
    else:
        assert window.stack.currentWidget() is window.start
        with sqlite3.connect(data_dir / "ipquiz.db") as conn:
            assert conn.execute("SELECT status FROM attempts").fetchone()[0] == "abandoned"


def test_a_saved_quiz_set_runs_as_saved(qtbot: QtBot, window: MainWindow) -> None:
    start = window.start
    assert not start.saved.isVisible()
    click(qtbot, start.mode.group.buttons()[1])  # exam
    click(qtbot, start.limit.group.buttons()[2])  # 20 minutes
    click(qtbot, start.length.group.buttons()[0])  # 5 questions
    start._topic_buttons["beta"].setChecked(False)
    window.ask_set_name = lambda: "Class 7 · 专利"  # type: ignore[method-assign]
    click(qtbot, start.save_button)
    assert start.saved.isVisible()
    assert start.saved.currentText() == "Class 7 · 专利"

    click(qtbot, start.mode.group.buttons()[0])  # a change by hand: no longer the set
    assert start.saved.currentIndex() == 0
    start.saved.setCurrentIndex(start.saved.findData("Class 7 · 专利"))
    assert start.mode.value() == "exam"  # the set's settings are shown again
    assert not start._topic_buttons["beta"].isChecked()
    click(qtbot, start.start_button)
    assert window.active is not None
    spec = window.active.quiz.spec
    assert (spec.name, spec.mode.value, spec.count, spec.total_seconds) == (
        "Class 7 · 专利",
        "exam",
        5,
        1200,
    )
    assert spec.categories == ("alpha",)
