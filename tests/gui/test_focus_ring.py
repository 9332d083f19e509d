"""A visible focus ring: Tab through the start screen and the kiosk admin, and the control
with focus has a ring around it that stands out from the page (WCAG 2.4.7, 3:1)."""

from __future__ import annotations

from focus_rings import ring_problems
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ipquiz.gui.main_window import MainWindow


def test_tabbing_through_the_start_screen_rings_each_control(
    qtbot: QtBot, window: MainWindow
) -> None:
    seen = set()
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused.objectName() in ("", "focusRing") or not window.start.isAncestorOf(focused):
            continue
        seen.add(type(focused).__name__)
        assert ring_problems(window) == [], focused.objectName()
    assert "QPushButton" in seen
