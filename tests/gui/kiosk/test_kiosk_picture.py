"""A question's picture is on the kiosk's round screen, with its description."""

from __future__ import annotations

from pathlib import Path

from bank_pictures import picture
from kiosk_driver import MakeKiosk


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
