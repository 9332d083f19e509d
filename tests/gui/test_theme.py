"""The look's font: Chinese comes from the bundled subset, rarer characters from the system."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ipquiz.gui.theme import BUNDLED_FAMILY, apply_theme, register_bundled_fonts


def test_bundled_font_is_registered_once(qapp: QApplication) -> None:
    apply_theme(qapp)
    apply_theme(qapp)
    assert register_bundled_fonts()
    assert BUNDLED_FAMILY in QFontDatabase.families()
    assert sorted(QFontDatabase.styles(BUNDLED_FAMILY)) == ["Bold", "Regular"]


def drawn_with(text: str, font: QFont) -> list[tuple[str, str]]:
    """(family, style) of each run of glyphs Qt would draw `text` with."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), run.rawFont().styleName()) for run in layout.glyphRuns()]


def test_chinese_text_is_drawn_with_the_bundled_font(qapp: QApplication, qtbot: QtBot) -> None:
    apply_theme(qapp)
    label = QLabel()
    qtbot.addWidget(label)
    for bold, style in ((False, "Regular"), (True, "Bold")):
        font = QFont(label.font())
        font.setBold(bold)
        runs = drawn_with("知识产权：尊重知识、崇尚创新", font)
        assert runs == [(BUNDLED_FAMILY, style)]
        # A character beyond the subset still shows, from a system font after it.
        assert (BUNDLED_FAMILY, style) not in drawn_with("龘", font)
