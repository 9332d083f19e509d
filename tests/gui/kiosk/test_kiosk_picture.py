"""A question's picture is on the kiosk's round screen, with its description."""

from __future__ import annotations

from pathlib import Path

import pytest
from bank_pictures import picture
from kiosk_driver import LANDSCAPE, Kiosk, MakeKiosk

from ipquiz.gui.question_image import QuestionImageView


def test_the_kiosk_shows_the_picture_of_the_question_that_has_one(
    make_kiosk: MakeKiosk, small_bank: Path
) -> None:
    picture(small_bank)
    kiosk = make_kiosk(bank=small_bank)
    kiosk.start()
    screen = kiosk.window.round
    shown = []
    for _ in range(5):
        assert screen.active is not None
        qid = screen.active.quiz.current.question.id
        assert screen.image.isVisible() == (qid == "a-single"), qid
        if qid == "a-single":
            assert not screen.image.pixmap().isNull()
            assert screen.image.accessibleName() == "A circle"
            shown.append(qid)
        kiosk.answer(right=True)
        kiosk.advance(6)
    assert shown == ["a-single"]
    assert not screen.image.isVisible()  # the round is over: nothing of it stays


WIDE = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="260" viewBox="0 0 480 260">'
    '<rect x="4" y="4" width="472" height="252" fill="white" stroke="black" stroke-width="8"/>'
    "</svg>"
)
LONG = (
    "A company files a design application for the desk lamp in the picture on 1 March 2022."
    " If the annual fees are always paid, how long does its design patent last?"
)


def _drawn_whole(kiosk: Kiosk, *, at_least: int = 0) -> None:
    kiosk.qtbot.wait(20)  # the layouts apply the new content's size hints
    view = kiosk.window.round.image
    shown, room = view.pixmap().size(), view.contentsRect().size()
    assert shown.width() <= room.width(), (shown, room)
    assert shown.height() <= room.height(), (shown, room)
    assert shown.height() >= at_least, shown
    assert abs(shown.width() / shown.height() - 480 / 260) < 0.05, shown


@pytest.mark.parametrize("size", [LANDSCAPE, (1024, 768)])
def test_a_picture_under_a_long_prompt_is_drawn_whole_never_cut(
    make_kiosk: MakeKiosk, small_bank: Path, size: tuple[int, int]
) -> None:
    """The picture shrinks to the room the prompt, the tiles and the feedback leave it."""
    picture(small_bank, svg=WIDE)
    alpha = small_bank / "alpha.yaml"
    alpha.write_text(
        alpha.read_text(encoding="utf-8").replace("How long does a design patent last?", LONG),
        encoding="utf-8",
    )
    kiosk = make_kiosk(bank=small_bank, size=size)
    kiosk.start()
    screen = kiosk.window.round
    for _ in range(5):
        assert screen.active is not None
        if screen.active.quiz.current.question.id == "a-single":
            break
        kiosk.answer(right=True)
        kiosk.advance(6)
    assert screen.prompt.text() == LONG
    _drawn_whole(kiosk, at_least=QuestionImageView.MIN_HEIGHT)
    kiosk.answer(right=True)  # the feedback takes room from the question card
    _drawn_whole(kiosk)
