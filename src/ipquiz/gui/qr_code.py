"""A QR code as a widget: the live class's join address, the kiosk's "keep learning" link."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class QrCode(QWidget):
    """A QR code drawn module by module (segno makes the matrix), as large as it fits."""

    def __init__(self) -> None:
        super().__init__()
        self._matrix: list[list[bool]] = []
        self.setMinimumSize(260, 260)

    def set_text(self, text: str) -> None:
        qr = segno.make(text, error="m", micro=False)
        self._matrix = [[bool(v) for v in row] for row in qr.matrix]
        self.setAccessibleName(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        count = len(self._matrix) + 8  # four modules of quiet zone each side
        module = side / count
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor("white"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    rect = QRectF(left + (x + 4) * module, top + (y + 4) * module, module, module)
                    painter.fillRect(rect.adjusted(0, 0, 0.5, 0.5), QColor("black"))
        painter.end()
