"""`ipquiz --kiosk`'s window on the real clock: one heartbeat while it runs, none after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ipquiz.config import resolve_locations
from ipquiz.gui.kiosk.launch import create_kiosk_window
from ipquiz.gui.theme import apply_theme


def test_the_real_clock_runs_one_heartbeat_and_stops_it(
    qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    apply_theme(qapp)
    window = create_kiosk_window(resolve_locations(data_dir=str(data_dir)), lang="en")
    window.resize(1280, 800)
    window.show()
    window.load()
    qtbot.waitUntil(lambda: window.kiosk is not None, timeout=20_000)
    assert window.screen() is not None
    assert window.stack.currentWidget() is window.pin_pad  # a new kiosk asks for a PIN first
    running = [t for t in window.findChildren(QTimer) if t.isActive()]
    assert running == [window.clock.heartbeat]
    before = window.clock.now_ms()
    qtbot.waitUntil(lambda: window.clock.now_ms() > before + 150, timeout=2000)
    window.may_close = True
    window.close()
    assert not window.clock.heartbeat.isActive()
    assert window.services is None  # the database is closed
    window.deleteLater()
