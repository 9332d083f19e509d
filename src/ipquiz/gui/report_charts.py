"""The report's charts, the same on screen (gui/screens/results.py) and in the PDF
(gui/report_pdf.py): the score distribution, accuracy per topic, and a question's
distractor chart. Titles come from the caller, in the screen's or the report's language."""

from __future__ import annotations

from ipquiz.domain.class_report import ClassReport, QuestionReport
from ipquiz.domain.question import CHOICE_LETTERS
from ipquiz.domain.score_statistics import BINS
from ipquiz.gui.charts import Bar, BarChart


def distribution_chart(report: ClassReport, title: str) -> BarChart:
    """Attempts per 10-point band of the percentage."""
    counts = report.test.distribution
    bars = tuple(
        Bar(label=f"{band * 100 // BINS}–", value=count, text=str(count))
        for band, count in enumerate(counts)
    )
    return BarChart(title=title, bars=bars, maximum=max([1, *counts]))


def category_chart(report: ClassReport, lang: str, title: str) -> BarChart:
    """Accuracy (share of the credit earned) per topic; `lang` names the topics."""
    bars = tuple(
        Bar(
            label=report.category_name(category, lang),
            value=tally.accuracy or 0.0,
            text=f"{(tally.accuracy or 0.0) * 100:.0f}%",
        )
        for category, tally in report.categories.items()
    )
    return BarChart(title=title, bars=bars, maximum=1.0)


def distractor_chart(q: QuestionReport, lang: str, title: str, no_answer: str) -> BarChart:
    """Each choice's share, the key marked (hatched and ✔, never colour alone)."""
    texts = q.question.localized(lang).choices if q.question else ()
    bars = []
    for c in q.choices:
        if c.index is None:
            if not c.count:
                continue
            label = no_answer
        else:
            text = texts[c.index] if c.index < len(texts) else ""
            label = f"{CHOICE_LETTERS[c.index]}. {text}"
        bars.append(
            Bar(
                label=label,
                value=c.share,
                text=f"{c.share * 100:.0f}% ({c.count})",
                mark="✔" if c.key else "",
            )
        )
    return BarChart(title=title, bars=tuple(bars), maximum=1.0)


def figure(value: float | None, digits: int = 2) -> str:
    """A figure as the screen and the PDF show it: rounded, never "-0.00", "—" if unknown."""
    return "—" if value is None else f"{round(value, digits) + 0.0:.{digits}f}"
