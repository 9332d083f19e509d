"""The Results area on a real window: the figures it shows are the report's, a student's
row opens their answers, a question's row shows it with its choices, and the workbook
saved from it (two clicks: the button, then Save) holds the same figures."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from report_data import play_stand

from ipquiz.config import resolve_locations
from ipquiz.domain.quiz import Phase
from ipquiz.domain.spec import QuizSpec
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.screens.report_views import StudentAnswers
from ipquiz.gui.screens.results import Q_FACILITY, Q_ID, S_NAME, S_PERCENT, ResultsScreen
from ipquiz.services.app import open_services

TERM = "期中测验"


def play_class(data_dir: Path, small_bank: Path) -> None:
    """A class of six takes the saved set; two others practise (not in the class)."""
    services = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank)
    rng = random.Random(3)
    try:
        report = services.rosters.import_text(
            "\n".join(f"{n:02d},学生{n}" for n in range(1, 7)), name="初二(3)班"
        )
        group = report.group
        spec = QuizSpec.exam(name=TERM, count=5, seed=2)
        services.sets.save(spec)
        for student in services.rosters.students(group.id):
            active = services.quiz.start(spec=spec, lang="zh-CN", person_id=student.id)
            for position, planned in enumerate(active.quiz.planned):
                active.quiz.goto(position)
                q = planned.question
                wrong = frozenset({next(i for i in range(q.choice_count) if i not in q.correct)})
                chosen = q.correct if rng.random() < 0.6 else wrong
                services.quiz.answer(active, chosen, elapsed_ms=2000)
            services.quiz.finish(active)
        for name in ("guest one", "guest two"):
            practice = services.quiz.start(spec=QuizSpec.practice(count=2), lang="en", player=name)
            while practice.quiz.phase is not Phase.FINISHED:
                services.quiz.answer(practice, practice.quiz.current.question.correct, elapsed_ms=1)
                practice.quiz.next()
            services.quiz.finish(practice)
    finally:
        services.close()


def open_results(qtbot: QtBot, window: MainWindow) -> ResultsScreen:
    with qtbot.waitSignal(window.results.report_shown, timeout=20_000):
        qtbot.mouseClick(window.start.results_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.results
    return window.results


@pytest.fixture
def window(data_dir: Path, small_bank: Path, open_window) -> MainWindow:  # type: ignore[no-untyped-def]
    play_class(data_dir, small_bank)
    return open_window(lang="zh-CN")


def test_class_and_set_filters_show_the_reports_figures(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = open_results(qtbot, window)
    assert screen.students.rowCount() == 8  # everyone, until a class is chosen
    screen.group.setCurrentIndex(screen.group.findText("初二(3)班"))
    screen.quiz_set.setCurrentIndex(screen.quiz_set.findData(TERM))
    with qtbot.waitSignal(screen.report_shown, timeout=20_000):
        qtbot.mouseClick(screen.show_button, Qt.MouseButton.LeftButton)
    report = screen.report
    assert report is not None
    assert screen.students.rowCount() == 6
    names = {screen.students.item(r, S_NAME).text() for r in range(6)}
    assert names == {f"学生{n}" for n in range(1, 7)}
    for row, student in enumerate(report.students):
        assert screen.students.item(row, S_PERCENT).text() == f"{student.line.percentage:.0f}%"
    shown = {
        screen.questions.item(r, Q_ID).text(): screen.questions.item(r, Q_FACILITY).text()
        for r in range(screen.questions.rowCount())
    }
    assert shown == {q.question_id: f"{q.stats.facility:.2f}" for q in report.questions}

    # A question's row shows it, its choices (the key in words) and its explanation.
    screen.questions.setCurrentCell(1, 0)
    q = report.questions[1]
    assert q.question is not None
    assert q.question.localized("zh-CN").prompt in screen.question_panel.prompt.text()
    assert "✔ 正确答案" in screen.question_panel.choices.text()
    assert screen.question_panel.chart.chart.bars

    # A student's row opens their answers, as they saw them.
    qtbot.mouseClick(
        screen.students.viewport(),
        Qt.MouseButton.LeftButton,
        pos=screen.students.visualItemRect(screen.students.item(0, S_NAME)).center(),
    )
    dialog = screen.findChild(StudentAnswers)
    assert dialog is not None
    assert dialog.isVisible()
    assert len(dialog.review.items) == 5
    dialog.close()

    # Saving the workbook: the button, then the file dialog's Save.
    out = tmp_path / "班级报告.xlsx"
    monkeypatch.setattr(ResultsScreen, "ask_path", lambda self, suffix: out)
    qtbot.mouseClick(screen.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists(), timeout=20_000)
    sheet = openpyxl.load_workbook(out)["题目分析"]
    saved = {row[0]: f"{row[6]:.2f}" for row in sheet.iter_rows(2, values_only=True)}
    assert saved == shown
    assert openpyxl.load_workbook(out)["学生"].max_row == 7  # the class only


def test_pdf_from_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = open_results(qtbot, window)
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(ResultsScreen, "ask_path", lambda self, suffix: out)
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists(), timeout=30_000)
    assert out.read_bytes().startswith(b"%PDF-")
    assert "report.pdf" in screen.status.text()


def test_kiosk_stand_in_the_summary(
    qtbot: QtBot, data_dir: Path, small_bank: Path, open_window: Callable[..., MainWindow]
) -> None:
    play_stand(data_dir, small_bank)
    screen = open_results(qtbot, open_window(lang="en"))
    notes = screen.notes.text()
    assert "hall-a: 2 rounds, 1 players, mean 71%" in notes
    assert "Whole stand: 4 rounds, 3 players" in notes
