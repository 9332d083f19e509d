"""The progress page through the window: reached from the start screen for a kept
profile, its figures as the service counts them, the daily goal set by a tap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from taps import click
from test_language_and_layout import assert_nothing_clipped, assert_targets_large

from ipquiz.config import resolve_locations
from ipquiz.domain.quiz import Phase
from ipquiz.domain.spec import QuizSpec
from ipquiz.gui.main_window import MainWindow
from ipquiz.services.app import open_services


def practise(data_dir: Path, small_bank: Path, name: str, *, right: int) -> int:
    """A kept profile that answered the five questions yesterday, `right` of them right."""
    yesterday = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(18, 0))
    services = open_services(
        resolve_locations(data_dir=str(data_dir)), bank=small_bank, clock=lambda: yesterday
    )
    try:
        person = services.persons.create(name).id
        active = services.quiz.start(
            spec=QuizSpec.practice(count=5, seed=1), lang="en", person_id=person
        )
        n = 0
        while active.quiz.phase is not Phase.FINISHED:
            question = active.quiz.current.question
            wrong = min(set(range(question.choice_count)) - question.correct)
            chosen = question.correct if n < right else frozenset({wrong})
            services.quiz.answer(active, chosen, elapsed_ms=1000)
            active.quiz.next()
            n += 1
        services.quiz.finish(active)
        return person
    finally:
        services.close()


def test_no_progress_for_a_guest(qtbot: QtBot, window: MainWindow) -> None:
    assert window.start.picker.selected_id() is None
    assert not window.start.picker.progress.isVisible()


def test_a_new_profile_is_told_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    assert window.services is not None
    person = window.services.persons.create("小明")
    window.show_progress(person.id)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.progress, timeout=10_000)
    page = window.progress
    assert (page.streak.figure.text(), page.answered.figure.text()) == ("0 days", "0")
    assert page.accuracy.figure.text() == "—"
    assert page.accuracy.caption.text() == "answered right: none answered yet"
    empty = "No answers in the last 8 weeks yet: play a quiz and come back."
    assert page.per_week.chart.bars == page.accuracy_week.chart.bars == ()
    assert page.per_week.accessibleDescription().endswith(empty)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_a_profiles_progress_from_the_start_screen(
    qtbot: QtBot,
    qapp: QApplication,
    data_dir: Path,
    small_bank: Path,
    open_window: Callable[..., MainWindow],
    size: tuple[int, int],
) -> None:
    person = practise(data_dir, small_bank, "李华", right=4)
    window = open_window(lang="en", size=size)
    picker = window.start.picker
    qtbot.waitUntil(lambda: picker.selected_id() == person, timeout=10_000)  # the last used
    assert picker.progress.isVisible()
    assert picker.progress.text() == "Progress"
    click(qtbot, picker.progress)
    page = window.progress
    assert window.stack.currentWidget() is page
    assert page.title.text() == "李华's progress"
    qapp.processEvents()
    assert_nothing_clipped(page)
    assert_targets_large(page)
    assert page.streak.figure.text() == "1 day"  # yesterday; today is still open
    assert page.streak.caption.text() == "in a row: practise today to keep it going"
    assert page.answered.figure.text() == "5"
    assert page.accuracy.figure.text() == "80%"
    assert page.today.text() == "Today: 0 of 10 questions"
    summaries = [chart.accessibleDescription() for chart in page.charts]
    assert ": 5;" in summaries[0] or summaries[0].endswith(": 5")  # this week or last
    assert "Alpha: " in summaries[3]
    assert "Beta: " in summaries[3]
    # the one missed yesterday is in the review deck, due again today
    assert summaries[2].startswith("Reviews coming up: Today: 1; Tomorrow: 0;")

    five = next(b for b in page.goal_choice.group.buttons() if b.property("value") == 5)
    click(qtbot, five)
    qtbot.waitUntil(lambda: page.today.text() == "Today: 0 of 5 questions", timeout=10_000)
    assert page.week_goal.text() == "Goal met on 1 of the last 7 days."
    assert window.services is not None
    assert window.services.progress.progress(person).daily_goal == 5

    window.set_language("zh-CN")
    qtbot.waitUntil(lambda: page.title.text() == "李华的学习进度", timeout=5_000)
    qapp.processEvents()
    assert_nothing_clipped(page)
    assert "甲类: " in page.mastery.accessibleDescription()
    assert page.streak.figure.text() == "1 天"
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start
