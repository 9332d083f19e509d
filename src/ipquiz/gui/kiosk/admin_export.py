"""The admin panel's export, made for a finger: one big button per USB drive found.

Plugging in a stick and tapping its button is the whole job; the search (the mounted
volumes from Qt, the rules in services/drives.py) runs off the UI thread, like the
export. While it writes, a progress bar runs and the drive's button says so; the result
says how many answers went where, and that the drive can be removed (the file is
flushed to it before that). Another folder… keeps the file dialog for anything else.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStorageInfo, Signal
from PySide6.QtWidgets import QGridLayout, QProgressBar, QVBoxLayout, QWidget

from ipquiz.gui.kiosk.base import label, tap_button
from ipquiz.gui.widgets import WrapRow
from ipquiz.services.drives import Mount


def mounted_volumes() -> list[Mount]:
    """Every mounted, ready volume as Qt sees it (QStorageInfo)."""
    return [
        Mount(
            root=volume.rootPath(),
            device=bytes(volume.device().data()).decode("utf-8", "replace"),
            name=volume.name(),
            read_only=volume.isReadOnly(),
            free_bytes=volume.bytesAvailable(),
        )
        for volume in QStorageInfo.mountedVolumes()
        if volume.isValid() and volume.isReady()
    ]


def size_text(size: int | None) -> str:
    if size is None or size < 0:
        return ""
    for unit, scale in (("GB", 1e9), ("MB", 1e6)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size / 1e3:.0f} kB"


class DriveExport(QWidget):
    """One button per removable drive; `chosen` carries the drive tapped."""

    chosen = Signal(object)  # Mount
    search_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drives: list[Mount] = []
        self.buttons: list = []
        self.writing: Mount | None = None
        self.searching = False
        self.heading = label("fieldCaption")
        self.none_found = label("small")
        self.grid = QGridLayout()
        self.search_button = tap_button("secondary")
        self.search_button.clicked.connect(self.search_requested)
        self.other_button = tap_button("secondary")  # the file dialog, for any folder
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 0)  # one step that takes as long as it takes
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.result = label("exportResult")
        self.result.hide()
        row = WrapRow(spacing=12, most=2)  # one a row when their words do not fit side by side
        row.append(self.search_button)
        row.append(self.other_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addLayout(self.grid)
        column.addWidget(self.none_found)
        column.addWidget(row)
        column.addWidget(self.progress)
        column.addWidget(self.result)
        self.columns = 2
        self.retranslate()

    def show_searching(self) -> None:
        self.searching = True
        self.retranslate()

    def show_drives(self, drives: Sequence[Mount]) -> None:
        self.searching = False
        self.drives = list(drives)
        for button in self.buttons:
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for n, drive in enumerate(self.drives):
            button = tap_button("driveButton")
            button.setMinimumHeight(self.search_button.minimumHeight())
            button.clicked.connect(lambda _=False, d=drive: self.chosen.emit(d))
            self.grid.addWidget(button, n // self.columns, n % self.columns)
            self.buttons.append(button)
        self.retranslate()

    def set_writing(self, drive: Mount | None) -> None:
        """A drive being written to (None: done): the bar runs, no second tap starts."""
        self.writing = drive
        self.progress.setVisible(drive is not None)
        for button in (*self.buttons, self.search_button, self.other_button):
            button.setEnabled(drive is None)
        if drive is not None:
            self.result.hide()
        self.retranslate()

    def say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Export results to a USB drive: one tap on the drive"))
        self.search_button.setText(self.tr("Look for drives again"))
        self.other_button.setText(self.tr("Another folder…"))
        self.none_found.setText(
            self.tr("Looking for USB drives…")
            if self.searching
            else self.tr("No USB drive found: plug one in, then look again.")
        )
        self.none_found.setVisible(self.searching or not self.drives)
        for drive, button in zip(self.drives, self.buttons, strict=True):
            free = size_text(drive.free_bytes)
            text = (
                self.tr("Writing to {0}…").format(drive.label)
                if drive == self.writing
                else self.tr("⏏ {0}  ({1} free)").format(drive.label, free)
                if free
                else f"⏏ {drive.label}"
            )
            button.setText(text)
            button.setAccessibleName(self.tr("Export the results to {0}").format(drive.label))
            button.setAccessibleDescription(drive.root)
