"""The look's font: Chinese comes from the bundled subset, rarer characters from the system."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ipquiz.gui import main_window
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.screens.start import StartScreen
from ipquiz.gui.theme import BUNDLED_FAMILY, apply_theme, register_bundled_fonts


def test_bundled_font_is_registered_once(qapp: QApplication) -> None:
    apply_theme(qapp)
    assert register_bundled_fonts()
    assert register_bundled_fonts()
    assert QFontDatabase.families().count(BUNDLED_FAMILY) == 1
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
    register_bundled_fonts()
    label = QLabel()
    qtbot.addWidget(label)
    for bold, style in ((False, "Regular"), (True, "Bold")):
        font = QFont(label.font())
        font.setBold(bold)
        runs = drawn_with("知识产权：尊重知识、崇尚创新", font)
        assert runs == [(BUNDLED_FAMILY, style)]
        # A character beyond the subset still shows, from a system font after it.
        assert (BUNDLED_FAMILY, style) not in drawn_with("龘", font)


def test_home_window_adds_the_font_before_its_first_screen(
    qapp: QApplication, open_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    screens_then: list[int] = []

    def spy() -> bool:
        screens_then.append(sum(isinstance(w, StartScreen) for w in qapp.allWidgets()))
        return register_bundled_fonts()

    monkeypatch.setattr(main_window, "register_bundled_fonts", spy)
    window = open_window()
    assert window.start is not None
    assert screens_then == [0]


def test_no_text_is_slanted_chinese_has_no_italics(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    """The source line after an answer is set apart by size and colour, not a faux italic."""
    window = open_window(lang="zh-CN")
    qtbot.mouseClick(window.start.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.question, Qt.Key.Key_1)
    qtbot.keyClick(window.question, Qt.Key.Key_Return)
    shown = [w for w in window.findChildren(QLabel) if w.isVisible() and w.text()]
    assert any(w.objectName() == "source" for w in shown)
    assert [w.text() for w in shown if w.font().italic()] == []
