"""The board after a visitor joins it: the top three on a podium above the list of the
top 10, the visitor's own place marked ▶ (a mark, not a colour alone)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#13205a")
#: Blocks left to right: second, first, third place (height share, colour).
STEPS = ((2, 0.62, "#8aa4e8"), (1, 0.85, "#1d4ed8"), (3, 0.45, "#a9b8e8"))


@dataclass(frozen=True, slots=True)
class Place:
    rank: int
    name: str
    score: str
    mine: bool


class Podium(QWidget):
    """Painted, so names of any length are elided rather than stretching the card;
    `rise` (0 to 1) is how far the blocks have risen: 1 is the podium at rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.places: dict[int, Place] = {}
        self.rise = 1.0
        self._height = 260
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_places(self, places: Sequence[Place]) -> None:
        """The top three of `places` stand on the podium."""
        self.places = {p.rank: p for p in places if p.rank <= 3}
        self.setAccessibleName(
            "; ".join(
                f"{'▶ ' if p.mine else ''}{p.rank}. {p.name} {p.score}"
                for p in sorted(self.places.values(), key=lambda p: p.rank)
            )
        )
        self.update()

    def set_rise(self, rise: float) -> None:
        self.rise = rise
        self.update()

    def set_height(self, px: int) -> None:
        self._height = px
        self.setFixedHeight(px)

    def sizeHint(self) -> QSize:
        return QSize(self._height * 2, self._height)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.places:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width() / 3, float(self.height())
        font = QFont(self.font())
        font.setPixelSize(max(10, round(height * 0.11)))
        font.setBold(True)
        metrics = QFontMetrics(font)
        line = metrics.height()
        painter.setFont(font)
        for n, (rank, share, colour) in enumerate(STEPS):
            place = self.places.get(rank)
            block_h = (height - 2 * line) * share * self.rise
            block = QRectF(n * width + 4, height - block_h, width - 8, block_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(block, 8, 8)
            if block.height() >= line:
                painter.setPen(QColor("#ffffff") if rank == 1 else INK)
                painter.drawText(block, Qt.AlignmentFlag.AlignCenter, str(rank))
            if place is None:
                continue
            text = QRectF(block.left(), block.top() - 2 * line, block.width(), line)
            name = f"▶ {place.name}" if place.mine else place.name
            painter.setPen(INK)
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, round(text.width()))
            painter.drawText(text, Qt.AlignmentFlag.AlignCenter, elided)
            painter.drawText(text.translated(0, line), Qt.AlignmentFlag.AlignCenter, place.score)
            if place.mine:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(INK, 4))
                painter.drawRoundedRect(block.adjusted(2, 2, -2, -2), 8, 8)
        painter.end()
