"""The question countdown, drawn as a ring (seconds in the middle) or a bar.

Both are painted rather than styled, so they stay crisp at any scale; the colour turns
from blue to amber to red as time runs out.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

TRACK = QColor("#e4e9f4")
CALM, HURRY, LAST = QColor("#1d4ed8"), QColor("#d97706"), QColor("#b91c1c")


def colour_for(fraction: float) -> QColor:
    return CALM if fraction > 0.5 else HURRY if fraction > 0.2 else LAST


class Countdown(QWidget):
    """What is left of the time: `fraction` from 1 (full) to 0, and whole seconds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 1.0
        self.seconds = 0
        self._extent = 120
        self.setAccessibleName("countdown")

    def set_remaining(self, fraction: float, seconds: int) -> None:
        fraction = max(0.0, min(1.0, fraction))
        if (fraction, seconds) != (self.fraction, self.seconds):
            self.fraction, self.seconds = fraction, seconds
            self.setAccessibleDescription(str(seconds))
            self.update()

    def set_extent(self, px: int) -> None:
        """The ring's diameter, or the bar's thickness."""
        self._extent = px
        self.updateGeometry()


class CountdownRing(Countdown):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self._extent, self._extent)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        pen_width = max(4.0, side * 0.1)
        inset = pen_width / 2 + 1
        rect = QRectF(inset, inset, side - 2 * inset, side - 2 * inset)
        rect.moveCenter(QRectF(self.rect()).center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(TRACK, pen_width))
        painter.drawEllipse(rect)
        pen = QPen(colour_for(self.fraction), pen_width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(rect, 90 * 16, round(self.fraction * 360 * 16))
        font = QFont(self.font())
        font.setPixelSize(max(8, round(side * 0.36)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#13205a"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(self.seconds))
        painter.end()


class CountdownBar(Countdown):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self._extent * 4, max(16, self._extent // 4))

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(rect, radius, radius)
        if self.fraction > 0:
            filled = QRectF(rect)
            filled.setWidth(max(rect.height(), rect.width() * self.fraction))
            painter.setBrush(colour_for(self.fraction))
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()
