"""Never colour alone, at the stand: an answered tile says what it was (icon and word),
each state meets WCAG AA contrast and stays distinct to red-green colour-blind visitors."""

from __future__ import annotations

import pytest
from answer_tiles import check_marks, panel_looks, problems, tile_look
from kiosk_driver import LANDSCAPE, PORTRAIT, Kiosk, MakeKiosk

from ipquiz.domain.question import QuestionType
from ipquiz.gui.widgets import ChoiceButton


def answer_multiple_half_right(kiosk: Kiosk) -> dict[str, ChoiceButton]:
    kiosk.start()
    kiosk.skip_to(QuestionType.MULTIPLE)
    screen = kiosk.window.round
    assert kiosk.window.active is not None
    planned = kiosk.window.active.quiz.current
    correct = planned.question.correct
    right = next(n for n, o in enumerate(planned.shown_order) if o in correct)
    wrong = next(n for n, o in enumerate(planned.shown_order) if o not in correct)
    kiosk.tap(screen.buttons[right])
    kiosk.tap(screen.buttons[wrong])
    kiosk.tap(screen.confirm_button)
    return {str(b.property("state")): b for b in screen.buttons if not b.isHidden()}


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_each_answered_tile_says_what_it_was(make_kiosk: MakeKiosk, lang: str) -> None:
    check_marks(answer_multiple_half_right(make_kiosk(lang=lang)), lang)


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT])
def test_answer_states_meet_contrast_and_stay_apart_in_colour_blind_vision(
    make_kiosk: MakeKiosk, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk(size=size)
    tiles = answer_multiple_half_right(kiosk)
    window, screen = kiosk.window, kiosk.window.round
    image = window.grab().toImage()
    assert problems({s: tile_look(image, window, t) for s, t in tiles.items()}) == []
    assert problems(panel_looks(window, screen.feedback, screen.verdict)) == []
