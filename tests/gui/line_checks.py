"""Chinese line breaking checked on the shipped bank's texts, as a label draws them."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from ipquiz.bank.bundle import read_bank
from ipquiz.domain.line_breaks import CLOSING, line_faults
from ipquiz.gui.widgets import PlainLabel, wrapped_lines

ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def bank_prompts() -> tuple[str, ...]:
    """Every question of the shipped bank, in both languages."""
    bank = read_bank(ROOT / "questions")
    return tuple(sorted({t.prompt for q in bank.questions for t in q.texts.values()}))


def label_like(shown: PlainLabel) -> PlainLabel:
    """A label with the font and text width of one on screen, to try texts in."""
    label = PlainLabel()
    label.setFont(shown.font())
    label.resize(shown.text_rect().width(), 400)
    return label


def balanced_exists(text: str, font: QFont, width: int, count: int) -> bool:
    """Whether any width up to `width` breaks `text` in `count` lines without a fault."""
    for w in range(width, 0, -1):
        lines = wrapped_lines(text, font, w)
        if len(lines) > count:
            return False
        if len(lines) == count and not line_faults(lines):
            return True
    return False


def breaking_report(shown: PlainLabel) -> tuple[int, int, list[str]]:
    """Over the bank at `shown`'s font and width: the texts Qt alone starts a line with
    closing punctuation in, the texts Qt alone leaves faulty (orphans), and the texts
    the label still draws with a fault although a balanced layout exists."""
    label = label_like(shown)
    width = label.text_rect().width()
    closing = faulty = 0
    left: list[str] = []
    for text in bank_prompts():
        label.setText(text)
        alone = wrapped_lines(text, label.font(), width)
        closing += any(line.strip()[:1] in CLOSING for line in alone[1:])
        faulty += bool(line_faults(alone))
        drawn = label.shown_lines()
        if line_faults(drawn) and balanced_exists(text, label.font(), width, len(drawn)):
            left.append(f"{line_faults(drawn)}: {drawn}")
    return closing, faulty, left


def ink_rows(widget: QWidget) -> list[tuple[int, int]]:
    """Each drawn line of text as (its width of ink, its height of ink), from a grab."""
    image = widget.grab().toImage()
    background = image.pixelColor(0, 0)
    bands: list[tuple[int, int]] = []
    row_start = None
    left, right = image.width(), -1
    for y in range(image.height() + 1):
        xs = (
            [x for x in range(image.width()) if image.pixelColor(x, y) != background]
            if y < image.height()
            else []
        )
        if xs and row_start is None:
            row_start, left, right = y, xs[0], xs[-1]
        elif xs:
            left, right = min(left, xs[0]), max(right, xs[-1])
        elif row_start is not None:
            bands.append((right - left + 1, y - row_start))
            row_start = None
    return bands
