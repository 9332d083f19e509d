"""A visible focus ring: Tab through the start screen and the kiosk admin, and the control
with focus has a ring around it that stands out from the page (WCAG 2.4.7, 3:1)."""

from __future__ import annotations

from typing import cast

import pytest
from focus_rings import ring_problems
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from ipquiz.gui.focus_ring import Ring, show_focus_ring
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


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen popups
def test_an_open_drop_down_list_rings_inside_its_own_popup(qtbot: QtBot) -> None:
    """The list a combo box drops down is a window of its own: its ring is drawn in it,
    never in the window below at the list's coordinates (a stray frame over the page)."""
    page = QWidget()
    page.resize(600, 400)
    combo = QComboBox(page)
    combo.addItems(["初二(3)班", "初二(4)班", "初二(5)班"])
    combo.setGeometry(40, 40, 400, 48)
    qtbot.addWidget(page)
    show_focus_ring(cast(QApplication, QApplication.instance()))
    page.show()
    qtbot.waitExposed(page)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(lambda: view.isVisible() and QApplication.focusWidget() is view)
    rings = [r for r in QApplication.allWidgets() if isinstance(r, Ring) and r.isVisible()]
    assert rings, "the list has no ring"
    assert all(r.window() is view.window() for r in rings), "a ring is drawn outside the list"
    combo.hidePopup()
