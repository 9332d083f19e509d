"""Pages for paper: one set of painting callables drawn into a PDF file or onto a printer.

QtCore and QtGui only, no widgets: the command line renders PDFs without a window
(`headless_app` starts Qt's offscreen platform when no application runs), and the window
prints the same pages through its print dialog. Every page is painted in units of
1/96 inch, as on a screen at 100 %, so pixel-sized fonts and the chart helpers
(gui/charts.py) look the same on paper as in the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from ipquiz.gui.fonts import paper_font, register_bundled_fonts
from ipquiz.safe_files import write_bytes

#: Paints one page into the given rectangle (units of 1/96 inch, margins already taken).
Page = Callable[[QPainter, QRectF], None]

UNITS_PER_INCH = 96
PDF_DPI = 300
MARGIN_MM = 15.0

_headless: list[QGuiApplication] = []  # kept alive for the rest of the process


def headless_app() -> QGuiApplication:
    """The running Qt application, or a new one on the offscreen platform (no window, no
    display needed); the bundled fonts are registered either way."""
    app = QGuiApplication.instance()
    if app is None:
        _headless.append(QGuiApplication(["ipquiz", "-platform", "offscreen"]))
        app = _headless[0]
    register_bundled_fonts()
    assert isinstance(app, QGuiApplication)
    return app


def page_layout(*, landscape: bool) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def paint_pages(device: QPagedPaintDevice, pages: Sequence[Page]) -> None:
    """Paint `pages` onto a PDF writer or a printer, one sheet each."""
    if not pages:
        raise ValueError("nothing to print: no pages")
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF file could not be opened for drawing")
    try:
        dpi = device.logicalDpiX()
        scale = dpi / UNITS_PER_INCH
        area = device.pageLayout().paintRectPixels(dpi)
        rect = QRectF(0, 0, area.width() / scale, area.height() / scale)
        for number, page in enumerate(pages):
            if number:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.setFont(paper_font())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            page(painter, rect)
            painter.restore()
    finally:
        painter.end()


def pdf_bytes(pages: Sequence[Page], *, title: str, landscape: bool = False) -> bytes:
    """The PDF of `pages` (A4), with the bundled fonts embedded as used."""
    headless_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("IP Quiz")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(landscape=landscape))
    paint_pages(writer, pages)
    del writer  # flushes the PDF's end into the buffer
    buffer.close()
    return bytes(buffer.data().data())


def write_pdf(path: Path, pages: Sequence[Page], *, title: str, landscape: bool = False) -> None:
    """Write the PDF of `pages` to `path` whole, or not at all (an existing file is kept
    until the new one is complete)."""
    write_bytes(path, pdf_bytes(pages, title=title, landscape=landscape))
