"""Glyphs for a kiosk that runs for days: drawn once at start, at whole-pixel positions.

Qt keeps every glyph it has drawn, per font and size, for as long as the font is in use.
A kiosk shows the same thousand or so characters all day in a handful of text styles,
so those caches fill during the first visitors and then stay: a bounded cache, but one
that looks like a leak for hours. Two things keep it flat from the first visitor:

- Full hinting puts glyphs on whole pixels. With the default (slight) hinting Qt caches
  each glyph at up to four sub-pixel offsets, and mixed Chinese and Latin text reaches
  new offsets for weeks (measured: +0.7 MB per 500 characters at 40 px per offset).
  Hinted text is also the crisper one from 1.5 m.
- The question pool's characters are drawn once in each question text style when the
  kiosk starts (about 0.1 s and 7 MB for the shipped bank), so no visitor's screen
  waits for large Chinese glyphs to be rasterised, and growth after that is a real leak.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QWidget

from ipquiz.gui.widgets import PlainLabel

#: Object names of the labels that show question text or visitors' nicknames.
QUESTION_TEXT_STYLES = (
    "kioskPrompt",
    "choiceText",
    "answerLine",
    "explanationLine",
    "missedItem",
    "fact",
    "boardName",
)
CHUNK = 64  # characters per drawText call


def whole_pixel_font(font: QFont) -> QFont:
    """`font` with full hinting: one cached glyph per character, not one per offset."""
    hinted = QFont(font)
    hinted.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
    return hinted


def question_text_fonts(window: QWidget) -> list[QFont]:
    """The fonts the window's style sheet gives question text, one per distinct font."""
    fonts: dict[str, QFont] = {}
    for name in QUESTION_TEXT_STYLES:
        probe = PlainLabel(object_name=name, parent=window)
        probe.ensurePolished()
        font = QFont(probe.font())
        fonts.setdefault(font.key(), font)
        probe.setParent(None)
        probe.deleteLater()
    return list(fonts.values())


def prepare_glyphs(fonts: list[QFont], characters: str) -> None:
    """Rasterise `characters` in each font into Qt's glyph caches (drawn off screen)."""
    if not characters:
        return
    image = QImage(CHUNK, CHUNK, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        for font in fonts:
            painter.setFont(font)
            for start in range(0, len(characters), CHUNK):
                painter.drawText(0, CHUNK // 2, characters[start : start + CHUNK])
    finally:
        painter.end()
