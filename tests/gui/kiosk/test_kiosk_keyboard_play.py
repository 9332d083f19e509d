"""Keyboard play for a stand with a keypad: digits or letters pick, Enter confirms and
moves on, from the attract screen to the result and back, without touching the screen."""

from __future__ import annotations

from kiosk_driver import Kiosk
from PySide6.QtCore import Qt

from ipquiz.domain.question import CHOICE_LETTERS
from ipquiz.domain.quiz import Phase


def press(kiosk: Kiosk, key: Qt.Key) -> None:
    kiosk.qtbot.keyClick(kiosk.window, key)


def digit(n: int) -> Qt.Key:
    return Qt.Key(int(Qt.Key.Key_1) + n)


def test_a_whole_round_is_played_with_number_keys_and_enter(kiosk: Kiosk) -> None:
    press(kiosk, Qt.Key.Key_Return)
    assert kiosk.screen is kiosk.window.round
    active = kiosk.window.active
    assert active is not None
    while kiosk.screen is kiosk.window.round:
        planned = active.quiz.current
        for shown, original in enumerate(planned.shown_order):
            if original in planned.question.correct:
                press(kiosk, digit(shown))
        assert active.quiz.phase is Phase.QUESTION  # a pick waits for Enter
        press(kiosk, Qt.Key.Key_Enter)
        assert active.quiz.phase is Phase.FEEDBACK
        states = {str(b.property("state")) for b in kiosk.window.round.buttons if b.isVisible()}
        assert states - {""} == {"right"}  # every right one picked, nothing wrong
        press(kiosk, Qt.Key.Key_Return)
    assert kiosk.screen is kiosk.window.result
    assert all(a.correct for a in active.quiz.answers)
    assert len(active.quiz.answers) == active.quiz.total
    press(kiosk, Qt.Key.Key_Return)  # done: back for the next visitor
    assert kiosk.screen is kiosk.window.attract


def test_a_letter_key_moves_a_one_answer_pick_until_enter_confirms_it(kiosk: Kiosk) -> None:
    kiosk.start()
    active = kiosk.window.active
    assert active is not None
    screen = kiosk.window.round
    while len(active.quiz.current.question.correct) != 1:
        kiosk.answer(right=False)
        kiosk.tap(screen.next_button)
    press(kiosk, getattr(Qt.Key, f"Key_{CHOICE_LETTERS[0]}"))
    press(kiosk, getattr(Qt.Key, f"Key_{CHOICE_LETTERS[1]}"))
    assert [b.isChecked() for b in screen.buttons[:2]] == [False, True]
    assert active.quiz.phase is Phase.QUESTION
    press(kiosk, Qt.Key.Key_Return)
    assert active.quiz.phase is Phase.FEEDBACK
    assert active.quiz.answers[-1].chosen == {active.quiz.current.shown_order[1]}
