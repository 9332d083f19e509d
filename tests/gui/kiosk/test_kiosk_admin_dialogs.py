"""A file dialog opened from the admin panel: the operator's clicks in it count as
activity, and it closes with the panel (the idle reset included), so the next visitor
never finds it open; it offers no Rename, Delete or New Folder."""

from __future__ import annotations

from kiosk_driver import PIN, Kiosk
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from ipquiz.domain.kiosk import STILL_THERE_SECONDS


def open_dialogs() -> list[QFileDialog]:
    return [w for w in QApplication.allWidgets() if isinstance(w, QFileDialog) and w.isVisible()]


def test_the_export_dialog_counts_activity_and_closes_with_the_panel(kiosk: Kiosk) -> None:
    window = kiosk.window
    window.open_pin_pad()
    kiosk.enter_pin(PIN)
    assert kiosk.screen is window.admin
    idle = window.settings.idle_seconds
    seen: dict[str, object] = {}

    def inside_the_dialog() -> None:
        dialogs = open_dialogs()
        seen["dialogs"] = len(dialogs)
        dialog = dialogs[0]
        seen["read_only"] = dialog.testOption(QFileDialog.Option.ReadOnly)
        seen["qt_dialog"] = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        kiosk.advance(idle - 5)
        QTest.mouseClick(dialog, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # the operator
        seen["idle_after_click"] = window.guard.idle_ms()
        kiosk.advance(idle - 5)  # a click restarted the idle time: still in the panel
        seen["screen_after_click"] = kiosk.screen
        kiosk.advance(idle + STILL_THERE_SECONDS + 1)  # then nobody: the idle reset
        seen["open_after_reset"] = len(open_dialogs())
        for left_open in open_dialogs():  # so that a failing test ends
            left_open.reject()

    QTimer.singleShot(0, inside_the_dialog)
    window.admin._on_export()  # the dialog's own event loop runs until it is closed
    assert seen["dialogs"] == 1
    assert seen["read_only"] is True  # no Rename, Delete or New Folder
    assert seen["qt_dialog"] is True
    assert seen["idle_after_click"] == 0
    assert seen["screen_after_click"] is window.admin
    assert seen["open_after_reset"] == 0
    assert kiosk.screen is window.attract
    assert open_dialogs() == []
    assert "written" not in window.admin.status.text()  # nothing was exported
