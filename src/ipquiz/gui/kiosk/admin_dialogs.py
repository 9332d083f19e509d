"""File dialogs the operator opens from the admin panel.

Qt's own dialog (never the platform's), read-only (no Rename, Delete or New Folder for
whoever finds it open), parented to the panel so that leaving the panel (the operator's
Back, or the idle reset) closes it, and the kiosk's input guard counts the clicks inside
it as the operator's activity.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

OPTIONS = (
    QFileDialog.Option.DontUseNativeDialog
    | QFileDialog.Option.ReadOnly
    | QFileDialog.Option.DontResolveSymlinks
)


def choose(
    parent: QWidget, title: str, start: Path, *, folder: bool = False, filters: str = ""
) -> Path | None:
    """The chosen folder or file, or None (cancelled, or closed with the panel)."""
    dialog = QFileDialog(parent, title, str(start), filters)
    dialog.setObjectName("adminFileDialog")
    dialog.setOptions((OPTIONS | QFileDialog.Option.ShowDirsOnly) if folder else OPTIONS)
    dialog.setFileMode(
        QFileDialog.FileMode.Directory if folder else QFileDialog.FileMode.ExistingFile
    )
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()


def close_dialogs(panel: QWidget) -> None:
    """Close every dialog the panel (or a part of it) opened: file dialogs, and questions
    (which then give their safe answer)."""
    for dialog in panel.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
