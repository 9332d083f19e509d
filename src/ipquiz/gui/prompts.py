"""Questions and warnings the window shows; kept apart from the widget classes, which are
heavier to import and not needed before the first paint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
) -> QMessageBox:
    """A message box that shows its text as typed: messages quote file names, paths and
    question texts, which must never be read as rich text."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question in the window's language (Qt's own buttons are translated too)."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = message_box(parent, QMessageBox.Icon.Question, title, text, yes | no)
    return box.exec() == yes


def warn(parent: QWidget, title: str, text: str) -> None:
    """Say what went wrong, in plain text, and wait for OK."""
    box = message_box(parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    box.exec()
