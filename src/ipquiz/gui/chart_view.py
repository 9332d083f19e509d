"""A chart on screen: one of gui/charts.py's bar charts as a widget.

The chart's words (chart.summary) are its accessible description, so a screen reader
reads what the bars show, and the widget takes keyboard focus so it can be reached.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ipquiz.gui.charts import BarChart, paint_bars, paint_columns


class ChartView(QWidget):
    """Horizontal bars (`columns=False`) or columns side by side."""

    def __init__(self, *, columns: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self.chart = BarChart(title="", bars=(), maximum=1.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_chart(self, chart: BarChart) -> None:
        self.chart = chart
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(chart.summary())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        if self._columns:
            return QSize(120 * max(1, len(self.chart.bars)), line * 11)
        return QSize(360, int(line * (2 + 2.2 * max(1, len(self.chart.bars)))))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        rows = 1 if self._columns else max(1, len(self.chart.bars))
        return QSize(240, int(line * (3 + (6 if self._columns else 1.6 * rows))))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        paint = paint_columns if self._columns else paint_bars
        paint(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self.chart)
        painter.end()
