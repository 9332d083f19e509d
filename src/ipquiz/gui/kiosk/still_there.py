"""The "Still there?" overlay shown when nobody has touched the kiosk for the idle time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ipquiz.gui.kiosk.base import label, pad_cards, tap_button
from ipquiz.gui.kiosk.scale import Scale
from ipquiz.gui.widgets import named

SHADE = QColor(19, 32, 90, 170)


class StillThereOverlay(QWidget):
    """Covers the whole window; any tap on it means "yes, still here"."""

    still_here = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stillThere")
        self.card = named(QFrame(), "stillThereCard")
        self.heading = label("kioskTitle")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = label("tagline")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = tap_button("startButton")
        self.button.clicked.connect(self.still_here)
        box = QVBoxLayout(self.card)
        box.addWidget(self.heading)
        box.addWidget(self.countdown)
        box.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.seconds = 0
        self.hide()

    def show_countdown(self, seconds: int) -> None:
        self.seconds = seconds
        self.heading.setText(self.tr("Still there?"))
        self.countdown.setText(self.tr("Going back to the start in {0} s").format(seconds))
        self.button.setText(self.tr("I'm still here"))

    def set_scale(self, scale: Scale) -> None:
        self.button.setMinimumHeight(scale.px(140))
        self.card.setMinimumWidth(scale.px(760))
        pad_cards(self, scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), SHADE)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.still_here.emit()
        event.accept()
