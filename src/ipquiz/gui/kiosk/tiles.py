"""Answer tiles as a game show draws them: each its own colour and shape, laid out to fill.

The shape, not the colour, tells the tiles apart (a triangle is a triangle to every
visitor); the letter stays beside it for the keypad and for the answer line. While the
question is open a tile is filled with its colour; once answered it turns light and says
what it was (✔ Right pick, ✘ Wrong pick, ➜ Right answer), the shape keeping its colour.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from ipquiz.gui.preset_theme import AAA_TEXT, away_from
from ipquiz.gui.widgets import ChoiceButton


@dataclass(frozen=True, slots=True)
class TileLook:
    shape: str
    fill: str  # the open tile's background
    ink: str  # its text and shape, on the fill
    edge: str  # its border; also the shape's colour on a light (answered or chosen) tile


#: One look per shown position (A to H); every fill holds its ink at 4.5:1 or more.
LOOKS = (
    TileLook("triangle", "#c8102e", "#ffffff", "#8f0b21"),
    TileLook("diamond", "#1d4ed8", "#ffffff", "#1e3a8a"),
    TileLook("circle", "#fbbf24", "#13205a", "#92400e"),
    TileLook("square", "#0f766e", "#ffffff", "#134e4a"),
    TileLook("pentagon", "#6d28d9", "#ffffff", "#4c1d95"),
    TileLook("hexagon", "#0e7490", "#ffffff", "#164e63"),
    TileLook("star", "#be185d", "#ffffff", "#831843"),
    TileLook("cross", "#44403c", "#ffffff", "#1c1917"),
)


def balanced_columns(count: int, *, portrait: bool) -> int:
    """Columns for `count` tiles: 2 x 2 for four, rows of equal length where they can be."""
    if portrait:
        return 1 if count <= 4 else 2
    if count <= 4:
        return 2 if count > 1 else 1
    return 3 if count <= 6 else 4


def shape_path(shape: str, rect: QRectF) -> QPainterPath:
    """The outline of `shape` inside `rect` (a square), centred."""
    path = QPainterPath()
    c, r = rect.center(), rect.width() / 2

    def polygon(points: int, turn: float = -90.0, inner: float = 0.0) -> None:
        corners = []
        steps = points * 2 if inner else points
        for n in range(steps):
            radius = inner if inner and n % 2 else r
            angle = math.radians(turn + 360 * n / steps)
            corners.append(
                QPointF(c.x() + radius * math.cos(angle), c.y() + radius * math.sin(angle))
            )
        path.addPolygon(QPolygonF(corners))
        path.closeSubpath()

    if shape == "triangle":
        # an equilateral triangle's centre sits below the middle of its box: lower it
        polygon(3)
        path.translate(0, r * 0.2)
    elif shape == "diamond":
        polygon(4)
    elif shape == "circle":
        path.addEllipse(c, r * 0.9, r * 0.9)
    elif shape == "square":
        side = r * 1.5
        path.addRect(QRectF(c.x() - side / 2, c.y() - side / 2, side, side))
    elif shape == "pentagon":
        polygon(5)
    elif shape == "hexagon":
        polygon(6, turn=0.0)
    elif shape == "star":
        polygon(5, inner=r * 0.45)
    else:  # a plus-shaped cross
        arm = r * 0.38
        path.addRect(QRectF(c.x() - arm, c.y() - r * 0.9, 2 * arm, 1.8 * r))
        path.addRect(QRectF(c.x() - r * 0.9, c.y() - arm, 1.8 * r, 2 * arm))
        path = path.simplified()
    return path


class ShapeMark(QWidget):
    """The tile's shape: in its ink on the open tile, in its edge colour on a light one."""

    def __init__(self, look: TileLook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.look = look
        self.on_fill = True
        self._side = 56
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_side(self, side: int) -> None:
        self._side = side
        self.setFixedSize(side, side)

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def colour(self) -> QColor:
        return QColor(self.look.ink if self.on_fill else self.look.edge)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        rect = QRectF(0, 0, side, side)
        rect.moveCenter(QRectF(self.rect()).center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour())
        painter.drawPath(shape_path(self.look.shape, rect.adjusted(2, 2, -2, -2)))
        painter.end()


class KioskTile(ChoiceButton):
    """A choice tile with its own colour and shape (position `index`: A, B, …)."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.look = LOOKS[index % len(LOOKS)]
        self.shape = ShapeMark(self.look, self)
        row = self._layout
        assert isinstance(row, QHBoxLayout)
        row.insertWidget(0, self.shape, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._open = True

    def set_open(self, open_: bool) -> None:
        """Open: the question waits for an answer (the tile in its colour). Once answered
        a tap on the tile is a tap on the screen (which moves on)."""
        self._open = open_
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not open_)
        self._dress()

    def set_state(self, state: str) -> None:
        super().set_state(state)
        self._dress()

    def _dress(self) -> None:
        filled = getattr(self, "_open", True) and str(self.property("state") or "") == ""
        tile = str(self.index % len(LOOKS)) if filled else ""
        if getattr(self, "shape", None) is None or self.property("tile") == tile:
            return
        self.shape.on_fill = filled
        for w in (self, self.badge, self.label, self.mark):
            w.setProperty("tile", tile)
            w.style().unpolish(w)
            w.style().polish(w)
        self.shape.update()


def tile_sheet(*, high_contrast: bool = False) -> str:
    """The open tiles' colours, for the kiosk's style sheet (one rule set per look). With
    high contrast each fill is deepened until its text reaches 7:1; the text's rules name
    the fill they sit on, so the high-contrast pass measures them against it."""
    rules = []
    for n, look in enumerate(LOOKS):
        fill = away_from(look.fill, (look.ink,), AAA_TEXT) if high_contrast else look.fill
        letter = look.edge if look.ink == "#ffffff" else fill
        rules.append(
            f'QPushButton#choice[tile="{n}"] {{ background: {fill}; border-color: {look.edge}; }}\n'
            f'QLabel#choiceText[tile="{n}"] {{ color: {look.ink}; background: {fill}; '
            "font-weight: 700; }\n"
            f'QLabel#choiceBadge[tile="{n}"] {{ background: {look.ink}; color: {letter}; }}\n'
        )
    return "".join(rules)
