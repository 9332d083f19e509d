"""Chinese line breaking at home: what Qt's own breaker does, and the question and title
labels keeping closing punctuation off a line's start and no one- or two-character last
line where a balanced break exists."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from line_checks import breaking_report, ink_rows
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ipquiz.domain.line_breaks import line_faults
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.theme import apply_theme, register_bundled_fonts
from ipquiz.gui.widgets import PlainLabel, wrapped_lines

ORPHANED = "把作品放到网上，让公众在自己选定的时间和地点观看，涉及著作权中的哪项权利？"


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_bank_questions_break_by_chinese_rules_at_home(
    qtbot: QtBot, open_window: Callable[..., MainWindow], size: tuple[int, int]
) -> None:
    window = open_window(lang="zh-CN", size=size)
    qtbot.mouseClick(window.start.start_button, Qt.MouseButton.LeftButton)
    closing, faulty, left = breaking_report(window.question.prompt)
    assert closing == 0  # Qt's own breaker already keeps ，。？） off a line's start
    assert faulty > 0  # but leaves orphans ("…哪项权" over "利？")
    assert left == []  # which the label never draws


def test_an_orphan_is_drawn_balanced_in_as_many_lines(qapp: QApplication, qtbot: QtBot) -> None:
    apply_theme(qapp)
    register_bundled_fonts()
    label = PlainLabel(ORPHANED, object_name="prompt")
    label.setStyleSheet("background: #ffffff")
    qtbot.addWidget(label)
    label.ensurePolished()
    # Just too narrow for the last two characters: Qt alone leaves "利？" alone.
    width = label.fontMetrics().horizontalAdvance(ORPHANED[:-2]) + 4
    label.resize(width, label.heightForWidth(width))
    alone = wrapped_lines(ORPHANED, label.font(), width)
    assert alone[-1] == "利？"
    drawn = label.shown_lines()
    assert len(drawn) == len(alone) == 2
    assert line_faults(drawn) == []
    assert abs(len(drawn[0]) - len(drawn[1])) <= 2  # balanced
    assert label.text() == ORPHANED  # what a screen reader reads is the text itself
    rows = ink_rows(label)
    assert len(rows) == 2
    char = label.font().pixelSize()
    assert rows[1][0] > 10 * char  # the last line on screen is more than "利？"
    assert max(w for w, _ in rows) < width - 4 * char  # drawn at the balanced width
