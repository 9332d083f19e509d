"""Every control of the kiosk's screens has a name a screen reader speaks, in both languages."""

from __future__ import annotations

import pytest
from accessible_names import unnamed_controls
from kiosk_driver import PIN, MakeKiosk


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_every_control_of_attract_round_result_and_admin_has_a_spoken_name(
    make_kiosk: MakeKiosk, lang: str
) -> None:
    kiosk = make_kiosk(lang=lang)
    window = kiosk.window
    found = {"attract": unnamed_controls(window.attract, lang)}
    kiosk.start()
    active = window.active
    assert active is not None
    data: set[str] = set()  # question texts and sources: the bank's, not translated
    for planned in active.quiz.planned:
        text = planned.question.localized(lang)
        data |= {text.prompt, text.source, *text.choices}
    found["round"] = unnamed_controls(window.round, lang, data=data)
    kiosk.answer(right=True)
    found["feedback"] = unnamed_controls(window.round, lang, data=data)
    kiosk.tap(window.round.next_button)
    while kiosk.screen is window.round:
        kiosk.answer(right=False)
        kiosk.tap(window.round.next_button)
    assert kiosk.screen is window.result
    found["result"] = unnamed_controls(window.result, lang, data=data)
    kiosk.tap(window.result.type_button)  # the on-screen keyboard for a nickname
    found["keyboard"] = unnamed_controls(window.result, lang, data=data)
    kiosk.tap(window.result.done_button)
    window.open_pin_pad()
    found["PIN pad"] = unnamed_controls(window.pin_pad, lang)
    kiosk.enter_pin(PIN)
    assert kiosk.screen is window.admin
    found["admin"] = unnamed_controls(window.admin, lang)
    problems = [f"{screen}: {problem}" for screen, f in found.items() for problem in f]
    assert not problems, "\n".join(problems)
