"""Watching the kiosk's input: when a person last touched it, keys that must do nothing,
the operator's key chord, and the hidden corner that opens the PIN pad on a long press.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from ipquiz.gui.kiosk.clock import KioskClock

LONG_PRESS_MS = 3000
INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}
CTRL, ALT, SHIFT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
)
#: The operator's way in from a keyboard: Ctrl+Shift+A (A for admin).
ADMIN_CHORD = (Qt.Key.Key_A, CTRL | SHIFT)


def is_locked_down(event: QKeyEvent) -> bool:
    """Keys that would leave or hide the kiosk: they do nothing without the PIN."""
    key, mods = event.key(), event.modifiers()
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
        return True
    if key == Qt.Key.Key_F4 and mods & ALT:
        return True
    return key in (Qt.Key.Key_Q, Qt.Key.Key_W) and bool(mods & CTRL)


def is_admin_chord(event: QKeyEvent) -> bool:
    mods = event.modifiers() & (CTRL | ALT | SHIFT)
    return event.key() == ADMIN_CHORD[0] and mods == ADMIN_CHORD[1]


class InputGuard(QObject):
    """An application event filter for one kiosk window (installed and removed by it)."""

    admin_requested = Signal()

    def __init__(self, window: QWidget, clock: KioskClock) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self.last_input_ms = clock.now_ms()

    def touched(self) -> None:
        self.last_input_ms = self._clock.now_ms()

    def idle_ms(self) -> int:
        return self._clock.now_ms() - self.last_input_ms

    def _owns(self, widget: QWidget) -> bool:
        """A window opened from the kiosk window (its dialogs, theirs, …)."""
        owner = widget.window().parentWidget()
        while owner is not None:
            if owner.window() is self._window:
                return True
            owner = owner.window().parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in INPUT_EVENTS or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window:
            if self._owns(watched):
                self.touched()  # the operator at work in a dialog of the admin panel
            return False  # a file dialog of the admin panel keeps its own keys
        self.touched()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if is_admin_chord(event):
                self.admin_requested.emit()
                return True
            return is_locked_down(event)
        return False


class HiddenCorner(QWidget):
    """An invisible square in the top-left corner: hold it for three seconds."""

    long_pressed = Signal()

    def __init__(self, clock: KioskClock, parent: QWidget) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setObjectName("hiddenCorner")
        self.setAccessibleName("")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._clock.schedule("long_press", LONG_PRESS_MS, self.long_pressed.emit)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._clock.cancel("long_press")
        event.accept()
