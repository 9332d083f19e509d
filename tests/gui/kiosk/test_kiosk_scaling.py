"""Landscape, portrait and 4K: text scales with the screen, touch targets stay >= 80 px."""

from __future__ import annotations

import pytest
from kiosk_driver import LANDSCAPE, PORTRAIT, Kiosk, MakeKiosk
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from ipquiz.gui.kiosk.scale import MIN_TARGET_PX, scale_for

UHD = (3840, 2160)


def settle(kiosk: Kiosk) -> None:
    kiosk.qtbot.wait(20)  # let the layouts apply their new size hints


def visible_buttons(root: QWidget) -> list[QPushButton]:
    return [b for b in root.findChildren(QPushButton) if b.isVisible()]


def assert_touch_sized(root: QWidget) -> None:
    small = [
        (b.objectName(), b.text(), b.width(), b.height())
        for b in visible_buttons(root)
        if b.height() < MIN_TARGET_PX or b.width() < MIN_TARGET_PX
    ]
    assert small == []


def assert_text_fits(root: QWidget) -> None:
    clipped = [
        (b.text(), b.width(), b.fontMetrics().horizontalAdvance(b.text()))
        for b in visible_buttons(root)
        if b.fontMetrics().horizontalAdvance(b.text()) > b.width()
    ]
    assert clipped == []


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT, UHD])
def test_every_visitor_screen_is_touch_sized(make_kiosk: MakeKiosk, size: tuple[int, int]) -> None:
    kiosk = make_kiosk(size=size)
    window = kiosk.window
    settle(kiosk)
    assert_touch_sized(window.attract)
    assert_text_fits(window.attract)
    kiosk.start()
    settle(kiosk)
    assert_touch_sized(window.round)
    kiosk.answer(right=False)
    settle(kiosk)
    assert_touch_sized(window.round)
    assert_text_fits(window.round)
    for _ in range(4):
        kiosk.tap(window.round.next_button)
        kiosk.answer(right=True)
    kiosk.tap(window.round.next_button)
    settle(kiosk)
    assert_touch_sized(window.result)
    assert_text_fits(window.result)
    kiosk.tap(window.result.type_button)
    settle(kiosk)
    assert_touch_sized(window.result)
    assert all(k.height() >= MIN_TARGET_PX for k in window.result.keyboard.keys.values())
    keyboard_bottom = window.result.keyboard.mapTo(
        window, window.result.keyboard.rect().bottomLeft()
    )
    assert keyboard_bottom.y() <= window.height()  # the keyboard fits on the screen
    window.open_pin_pad()
    settle(kiosk)
    assert_touch_sized(window.pin_pad)


def test_fonts_follow_the_short_side_of_the_screen(make_kiosk: MakeKiosk) -> None:
    sizes = {}
    for size in (LANDSCAPE, PORTRAIT, UHD):
        kiosk = make_kiosk(size=size)
        settle(kiosk)
        kiosk.start()
        settle(kiosk)
        sizes[size] = kiosk.window.round.prompt.font().pixelSize()
        kiosk.window.may_close = True
        kiosk.window.close()
    assert sizes[LANDSCAPE] == sizes[PORTRAIT] >= 40  # readable from 1.5 m
    assert sizes[UHD] == 2 * sizes[LANDSCAPE]
    assert scale_for(QSize(1280, 800)).target == MIN_TARGET_PX


def test_portrait_stacks_what_landscape_puts_side_by_side(make_kiosk: MakeKiosk) -> None:
    wide = make_kiosk(size=LANDSCAPE)
    assert wide.window.attract.main.direction() is QBoxLayout.Direction.LeftToRight
    wide.start()
    grid = wide.window.round.grid
    assert grid.columnCount() == 2
    wide.window.may_close = True
    wide.window.close()
    tall = make_kiosk(size=PORTRAIT)
    assert tall.window.attract.main.direction() is QBoxLayout.Direction.TopToBottom
    tall.start()
    positions = [
        tall.window.round.grid.getItemPosition(i)[1] for i in range(tall.window.round.grid.count())
    ]
    assert set(positions) == {0}


def test_rotating_the_screen_relayouts_without_a_restart(kiosk: Kiosk) -> None:
    kiosk.window.resize(*PORTRAIT)
    settle(kiosk)
    assert kiosk.window.attract.main.direction() is QBoxLayout.Direction.TopToBottom
    assert kiosk.window.overlay.geometry() == kiosk.window.rect()
