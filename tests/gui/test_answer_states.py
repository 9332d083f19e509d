"""Never colour alone, at home: an answered tile says what it was (icon and word), each
state meets WCAG AA contrast and stays distinct to red-green colour-blind players."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from answer_tiles import check_marks, panel_looks, problems, tile_look
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from taps import click

from ipquiz.domain.question import QuestionType
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.widgets import ChoiceButton


def answer_multiple_half_right(qtbot: QtBot, window: MainWindow) -> list[ChoiceButton]:
    """Start a quiz, get to the multiple-answer question, pick one right and one wrong."""
    start = window.start
    click(qtbot, start.length.group.buttons()[0])  # 5 questions: the whole fixture bank
    start.name.setText("Li Lei")
    click(qtbot, start.start_button)
    assert window.active is not None
    quiz = window.active.quiz
    while quiz.current.question.type is not QuestionType.MULTIPLE:
        wrong = next(i for i in range(4) if i not in quiz.current.question.correct)
        window.question.pick(quiz.current.shown_order.index(wrong))
        qtbot.keyClick(window.question, Qt.Key.Key_Return)
        qtbot.keyClick(window.question, Qt.Key.Key_Return)
    item = quiz.current
    right = min(item.question.correct)
    wrong = next(i for i in range(item.question.choice_count) if i not in item.question.correct)
    for original in (right, wrong):
        click(qtbot, window.question._buttons[item.shown_order.index(original)])
    click(qtbot, window.question.action_button)
    return window.question._buttons


def states(tiles: list[ChoiceButton]) -> dict[str, ChoiceButton]:
    return {str(t.property("state")): t for t in tiles}


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_each_answered_tile_says_what_it_was_in_an_icon_and_a_word(
    qtbot: QtBot, open_window: Callable[..., MainWindow], lang: str
) -> None:
    window = open_window(lang=lang)
    check_marks(states(answer_multiple_half_right(qtbot, window)), lang)


def test_answer_states_meet_contrast_and_stay_apart_in_colour_blind_vision(
    qtbot: QtBot, window: MainWindow
) -> None:
    tiles = states(answer_multiple_half_right(qtbot, window))
    image = window.grab().toImage()
    assert problems({s: tile_look(image, window, t) for s, t in tiles.items()}) == []
    assert problems(panel_looks(window, window.question.feedback, window.question.verdict)) == []
