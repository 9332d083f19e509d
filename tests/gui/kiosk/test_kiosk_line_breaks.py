"""Chinese line breaking in the kiosk: the question, at a landscape and a portrait
stand's width, over every question of the shipped bank."""

from __future__ import annotations

import pytest
from kiosk_driver import LANDSCAPE, PORTRAIT, MakeKiosk
from line_checks import breaking_report

from ipquiz.domain.language import ZH


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT])
def test_bank_questions_break_by_chinese_rules_in_the_kiosk(
    make_kiosk: MakeKiosk, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk(size=size, lang=ZH)
    kiosk.start()
    closing, faulty, left = breaking_report(kiosk.window.round.prompt)
    assert closing == 0
    assert faulty > 0
    assert left == []
