"""No way out without the PIN; the hidden ways in for the operator."""

from __future__ import annotations

import pytest
from kiosk_driver import Kiosk, MakeKiosk
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent

from ipquiz.domain.kiosk import KioskSettings
from ipquiz.gui.kiosk.guard import LONG_PRESS_MS

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def test_the_window_is_frameless(kiosk: Kiosk) -> None:
    assert kiosk.window.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_closing_the_window_does_nothing(kiosk: Kiosk) -> None:
    kiosk.start()
    assert not kiosk.window.close()
    event = QCloseEvent()
    kiosk.window.closeEvent(event)
    assert not event.isAccepted()
    assert kiosk.window.isVisible()
    assert kiosk.screen is kiosk.window.round


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Escape, NONE),
        (Qt.Key.Key_F4, ALT),
        (Qt.Key.Key_Q, CTRL),
        (Qt.Key.Key_W, CTRL),
        (Qt.Key.Key_F11, NONE),
    ],
)
def test_escape_keys_do_nothing(kiosk: Kiosk, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    kiosk.start()
    for target in (kiosk.window, kiosk.window.round, kiosk.window.round.buttons[0]):
        kiosk.qtbot.keyClick(target, key, modifiers)
    assert kiosk.window.isVisible()
    assert kiosk.screen is kiosk.window.round
    assert kiosk.sql("SELECT status FROM attempts") == [("active",)]


def test_the_key_chord_opens_the_pin_pad(kiosk: Kiosk) -> None:
    kiosk.qtbot.keyClick(kiosk.window.attract, Qt.Key.Key_A, CTRL | SHIFT)
    assert kiosk.screen is kiosk.window.pin_pad
    assert kiosk.window.pin_pad.title.text() == "Operator PIN"


def test_a_long_press_on_the_corner_opens_the_pin_pad(kiosk: Kiosk) -> None:
    corner = kiosk.window.corner
    assert corner.geometry().topLeft() == QPoint(0, 0)
    assert corner.width() >= 80
    kiosk.qtbot.mousePress(corner, Qt.MouseButton.LeftButton)
    kiosk.advance(LONG_PRESS_MS / 1000 - 0.5)
    kiosk.qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton)
    kiosk.advance(5)
    assert kiosk.screen is kiosk.window.attract  # a short press is just a touch
    kiosk.qtbot.mousePress(corner, Qt.MouseButton.LeftButton)
    kiosk.advance(LONG_PRESS_MS / 1000)
    assert kiosk.screen is kiosk.window.pin_pad
    kiosk.qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton)


def test_the_pointer_is_hidden_for_touch_screens(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    assert kiosk.window.cursor().shape() == Qt.CursorShape.BlankCursor
    assert kiosk.window.admin.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_the_pointer_shows_for_a_mouse(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(settings=KioskSettings(touch=False))
    assert kiosk.window.cursor().shape() == Qt.CursorShape.ArrowCursor
