"""The QPainter charts: bars as long as their values, words for every bar, emphasis that
is more than a colour, and the same drawing in a PDF."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from ipquiz.gui.chart_view import ChartView
from ipquiz.gui.charts import BAR, EMPHASIS, Bar, BarChart, paint_bars, paint_columns
from ipquiz.gui.fonts import app_font, register_bundled_fonts
from ipquiz.gui.paper import write_pdf

MASTERY = BarChart(
    title="掌握程度",
    bars=(
        Bar("专利", 0.8, "80%"),
        Bar("商标", 0.4, "40%", mark="✔"),
        Bar("著作权", 0.0, "0%"),
        Bar("Trade secrets and unfair competition", 1.0, "100%"),
    ),
    maximum=1.0,
    reference=0.6,
    reference_label="及格线 60%",
)


def draw(paint, chart: BarChart, size: tuple[int, int] = (600, 300)):  # type: ignore[no-untyped-def]
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(app_font())
    rects = paint(painter, QRectF(0, 0, *size), chart)
    painter.end()
    return image, rects


def colours_in(image: QImage, rect: QRectF) -> Counter[str]:
    r = rect.toRect()
    return Counter(
        image.pixelColor(x, y).name()
        for x in range(r.left() + 1, r.right() - 1)
        for y in range(r.top() + 1, r.bottom() - 1)
    )


@pytest.mark.parametrize("paint", [paint_bars, paint_columns])
def test_bars_are_as_long_as_their_values(qtbot: QtBot, paint) -> None:  # type: ignore[no-untyped-def]
    register_bundled_fonts()
    image, rects = draw(paint, MASTERY)
    length = [r.width() if paint is paint_bars else r.height() for r in rects]
    assert length[2] == 0
    assert length[0] == pytest.approx(2 * length[1], abs=1)
    assert length[3] == pytest.approx(length[0] / 0.8, abs=1)
    plain, emphasised = colours_in(image, rects[0]), colours_in(image, rects[1])
    assert plain.most_common(1)[0][0] == BAR.name()
    assert "#ffffff" not in plain
    # the emphasised bar: another colour, and hatched (white lines across it)
    assert emphasised.most_common(1)[0][0] == EMPHASIS.name()
    assert emphasised["#ffffff"] > 0.1 * emphasised.total()


def test_the_chart_in_words(qtbot: QtBot) -> None:
    assert MASTERY.summary() == (
        "掌握程度: 专利: 80%; 商标 ✔: 40%; 著作权: 0%; "
        "Trade secrets and unfair competition: 100%; 及格线 60%"
    )
    empty = BarChart(title="Next reviews", bars=(), maximum=1, empty_text="Nothing due")
    assert empty.summary() == "Next reviews: Nothing due"
    assert draw(paint_columns, empty)[1] == []
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(MASTERY)
    assert view.accessibleName() == "掌握程度"
    assert view.accessibleDescription() == MASTERY.summary()


def test_values_past_the_maximum_stop_at_a_full_bar(qtbot: QtBot) -> None:
    chart = BarChart(title="", bars=(Bar("a", 5, "5"), Bar("b", -1, "-1")), maximum=2)
    _, (full, none) = draw(paint_bars, chart)
    assert none.width() == 0
    assert full.width() > 0
    _, (alone,) = draw(paint_bars, BarChart(title="", bars=(Bar("a", 1, "1"),), maximum=0))
    assert alone.width() == 0


def test_the_same_chart_in_a_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "chart.pdf"
    write_pdf(out, [lambda painter, rect: paint_bars(painter, rect, MASTERY)], title="chart")
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.fail("pdftotext is missing: sh packaging/linux/system-deps.sh installs it")
    text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True).stdout
    for words in ("掌握程度", "专利", "80%", "商标 ✔", "及格线 60%"):
        assert words in text
