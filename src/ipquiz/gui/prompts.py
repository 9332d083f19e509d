"""Questions the window asks the user; kept apart from the widget classes, which are
heavier to import and not needed before the first paint."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question in the window's language (Qt's own buttons are translated too)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes
