"""Glyphs are prepared at start, in the fonts question text really uses, on whole pixels."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from kiosk_driver import PORTRAIT, Kiosk, MakeKiosk
from off_ui_thread import settle
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ipquiz.domain.kiosk import KioskSettings
from ipquiz.gui.kiosk import window as window_module
from ipquiz.gui.kiosk.glyphs import prepare_glyphs, question_text_fonts


@dataclass
class Prepared:
    calls: list[tuple[set[str], str]] = field(default_factory=list)

    def __call__(self, fonts: list[QFont], characters: str) -> None:
        self.calls.append(({f.key() for f in fonts}, characters))
        prepare_glyphs(fonts, characters)


@pytest.fixture
def prepared(monkeypatch: pytest.MonkeyPatch) -> Prepared:
    spy = Prepared()
    monkeypatch.setattr(window_module, "prepare_glyphs", spy)
    return spy


def shown_fonts(kiosk: Kiosk) -> set[str]:
    """The fonts of the labels that showed question text in a played round."""
    w = kiosk.window
    labels = [w.round.prompt, w.round.buttons[0].label, w.round.answer_line, w.round.explanation]
    return {label.font().key() for label in labels} | {w.attract.fact.font().key()}


def test_glyphs_are_prepared_at_start_in_the_fonts_questions_use(
    make_kiosk: MakeKiosk, prepared: Prepared
) -> None:
    kiosk = make_kiosk()
    assert len(prepared.calls) == 1
    fonts, characters = prepared.calls[0]
    assert characters == kiosk.service.shown_characters()
    assert "外" in characters  # from the bank: 外观设计
    kiosk.start()
    kiosk.answer(right=False)  # the feedback shows the answer line and explanation
    assert shown_fonts(kiosk) <= fonts


def test_rotating_or_changing_topics_prepares_the_new_glyphs(
    make_kiosk: MakeKiosk, prepared: Prepared
) -> None:
    kiosk = make_kiosk()
    kiosk.window.resize(*PORTRAIT)  # same short side: same sizes, nothing new
    kiosk.qtbot.wait(20)
    settle(kiosk.qtbot)  # the characters are read off the UI thread
    assert len(prepared.calls) == 1
    kiosk.window.resize(3840, 2160)  # 4K: every size doubles
    kiosk.qtbot.wait(20)
    settle(kiosk.qtbot)
    assert len(prepared.calls) == 2
    assert prepared.calls[1][0].isdisjoint(prepared.calls[0][0])
    kiosk.window.apply_settings(KioskSettings(categories=("alpha",)))
    settle(kiosk.qtbot)
    assert len(prepared.calls) == 3
    assert "世" not in prepared.calls[2][1]  # beta's questions are no longer drawn
    kiosk.window.apply_settings(KioskSettings(categories=("alpha",), round_length=3))
    settle(kiosk.qtbot)
    assert len(prepared.calls) == 3  # same topics: nothing new to draw


def test_kiosk_text_is_on_whole_pixels_until_it_closes(make_kiosk: MakeKiosk) -> None:
    before = QApplication.font().hintingPreference()
    kiosk = make_kiosk()
    full = QFont.HintingPreference.PreferFullHinting
    assert kiosk.window.round.prompt.font().hintingPreference() is full
    assert all(f.hintingPreference() is full for f in question_text_fonts(kiosk.window))
    kiosk.window.may_close = True
    kiosk.window.close()
    assert QApplication.font().hintingPreference() is before


def test_preparing_nothing_draws_nothing() -> None:
    prepare_glyphs([QFont()], "")  # no painter is opened for an empty pool
