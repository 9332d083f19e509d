"""The class report on A4 pages (gui/paper.py makes them a PDF or prints them): a summary
page with the figures, the score distribution, the topics and the flagged questions, then
one page per question with its statistics, its distractor chart and its explanation.

QtCore and QtGui only: the command line draws it without a window. Every text is drawn
as plain text in the bundled font (Chinese included), which the PDF embeds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLineF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPageLayout, QPainter, QPen

from ipquiz.domain.class_report import ClassReport, QuestionReport
from ipquiz.domain.question import CHOICE_LETTERS
from ipquiz.gui.charts import BarChart, paint_bars, paint_columns
from ipquiz.gui.fonts import paper_font
from ipquiz.gui.paper import UNITS_PER_INCH, Page, headless_app, page_layout, write_pdf
from ipquiz.gui.report_charts import category_chart, distractor_chart, distribution_chart, figure
from ipquiz.reports.report_words import flags_text, word

INK = QColor("#1f2937")
MUTED = QColor("#4b5563")
ACCENT = QColor("#0b4f8a")
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)


class _Pen:
    """Writes lines down a page from `top`, wrapping at the page's width."""

    def __init__(self, painter: QPainter, rect: QRectF) -> None:
        self.painter = painter
        self.rect = rect
        self.top = rect.top()

    def text(
        self, text: str, *, size: int = 13, bold: bool = False, colour: QColor = INK, gap: float = 4
    ) -> None:
        if not text:
            return
        font = paper_font(size)
        font.setBold(bold)
        self.painter.setFont(font)
        self.painter.setPen(colour)
        box = QRectF(self.rect.left(), self.top, self.rect.width(), self.rect.bottom() - self.top)
        used = self.painter.boundingRect(box, WRAP, text)
        self.painter.drawText(box, WRAP, text)
        self.top += used.height() + gap

    def rule(self) -> None:
        self.painter.setPen(QPen(ACCENT, 1.5))
        self.painter.drawLine(QLineF(self.rect.left(), self.top, self.rect.right(), self.top))
        self.top += 8

    def pairs(self, rows: list[tuple[str, str]], *, size: int = 13) -> None:
        """Two columns of a label and its figure; a long label wraps onto a second line."""
        font = paper_font(size)
        self.painter.setFont(font)
        metrics = QFontMetricsF(font)
        half = self.rect.width() / 2
        label_width, value_width = half * 0.66, half * 0.32
        for start in range(0, len(rows), 2):
            line = 0.0
            for n, (label, value) in enumerate(rows[start : start + 2]):
                x = self.rect.left() + n * half
                box = QRectF(x, self.top, label_width, 1000)
                self.painter.setPen(MUTED)
                used = self.painter.boundingRect(box, WRAP, label)
                self.painter.drawText(box, WRAP, label)
                self.painter.setPen(INK)
                self.painter.drawText(
                    QRectF(x + label_width, self.top, value_width, 1000), WRAP, value
                )
                line = max(line, used.height(), metrics.height())
            self.top += line + metrics.height() * 0.25
        self.top += 6

    def chart(self, chart: BarChart, height: float, *, columns: bool = False) -> None:
        self.painter.setFont(paper_font(12))
        area = QRectF(self.rect.left(), self.top, self.rect.width(), height)
        (paint_columns if columns else paint_bars)(self.painter, area, chart)
        self.top += height + 8


def _figure(value: float | None, digits: int = 1) -> str:
    return figure(value, digits)


def summary_page(report: ClassReport, lang: str, scope: str) -> Page:
    def paint(painter: QPainter, rect: QRectF) -> None:
        pen = _Pen(painter, rect)
        t = report.test
        pen.text(word("title", lang), size=24, bold=True, colour=ACCENT)
        pen.text(
            f"{word('made_at', lang)}: {report.made_at:%Y-%m-%d %H:%M} · {scope}", colour=MUTED
        )
        pen.rule()
        pen.pairs(
            [
                (word("attempts", lang), str(t.attempts)),
                (word("people", lang), str(len(report.trends))),
                (word("mean", lang), _figure(t.mean)),
                (word("median", lang), _figure(t.median)),
                (word("sd", lang), _figure(t.sd)),
                (
                    word("lowest", lang) + " / " + word("highest", lang),
                    f"{_figure(t.lowest)} / {_figure(t.highest)}",
                ),
                (word("reliability", lang), _figure(t.reliability, 2)),
                (word("sem", lang), _figure(t.sem)),
            ]
        )
        for note in t.notes:
            pen.text("• " + word(note, lang), size=12, colour=MUTED, gap=2)
        pen.top += 6
        pen.chart(distribution_chart(report, word("distribution", lang)), 200, columns=True)
        if report.categories:
            rows = len(report.categories)
            pen.chart(
                category_chart(report, lang, word("by_category", lang)), min(220.0, 40 + 26 * rows)
            )
        if report.stand.lines:
            _stand(pen, report, lang)
        pen.text(word("flagged", lang), size=15, bold=True)
        flagged = report.flagged
        if not flagged:
            pen.text(word("no_flags", lang), colour=MUTED)
        for q in flagged:
            if pen.top > rect.bottom() - 40:
                pen.text("…", colour=MUTED)
                break
            prompt = q.question.localized(lang).prompt if q.question else ""
            pen.text(
                f"{q.question_id}  F={_figure(q.stats.facility, 2)}  "
                f"D={_figure(q.stats.discrimination, 2)}  r={_figure(q.stats.item_rest, 2)}",
                size=12,
                bold=True,
                gap=0,
            )
            pen.text(f"{_short(prompt)} — {flags_text(q.stats.flags, lang)}", size=12, gap=6)

    return paint


def _stand(pen: _Pen, report: ClassReport, lang: str) -> None:
    """Kiosk rounds: each station and the whole stand over the days in the report."""
    pen.text(word("stand", lang), size=15, bold=True)
    for line in report.stand.lines:
        if line.day is not None:
            continue  # the PDF keeps to the totals; the workbook has every day
        missed = report.stand.most_missed.get(line.station, ())
        pen.text(
            f"{line.station or word('whole_stand', lang)}: {word('rounds', lang)} {line.rounds}, "
            f"{word('visitors', lang)} {line.visitors}, {word('mean_share', lang)} "
            f"{line.mean_share * 100:.0f} · {word('most_missed', lang)}: "
            + ", ".join(qid for qid, _, _ in missed[:3]),
            size=12,
            gap=2,
        )
    pen.top += 6


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _question(pen: _Pen, q: QuestionReport, number: int, lang: str) -> None:
    """One question's block: what was asked, its figures, its choices, its explanation."""
    s = q.stats
    pen.text(f"{word('question_page', lang)} {number} · {q.question_id}", size=13, colour=MUTED)
    text = q.question.localized(lang) if q.question else None
    pen.text(text.prompt if text else q.question_id, size=17, bold=True)
    pen.rule()
    pen.pairs(
        [
            (word("asked", lang), str(s.asked)),
            (word("correct", lang), str(s.correct)),
            (word("facility", lang), _figure(s.facility, 2)),
            (word("discrimination", lang), _figure(s.discrimination, 2)),
            (word("item_rest", lang), _figure(s.item_rest, 2)),
            (word("efficiency", lang), _figure(s.efficiency, 2)),
        ]
    )
    if s.flags:
        pen.text("⚑ " + flags_text(s.flags, lang), size=13, bold=True)
    chart = distractor_chart(q, lang, word("share", lang), word("no_answer", lang))
    pen.chart(chart, _chart_height(chart))
    groups = [
        f"{CHOICE_LETTERS[c.index]} {c.upper_share * 100:.0f}% / {(c.lower_share or 0) * 100:.0f}%"
        for c in q.choices
        if c.index is not None and c.upper_share is not None
    ]
    if groups:
        pen.text(
            f"{word('upper_share', lang)} / {word('lower_share', lang)}: " + ", ".join(groups),
            size=12,
            colour=MUTED,
        )
    if text and text.explanation:
        pen.text(word("explanation", lang), size=14, bold=True, gap=2)
        pen.text(text.explanation, size=13)


def _chart_height(chart: BarChart) -> float:
    return 50 + 34 * max(1, len(chart.bars))


def question_height(q: QuestionReport, lang: str, width: float) -> float:
    """About how tall `_question` draws `q` (measured with the same fonts), for packing."""

    def tall(text: str, size: int, bold: bool = False) -> float:
        font = paper_font(size)
        font.setBold(bold)
        box = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10_000), WRAP, text)
        return box.height() + 4

    text = q.question.localized(lang) if q.question else None
    height = tall("Q", 13) + tall(text.prompt if text else q.question_id, 17, True) + 8
    labels = [word(k, lang) for k in ("asked", "facility", "item_rest")]
    height += sum(tall(label, 13) for label in labels) + 6
    if q.stats.flags:
        height += tall("⚑ " + flags_text(q.stats.flags, lang), 13, True)
    height += (
        _chart_height(distractor_chart(q, lang, word("share", lang), word("no_answer", lang)))
        + 8
        + tall("x", 12)
    )
    if text and text.explanation:
        height += tall("x", 14, True) + tall(text.explanation, 13)
    return height + QUESTION_GAP


#: Space between two questions on a page.
QUESTION_GAP = 24.0


def question_page(questions: list[tuple[int, QuestionReport]], lang: str) -> Page:
    def paint(painter: QPainter, rect: QRectF) -> None:
        pen = _Pen(painter, rect)
        for number, q in questions:
            _question(pen, q, number, lang)
            pen.top += QUESTION_GAP

    return paint


def pack(heights: list[float], room: float) -> list[list[int]]:
    """Indices of `heights` in order, as many on each page as fit in `room` (one at least)."""
    pages: list[list[int]] = []
    used = room
    for n, height in enumerate(heights):
        if used + height > room and (not pages or pages[-1]):
            pages.append([])
            used = 0.0
        pages[-1].append(n)
        used += height
    return pages


def _page_size() -> QSizeF:
    """The A4 page's printable area in 1/96 inch."""
    area = page_layout(landscape=False).paintRect(QPageLayout.Unit.Inch)
    return QSizeF(area.width() * UNITS_PER_INCH, area.height() * UNITS_PER_INCH)


def report_pages(report: ClassReport, lang: str, scope: str) -> list[Page]:
    """The summary page, then the questions, as many to a page as fit."""
    size = _page_size()
    numbered = list(enumerate(report.questions, start=1))
    heights = [question_height(q, lang, size.width()) for _, q in numbered]
    return [
        summary_page(report, lang, scope),
        *(
            question_page([numbered[i] for i in page], lang)
            for page in pack(heights, size.height())
        ),
    ]


def write_report_pdf(report: ClassReport, path: Path, lang: str, scope: str) -> None:
    """The report as a PDF file (written whole or not at all)."""
    headless_app()  # the fonts are measured before the pages are drawn
    write_pdf(path, report_pages(report, lang, scope), title=word("title", lang))
