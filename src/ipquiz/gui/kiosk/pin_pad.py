"""The PIN pad: checks the operator's PIN (with the lockout), or sets a new one twice.

Modes: "verify" (the way into the admin panel) and "set" (first kiosk start, or
"Change PIN" in the admin panel), which asks for the new PIN and then once more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.kiosk import PIN_LENGTHS, valid_pin
from ipquiz.gui.kiosk.base import ContentScroll, KioskScreen, label, tap_button
from ipquiz.gui.kiosk.clock import KioskClock

# Services are only types here: the database layer loads on the loader thread.
if TYPE_CHECKING:
    from ipquiz.services.kiosk_pin import PinCheck

MAX_DIGITS = PIN_LENGTHS[-1]
VERIFY, SET, CONFIRM = "verify", "set", "confirm"


class LockTimer(Protocol):
    def locked_for(self) -> int: ...


class PinHolder(Protocol):
    """A kiosk's service, or a damaged database's salvaged PIN."""

    @property
    def pin(self) -> LockTimer: ...
    def check_pin(self, pin: str) -> PinCheck: ...
    def set_pin(self, pin: str) -> None: ...


class PinPad(KioskScreen):
    DEADLINES = ("pin_lock",)
    unlocked = Signal()
    pin_set = Signal()
    cancelled = Signal()

    def __init__(self, clock: KioskClock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.setObjectName("pinPad")
        self.kiosk: PinHolder | None = None
        self.mode = VERIFY
        self.digits = ""
        self._first = ""
        self.locked_seconds = 0

        self.title = label("kioskTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = label("pinDots", wrap=False)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = label("pinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, key in enumerate(("1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK")):
            button = tap_button("pinKey" if key.isdigit() else "primary")
            button.setText(key)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, n // 3, n % 3)
            self.keys[key] = button
        self.cancel_button = tap_button("secondary")
        self.cancel_button.clicked.connect(self.cancelled)
        self.grid = grid
        # The keys stay put whatever the title says: a finger aims before reading.
        self.info = QVBoxLayout()
        for w in (self.title, self.dots, self.message):
            self.info.addWidget(w)
        self.pad = QVBoxLayout()
        self.pad.addLayout(grid)
        self.pad.addWidget(self.cancel_button)
        self.centred = QHBoxLayout()
        self.centred.addStretch(1)
        self.centred.addLayout(self.pad)
        self.centred.addStretch(1)
        # Above the pad; beside it when a short screen has no room for both (large text),
        # the two then in the middle of the screen.
        self.main = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.main.addLayout(self.info)
        self.main.addLayout(self.centred)
        self.across = QHBoxLayout()
        self.across.addStretch(0)
        self.across.addLayout(self.main, 1)
        self.across.addStretch(0)
        self.column = QVBoxLayout(content := QWidget())
        self.column.addStretch(1)
        self.column.addLayout(self.across)
        self.column.addStretch(1)
        area = ContentScroll(content)  # the last resort on a very short screen
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.addWidget(area)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- from the window -------------------------------------------------------
    def prepare(self, kiosk: PinHolder, mode: str, *, can_cancel: bool = True) -> None:
        self.kiosk, self.mode = kiosk, mode
        self.digits = self._first = ""
        self.message.setText("")
        self.cancel_button.setVisible(can_cancel)
        self.retranslate()
        self._render()
        if mode == VERIFY:
            self._refresh_lock()
        self.setFocus()

    # -- keys ------------------------------------------------------------------
    def press(self, key: str) -> None:
        if self.locked_seconds:
            return
        if key == "⌫":
            self.digits = self.digits[:-1]
        elif key == "OK":
            self._submit()
            return
        elif len(self.digits) < MAX_DIGITS:
            self.digits += key
        self._render()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("⌫")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("OK")
        else:
            super().keyPressEvent(event)

    def _submit(self) -> None:
        pin, self.digits = self.digits, ""
        self._render()
        kiosk = self.kiosk
        if kiosk is None:
            return
        if self.mode == VERIFY:
            self.calls.run(lambda: kiosk.check_pin(pin), self._on_checked)
        elif not valid_pin(pin):
            self.message.setText(
                self.tr("A PIN has {0} to {1} digits.").format(PIN_LENGTHS[0], PIN_LENGTHS[-1])
            )
        elif self.mode == SET:
            self._first, self.mode = pin, CONFIRM
            self.message.setText("")
            self.retranslate()
        elif pin == self._first:
            self.calls.run(lambda: kiosk.set_pin(pin), lambda _: self.pin_set.emit())
        else:
            self.mode, self._first = SET, ""
            self.message.setText(self.tr("The two PINs differ. Please start again."))
            self.retranslate()

    def _on_checked(self, check: PinCheck) -> None:
        if check.ok:
            self.message.setText("")
            self.unlocked.emit()
        elif check.locked_seconds:
            self._lock(check.locked_seconds)
        else:
            self.message.setText(
                self.tr("Wrong PIN. Tries left before the pad locks: {0}").format(check.tries_left)
            )

    # -- lockout ---------------------------------------------------------------
    def _lock(self, seconds: int) -> None:
        self.locked_seconds = seconds
        for key in self.keys.values():
            key.setEnabled(not seconds)
        if seconds:
            minutes, secs = divmod(seconds, 60)
            self.message.setText(
                self.tr("Too many wrong PINs. Try again in {0}:{1:02d}.").format(minutes, secs)
            )
            self.clock.schedule("pin_lock", 1000, self._refresh_lock)
        elif self.message.text():
            self.message.setText(self.tr("You can try again now."))

    def _refresh_lock(self) -> None:
        if self.kiosk is not None:
            self.calls.run(self.kiosk.pin.locked_for, self._lock, block=False)

    # -- rendering -------------------------------------------------------------
    def _render(self) -> None:
        self.dots.setText(" ".join("●" * len(self.digits)) or "–")

    def relayout(self) -> None:
        self.grid.setSpacing(self.scale.px(18))
        m = self.scale.margin
        self.column.setContentsMargins(m, m, m, m)
        self._fit_keys()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_keys()

    def _fit_keys(self) -> None:
        """Keys as tall as the screen allows, between their text's height (never under a
        finger's) and the roomy normal one; a short screen puts the words beside the pad."""
        keys = list(self.keys.values())
        for key in keys:
            key.ensurePolished()
        least = max([self.scale.target] + [key.sizeHint().height() for key in keys])
        width = max([self.scale.px(200)] + [key.sizeHint().width() for key in keys])
        gap = self.scale.px(18)
        words = sum(w.sizeHint().height() + gap for w in (self.title, self.dots, self.message))
        cancel = (
            self.cancel_button.sizeHint().height() + gap
            if self.cancel_button.isVisibleTo(self)
            else 0
        )
        stacked = words + cancel + 4 * least + 3 * gap
        tall = self.height() - 2 * self.scale.margin
        side = not self.portrait and stacked > tall
        self.main.setDirection(
            QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
        )
        self.main.setSpacing(self.scale.px(72 if side else 18))
        for n, stretch in ((0, int(side)), (1, int(not side)), (2, int(side))):
            self.across.setStretch(n, stretch)  # side by side: the pair in the middle
        self.centred.setStretch(0, int(not side))
        self.centred.setStretch(2, int(not side))
        home, away = (self.info, self.pad) if side else (self.pad, self.info)
        if home.indexOf(self.cancel_button) < 0:
            away.removeWidget(self.cancel_button)
            home.addWidget(self.cancel_button)
        room = tall - 3 * gap - (cancel if side else words + cancel)
        height = max(least, min(max(least, self.scale.px(120)), room // 4))
        for key in keys:
            key.setFixedSize(width, height)

    def retranslate(self) -> None:
        self.title.setText(
            {
                VERIFY: self.tr("Operator PIN"),
                SET: self.tr("Choose an operator PIN ({0} to {1} digits)").format(
                    PIN_LENGTHS[0], PIN_LENGTHS[-1]
                ),
                CONFIRM: self.tr("Type the new PIN again"),
            }[self.mode]
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.keys["⌫"].setAccessibleName(self.tr("Delete the last digit"))
