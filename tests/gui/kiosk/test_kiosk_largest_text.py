"""At the largest text size (200 %) on a short stand screen (1024 x 768), the PIN pad
puts its words beside the keys and the attract screen makes room by dropping its logo,
then its cards; on a roomy screen at the normal size everything is there as before. The
PIN pad beside its words sits in the middle, and the result gives its names the width
they need."""

from __future__ import annotations

import random

from kiosk_driver import Kiosk, MakeKiosk
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QBoxLayout
from resize_counter import ResizeCounter

from ipquiz.domain.accessibility import AccessPreset
from ipquiz.domain.kiosk import KioskFact
from ipquiz.gui.accessibility import put_in_force
from ipquiz.gui.kiosk.scale import MIN_TARGET_PX

#: As long as the bank's longest facts: whether a fact card fits depends on its fact.
LONG_FACT = KioskFact(
    "A patent lets its owner stop others from making, using, selling or importing the "
    "invention for up to 20 years from the filing date, but only in the countries where "
    "it was granted, and only while the yearly fees are paid.",
    "Patent Law of the People's Republic of China, Articles 11 and 42",
)


def settle(kiosk: Kiosk) -> None:
    kiosk.qtbot.wait(50)


def test_a_short_screen_at_200_percent_keeps_start_and_a_pin_pad_that_fits(
    make_kiosk: MakeKiosk,
) -> None:
    kiosk = make_kiosk(size=(1024, 768), lang="en")
    window, attract, pad = kiosk.window, kiosk.window.attract, kiosk.window.pin_pad
    attract.set_facts([LONG_FACT])
    settle(kiosk)
    assert attract.logo.isVisible()
    assert attract.fact_card.isVisible()
    put_in_force(AccessPreset(text_size=200))
    settle(kiosk)
    # The intro needs the whole width: the logo and the cards beside it make room.
    assert not attract.logo.isVisible()
    assert not attract.side_scroll.isVisible()
    assert attract.start_button.geometry().bottom() <= attract.height()
    assert attract.tagline.height() >= attract.tagline.heightForWidth(attract.tagline.width())

    window.open_pin_pad()
    settle(kiosk)
    assert pad.main.direction() is QBoxLayout.Direction.LeftToRight  # words beside the keys
    assert pad.info.indexOf(pad.cancel_button) >= 0
    for key in pad.keys.values():
        assert key.height() >= max(MIN_TARGET_PX, key.sizeHint().height())
        assert key.geometry().bottom() <= pad.height()
    assert pad.cancel_button.isVisible()

    put_in_force(AccessPreset())
    settle(kiosk)
    assert pad.main.direction() is QBoxLayout.Direction.TopToBottom
    assert pad.pad.indexOf(pad.cancel_button) >= 0
    assert {key.height() for key in pad.keys.values()} == {pad.scale.px(120)}
    window.go_attract()
    settle(kiosk)
    assert attract.logo.isVisible()
    assert attract.side_scroll.isVisible()
    assert attract.fact_card.isVisible()


def test_a_wide_screen_at_200_percent_drops_the_fact_card_before_the_board(
    make_kiosk: MakeKiosk,
) -> None:
    kiosk = make_kiosk(size=(1366, 768), lang="en")
    attract = kiosk.window.attract
    attract.set_facts([LONG_FACT])
    put_in_force(AccessPreset(text_size=200))
    settle(kiosk)
    assert attract.side_scroll.isVisible()
    assert attract.board_card.isVisible()
    assert not attract.fact_card.isVisible()
    put_in_force(AccessPreset())
    settle(kiosk)
    assert attract.fact_card.isVisible()


def test_the_result_screen_at_200_percent_settles_when_the_screen_grows(
    make_kiosk: MakeKiosk,
) -> None:
    """These four names at 200 % on a 1920 x 1080 stand leave the name card one scroll
    bar's width from two names a row: the card's scroll area once resized it back and
    forth, each resize inside the last, until the stand crashed."""
    kiosk = make_kiosk(size=(1366, 768), lang="en")
    kiosk.play([True, False, True, True, False])
    result = kiosk.window.result
    names = ("机智的小龙 Witty Dragon", "闪亮的灯塔 Shiny Lighthouse")
    names += ("认真的仙鹤 Careful Crane", "聪明的熊猫 Clever Panda")
    for button, name in zip(result.suggestions, names, strict=True):
        button.setProperty("nickname", name)
    put_in_force(AccessPreset(text_size=200, high_contrast=True))
    result._show_names()
    settle(kiosk)
    resizes = ResizeCounter()
    result.name_card.installEventFilter(resizes)  # after the scroll area's: asked first
    kiosk.window.resize(1920, 1080)
    settle(kiosk)
    assert resizes.count <= 12
    area, card = result.name_area, result.name_card
    bar = area.verticalScrollBar()
    assert bar.isVisible() == (card.height() > area.viewport().height())
    put_in_force(AccessPreset())


def test_the_pin_pad_beside_its_words_sits_in_the_middle_and_stays_put(
    make_kiosk: MakeKiosk,
) -> None:
    """Words and keys side by side keep the screen's margin on both sides, in the middle
    of a wide screen, and the keys do not move once digits are typed."""
    kiosk = make_kiosk(size=(1024, 768), lang="en")
    window, pad = kiosk.window, kiosk.window.pin_pad
    put_in_force(AccessPreset(text_size=200))
    window.open_pin_pad()
    for size in ((1024, 768), (1920, 1080)):
        window.resize(*size)
        settle(kiosk)
        assert pad.main.direction() is QBoxLayout.Direction.LeftToRight
        left = min(w.mapTo(pad, QPoint(0, 0)).x() for w in (pad.title, pad.cancel_button))
        right = pad.width() - max(
            key.mapTo(pad, QPoint(key.width(), 0)).x() for key in pad.keys.values()
        )
        assert min(left, right) >= pad.scale.margin, size
        assert abs(left - right) <= 2, size
        places = {text: key.mapTo(pad, QPoint(0, 0)) for text, key in pad.keys.items()}
        for digit in "24":
            kiosk.tap(pad.keys[digit])
        settle(kiosk)
        assert {text: key.mapTo(pad, QPoint(0, 0)) for text, key in pad.keys.items()} == places
        for _ in "24":
            kiosk.tap(pad.keys["⌫"])


def test_the_result_at_200_percent_gives_the_names_the_width_they_need(
    make_kiosk: MakeKiosk,
) -> None:
    """Names that would scroll at half the width get what the score's figures leave;
    where both fit at half (the normal size), the cards share the width evenly."""
    kiosk = make_kiosk(size=(1920, 1080), lang="en")
    result = kiosk.window.result
    result.rng = random.Random(7)
    kiosk.play([False, True, False, True, True])
    put_in_force(AccessPreset(text_size=200))
    settle(kiosk)
    assert not result.name_area.verticalScrollBar().isVisible()
    assert result.score_area.width() < result.name_area.width()
    assert result.score.width() >= result.score.sizeHint().width()
    put_in_force(AccessPreset())
    settle(kiosk)
    assert abs(result.score_area.width() - result.name_area.width()) <= 1
    for area in (result.score_area, result.name_area):
        assert not area.verticalScrollBar().isVisible()
