"""Bar charts painted with QPainter: on screen (gui/chart_view.py), in a PDF, on paper.

QtCharts would add 12.5 MiB to the bundle (benchmarks/chart_bundle_cost.py); these
helpers cost nothing, paint onto any QPaintDevice, and keep two rules of the house:
colours from the Okabe-Ito palette, which colour-blind readers tell apart, and never
colour alone: every bar carries its value as text, and an emphasised bar (the key of a
question, a flagged item) is also hatched and its label carries a mark.

QtCore and QtGui only, no widgets, so the command line can draw charts into PDFs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

BAR = QColor("#0072B2")  # Okabe-Ito blue
EMPHASIS = QColor("#D55E00")  # Okabe-Ito vermillion
TRACK = QColor("#E5E7EB")  # the rest of a bar's row: how far it could go
INK = QColor("#1F2937")
MUTED = QColor("#4B5563")
REFERENCE = QColor("#111827")


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    text: str  # the value as written on the chart, e.g. "72%" or "12"
    #: Non-empty: the bar is emphasised (other colour, hatched) and this follows its label.
    mark: str = ""


@dataclass(frozen=True, slots=True)
class BarChart:
    title: str
    bars: tuple[Bar, ...]
    maximum: float  # the value of a full-length bar
    reference: float | None = None  # a dashed line across the bars (a pass mark, a goal)
    reference_label: str = ""
    empty_text: str = ""  # written instead of bars when there are none

    def label_of(self, bar: Bar) -> str:
        return f"{bar.label} {bar.mark}" if bar.mark else bar.label

    def summary(self) -> str:
        """The chart in words: its accessible description, and what tests read."""
        if not self.bars:
            return f"{self.title}: {self.empty_text}"
        parts = [f"{self.label_of(b)}: {b.text}" for b in self.bars]
        if self.reference is not None and self.reference_label:
            parts.append(self.reference_label)
        return f"{self.title}: " + "; ".join(parts)

    def share(self, value: float) -> float:
        return max(0.0, min(1.0, value / self.maximum)) if self.maximum > 0 else 0.0


#: Draws a chart into a rectangle; returns the bars' rectangles.
Painter = Callable[[QPainter, QRectF, BarChart], list[QRectF]]


def _font(painter: QPainter, *, scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFont(painter.font())
    if scale != 1.0:
        size = font.pixelSize()
        if size > 0:
            font.setPixelSize(max(8, round(size * scale)))
        else:
            font.setPointSizeF(max(6.0, font.pointSizeF() * scale))
    font.setBold(bold)
    return font


def _fill(painter: QPainter, rect: QRectF, bar: Bar) -> None:
    colour = EMPHASIS if bar.mark else BAR
    painter.fillRect(rect, colour)
    if bar.mark:  # a pattern too, so the emphasis survives grey print and colour blindness
        painter.fillRect(rect, QBrush(QColor("white"), Qt.BrushStyle.BDiagPattern))


def _title(painter: QPainter, rect: QRectF, chart: BarChart) -> QRectF:
    """Draw the title (if any) at the top; the rest of `rect` is returned."""
    if not chart.title:
        return rect
    font = _font(painter, bold=True)
    painter.setFont(font)
    painter.setPen(INK)
    height = QFontMetricsF(font).height() * 1.4
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), height),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        chart.title,
    )
    return rect.adjusted(0, height, 0, 0)


def _empty(painter: QPainter, rect: QRectF, chart: BarChart) -> None:
    painter.setFont(_font(painter))
    painter.setPen(MUTED)
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    painter.drawText(rect, flags, chart.empty_text)


def _reference(painter: QPainter, start: QPointF, end: QPointF, label: str, *, above: bool) -> None:
    painter.setPen(QPen(REFERENCE, 1.5, Qt.PenStyle.DashLine))
    painter.drawLine(start, end)
    if label:
        font = _font(painter, scale=0.8)
        painter.setFont(font)
        painter.setPen(REFERENCE)
        metrics = QFontMetricsF(font)
        y = start.y() - 3 if above else start.y() + metrics.ascent()
        painter.drawText(QPointF(start.x() + 3, y), label)


def _framed(draw: Painter) -> Painter:
    """`draw` below the chart's title, or the empty text when there are no bars; the
    painter's state is as before afterwards."""

    def paint(painter: QPainter, rect: QRectF, chart: BarChart) -> list[QRectF]:
        painter.save()
        try:
            area = _title(painter, rect, chart)
            if not chart.bars:
                _empty(painter, area, chart)
                return []
            return draw(painter, area, chart)
        finally:
            painter.restore()

    paint.__doc__ = draw.__doc__
    return paint


@_framed
def paint_bars(painter: QPainter, area: QRectF, chart: BarChart) -> list[QRectF]:
    """Horizontal bars, one row each: the label, the bar on its track, the value text.
    Returns the bars' rectangles (for hit tests and tests)."""
    font = _font(painter)
    metrics = QFontMetricsF(font)
    reference_room = metrics.height() if chart.reference is not None else 0.0
    row = min((area.height() - reference_room) / len(chart.bars), metrics.height() * 2.2)
    label_width = min(
        area.width() * 0.42,
        max(metrics.horizontalAdvance(chart.label_of(b)) for b in chart.bars) + 12,
    )
    value_width = max(metrics.horizontalAdvance(b.text) for b in chart.bars) + 10
    left = area.left() + label_width
    track_width = max(1.0, area.width() - label_width - value_width)
    top = area.top() + reference_room
    bars: list[QRectF] = []
    painter.setFont(font)
    for n, bar in enumerate(chart.bars):
        y = top + n * row
        thickness = row * 0.62
        y_bar = y + (row - thickness) / 2
        painter.setPen(INK)
        label = metrics.elidedText(
            chart.label_of(bar), Qt.TextElideMode.ElideRight, label_width - 12
        )
        align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(QRectF(area.left(), y, label_width - 12, row), align, label)
        painter.fillRect(QRectF(left, y_bar, track_width, thickness), TRACK)
        filled = QRectF(left, y_bar, track_width * chart.share(bar.value), thickness)
        _fill(painter, filled, bar)
        bars.append(filled)
        painter.setPen(INK)
        text_box = QRectF(filled.right() + 6, y, value_width, row)
        painter.drawText(
            text_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), bar.text
        )
    if chart.reference is not None:
        x = left + track_width * chart.share(chart.reference)
        bottom = top + len(chart.bars) * row
        _reference(painter, QPointF(x, top), QPointF(x, bottom), chart.reference_label, above=True)
    return bars


def _label_font(painter: QPainter, labels: list[str], room: float) -> QFont:
    """A little smaller than the text, and smaller still (to 70 %) while the longest label
    would not fit its column; past that, labels are cut with an ellipsis."""
    for scale in (0.85, 0.8, 0.75, 0.7):
        font = _font(painter, scale=scale)
        if max(QFontMetricsF(font).horizontalAdvance(label) for label in labels) <= room:
            break
    return font


@_framed
def paint_columns(painter: QPainter, area: QRectF, chart: BarChart) -> list[QRectF]:
    """Vertical bars side by side: the value text above each, the label below.
    Returns the bars' rectangles."""
    font = _font(painter)
    slot = area.width() / len(chart.bars)
    small = _label_font(painter, [chart.label_of(b) for b in chart.bars], slot - 4)
    metrics, small_metrics = QFontMetricsF(font), QFontMetricsF(small)
    label_room = small_metrics.height() * 1.5
    value_room = metrics.height() * 1.3
    base = area.bottom() - label_room
    height = max(1.0, base - area.top() - value_room)
    width = min(slot * 0.64, metrics.height() * 3.5)
    painter.setPen(QPen(MUTED, 1))
    painter.drawLine(QPointF(area.left(), base), QPointF(area.right(), base))
    bars: list[QRectF] = []
    for n, bar in enumerate(chart.bars):
        x = area.left() + n * slot + (slot - width) / 2
        filled = QRectF(
            x, base - height * chart.share(bar.value), width, height * chart.share(bar.value)
        )
        _fill(painter, filled, bar)
        bars.append(filled)
        painter.setFont(font)
        painter.setPen(INK)
        centred = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        painter.drawText(
            QRectF(area.left() + n * slot, filled.top() - value_room, slot, value_room),
            centred,
            bar.text,
        )
        painter.setFont(small)
        painter.setPen(MUTED)
        label = small_metrics.elidedText(chart.label_of(bar), Qt.TextElideMode.ElideRight, slot - 4)
        top_centred = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        painter.drawText(
            QRectF(area.left() + n * slot, base + 4, slot, label_room), top_centred, label
        )
    if chart.reference is not None:
        y = base - height * chart.share(chart.reference)
        _reference(
            painter,
            QPointF(area.left(), y),
            QPointF(area.right(), y),
            chart.reference_label,
            above=True,
        )
    return bars
