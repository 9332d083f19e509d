"""The round so far, one mark per question: what each answer was, and where the visitor is.

Each answered question shows its outcome as an icon on its colour (✔ right, ◐ partly,
✘ wrong: never the colour alone); the current one is ringed, the ones to come are grey.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ipquiz.gui.outcomes import TILE_ICONS

INK, TRACK = QColor("#13205a"), QColor("#c3cbdd")
#: (fill, icon) per state: the states' colours of the answered tiles.
MARKS = {
    "right": (QColor("#0f766e"), TILE_ICONS["right"]),
    "partly": (QColor("#6d28d9"), "◐"),
    "wrong": (QColor("#b91c1c"), TILE_ICONS["wrong"]),
}


class RoundTrail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.states: list[str] = []
        self.total = 0
        self.current = -1
        self._side = 48
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def show_round(self, states: Sequence[str], total: int, current: int) -> None:
        """`states`: each answered question's state ('right', 'partly', 'wrong')."""
        self.states, self.total, self.current = list(states), total, current
        self.update()

    def set_side(self, side: int) -> None:
        self._side = side
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(self._side * max(1, self.total) * 3 // 2, self._side)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.total:
            return
        side = min(self.height(), self.width() / (self.total * 1.5))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(max(8, round(side * 0.5)))
        font.setBold(True)
        painter.setFont(font)
        pen_width = max(2.0, side * 0.08)
        for n in range(self.total):
            rect = QRectF(n * side * 1.5, 0, side, side).adjusted(
                pen_width, pen_width, -pen_width, -pen_width
            )
            rect.moveTop((self.height() - rect.height()) / 2)
            if n < len(self.states) and self.states[n] in MARKS:
                fill, icon = MARKS[self.states[n]]
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawEllipse(rect)
                painter.setPen(QColor("#ffffff"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, icon)
                continue
            here = n == self.current
            painter.setBrush(QColor("#ffffff"))
            painter.setPen(QPen(INK if here else TRACK, pen_width * (1.5 if here else 1)))
            painter.drawEllipse(rect)
            painter.setPen(INK if here else QColor("#4a5575"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n + 1))
        painter.end()
