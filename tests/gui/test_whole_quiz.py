"""A whole quiz through the real window, by mouse clicks and key presses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from taps import click

from ipquiz.domain.quiz import Phase
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.screens.question import QuestionScreen


def test_whole_quiz_by_mouse_and_keyboard(
    qtbot: QtBot, window: MainWindow, data_dir: Path, tmp_path: Path
) -> None:
    start = window.start
    start.name.setText("李雷")
    click(qtbot, start.length.group.buttons()[0])  # 5 questions
    click(qtbot, start.start_button)
    assert window.stack.currentWidget() is window.question
    screen = window.question
    assert window.active is not None
    for n in range(5):
        assert screen.progress_label.text() == f"Question {n + 1} of 5"
        if n % 2 == 0:
            click(qtbot, screen._buttons[0])  # by mouse
            click(qtbot, screen.action_button)
        else:
            qtbot.keyClick(screen, Qt.Key.Key_A)  # by keyboard
            qtbot.keyClick(screen, Qt.Key.Key_Return)
        assert screen.feedback.isVisible()
        assert screen.verdict.text() in {"✔ Correct!", "✘ Not quite"}
        assert screen.correct_answer.text().startswith("Correct answer: ")
        assert screen.source.text().startswith("Source: ")
        qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.result
    quiz = window.result._quiz
    assert quiz is not None
    assert quiz.phase is Phase.FINISHED
    result = quiz.result()
    marks = [item.header.mark.text() for item in window.result.review.items]
    assert marks.count("✔ correct") == result.overall.correct
    assert window.result.score.text() == f"{result.overall.points:g} / 5"

    with sqlite3.connect(data_dir / "ipquiz.db") as conn:
        status, name, score = conn.execute(
            "SELECT a.status, p.name, a.score FROM attempts a JOIN persons p ON p.id = a.person_id"
        ).fetchone()
        chosen = conn.execute(
            "SELECT chosen, shown_order FROM responses ORDER BY position"
        ).fetchall()
    assert (status, name, score) == ("finished", "李雷", result.overall.points)
    assert len(chosen) == 5
    # The first shown choice was picked each time: stored as its original index.
    assert all(c == order.split(",")[0] for c, order in chosen)

    out = tmp_path / "export.csv"
    offered: list[Path] = []
    window.ask_export_path = lambda: out  # type: ignore[method-assign]
    window.offer_open_folder = lambda path: offered.append(path) is None and False  # type: ignore[method-assign]
    click(qtbot, window.result.export_button)
    qtbot.waitUntil(lambda: offered == [out], timeout=10_000)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 6
    assert all(",李雷," in line for line in lines[1:])
    assert "5" in window.result.status.text()

    qtbot.keyClick(window.result, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.start


def answer_until(qtbot: QtBot, window: MainWindow, qtype: str) -> QuestionScreen:
    """Start a quiz and answer (by keys) until a question of `qtype` is on screen."""
    click(qtbot, window.start.start_button)
    screen = window.question
    assert window.active is not None
    while window.active.quiz.current.question.type.value != qtype:
        qtbot.keyClick(screen, Qt.Key.Key_1)
        qtbot.keyClick(screen, Qt.Key.Key_Return)
        qtbot.keyClick(screen, Qt.Key.Key_Return)
    return screen


def test_number_and_letter_keys_pick_shown_choices(qtbot: QtBot, window: MainWindow) -> None:
    screen = answer_until(qtbot, window, "multiple")
    assert screen.hint.text() == "Select all that apply."
    assert not screen.action_button.isEnabled()
    qtbot.keyClick(screen, Qt.Key.Key_2)
    qtbot.keyClick(screen, Qt.Key.Key_C)
    assert [b.isChecked() for b in screen._buttons] == [False, True, True, False]
    qtbot.keyClick(screen, Qt.Key.Key_2)  # toggles off again
    assert [b.isChecked() for b in screen._buttons] == [False, False, True, False]
    assert screen.action_button.isEnabled()


def test_single_choice_keeps_one_selection(qtbot: QtBot, window: MainWindow) -> None:
    screen = answer_until(qtbot, window, "single")
    qtbot.keyClick(screen, Qt.Key.Key_1)
    qtbot.keyClick(screen, Qt.Key.Key_2)
    assert [b.isChecked() for b in screen._buttons][:2] == [False, True]


@pytest.mark.parametrize("confirmed", [False, True])
def test_escape_asks_before_leaving(
    qtbot: QtBot, window: MainWindow, data_dir: Path, confirmed: bool
) -> None:
    asked: list[bool] = []
    window.confirm_leave = lambda: asked.append(True) or confirmed  # type: ignore[method-assign]
    click(qtbot, window.start.start_button)
    qtbot.keyClick(window.question, Qt.Key.Key_1)
    qtbot.keyClick(window.question, Qt.Key.Key_Return)
    qtbot.keyClick(window.question, Qt.Key.Key_Escape)
    assert asked == [True]
    expected = window.start if confirmed else window.question
    assert window.stack.currentWidget() is expected
    with sqlite3.connect(data_dir / "ipquiz.db") as conn:
        status = conn.execute("SELECT status FROM attempts").fetchone()[0]
        answers = conn.execute("SELECT count(*) FROM responses").fetchone()[0]
    assert status == ("abandoned" if confirmed else "active")
    assert answers == 1  # the answer given before leaving is kept


def test_question_text_is_never_rich_text(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window.start.start_button)
    screen = window.question
    assert screen.prompt.textFormat() == Qt.TextFormat.PlainText
    assert all(b.label.textFormat() == Qt.TextFormat.PlainText for b in screen._buttons)
    assert screen.explanation.textFormat() == Qt.TextFormat.PlainText
