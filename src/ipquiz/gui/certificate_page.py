"""A certificate drawn on a landscape A4 page (gui/paper.py makes it a PDF or prints it).

Every line is drawn as plain text (a name is never read as markup); Chinese comes out in
the bundled font, which the PDF embeds.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen

from ipquiz.domain.certificates import CertificateFacts
from ipquiz.domain.language import ZH
from ipquiz.gui.fonts import paper_font
from ipquiz.gui.paper import Page, paint_pages, write_pdf
from ipquiz.reports.certificate_text import CertificatePage, certificate_pages

INK = QColor("#1f2937")
ACCENT = QColor("#0b4f8a")  # deep blue: prints well in colour and in grey
MUTED = QColor("#4b5563")
CENTRED = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
WRAP = int(CENTRED) | int(Qt.TextFlag.TextWordWrap)


def _text(
    painter: QPainter,
    top: float,
    rect: QRectF,
    text: str,
    *,
    size: int,
    bold: bool = False,
    colour: QColor = INK,
    spacing: float = 0.0,
) -> float:
    """Draw `text` centred and wrapped below `top`; returns where the next line starts."""
    if not text:
        return top
    font = paper_font()
    font.setPixelSize(size)
    font.setBold(bold)
    if spacing:
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
    painter.setFont(font)
    painter.setPen(colour)
    box = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
    used = painter.boundingRect(box, WRAP, text)
    painter.drawText(box, WRAP, text)
    return top + used.height()


def _frame(painter: QPainter, rect: QRectF) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(ACCENT, 4))
    painter.drawRect(rect)
    painter.setPen(QPen(ACCENT, 1))
    painter.drawRect(rect.adjusted(10, 10, -10, -10))


def _seal(painter: QPainter, centre: QPointF, radius: float) -> None:
    """A round mark with a tick: decoration, the code below it is what proves anything."""
    painter.setPen(QPen(ACCENT, 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(QPen(ACCENT, 1))
    painter.drawEllipse(centre, radius - 6, radius - 6)
    font = paper_font(int(radius * 0.9))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(ACCENT)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "✔")


def paint_certificate(painter: QPainter, rect: QRectF, page: CertificatePage) -> None:
    _frame(painter, rect)
    inner = rect.adjusted(60, 36, -60, -30)
    # Spaced-out Latin capitals look engraved; spaced 汉字 would be read back from the PDF
    # as separate words, so Chinese is set solid.
    spaced = 0.0 if page.lang == ZH else 1.0
    y = _text(painter, inner.top(), inner, page.issuer, size=16, colour=MUTED, spacing=2 * spaced)
    y = _text(
        painter, y + 10, inner, page.title, size=52, bold=True, colour=ACCENT, spacing=3 * spaced
    )
    y = _text(painter, y + 2, inner, page.subject, size=20, colour=MUTED)
    y = _text(painter, y + 30, inner, page.certifies, size=18)
    y = _text(painter, y + 8, inner, page.name, size=40, bold=True)
    painter.setPen(QPen(ACCENT, 1))
    line = inner.width() * 0.25
    painter.drawLine(QPointF(inner.left() + line, y + 6), QPointF(inner.right() - line, y + 6))
    y = _text(painter, y + 22, inner, page.achievement, size=22, bold=True)
    y = _text(painter, y + 8, inner, page.score, size=18)
    y = _text(painter, y + 6, inner, page.date, size=18)
    bottom = QRectF(inner.left(), inner.bottom() - 52, inner.width(), 52)
    topics = QRectF(inner.left() + 110, y + 14, inner.width() - 220, bottom.top() - y - 24)
    size = _fitting(painter, topics, page.topics)
    _text(painter, topics.top(), topics, page.topics, size=size, colour=MUTED)
    y = _text(painter, bottom.top(), bottom, page.code, size=17, bold=True)
    _text(painter, y + 4, bottom, page.check, size=13, colour=MUTED)
    _seal(painter, QPointF(inner.right() - 44, inner.bottom() - 44), 38)


def _fitting(painter: QPainter, box: QRectF, text: str, largest: int = 15) -> int:
    """The largest font size (down to 9 px) at which `text` fits `box` when wrapped."""
    font = paper_font()
    for size in range(largest, 8, -1):
        font.setPixelSize(size)
        painter.setFont(font)
        if painter.boundingRect(box, WRAP, text).height() <= box.height():
            return size
    return 9


def certificate_page_painters(facts: CertificateFacts, choice: str) -> list[Page]:
    """One page painter per language of `choice` (a language, or "both")."""

    def painter_for(page: CertificatePage) -> Page:
        return lambda painter, rect: paint_certificate(painter, rect, page)

    return [painter_for(page) for page in certificate_pages(facts, choice)]


def pdf_title(facts: CertificateFacts) -> str:
    return f"IP Quiz certificate {facts.code}"


def write_certificate(path: Path, facts: CertificateFacts, choice: str) -> None:
    """The certificate as a PDF file (one landscape A4 page per language)."""
    write_pdf(
        path, certificate_page_painters(facts, choice), title=pdf_title(facts), landscape=True
    )


def print_certificate(device: QPagedPaintDevice, facts: CertificateFacts, choice: str) -> None:
    """The same pages onto a printer the print dialog set up."""
    pages: Sequence[Page] = certificate_page_painters(facts, choice)
    paint_pages(device, pages)
