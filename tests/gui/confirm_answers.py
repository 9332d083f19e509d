"""Answering the app's yes/no card in a test: it runs its own event loop while it is up,
so the answer is given from inside it, once it shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ipquiz.gui.prompts import ConfirmDialog


@dataclass
class Seen:
    """What the question looked like when it was on screen."""

    buttons: dict[str, str] = field(default_factory=dict)  # object name: text
    heights: list[int] = field(default_factory=list)
    background: str = ""
    default: str = ""
    clipped: list[str] = field(default_factory=list)  # texts given less height than they need


def answer_when_asked(qtbot: QtBot, how: Qt.Key | str | Callable[[], object]) -> Seen:
    """Once the question is up: note its look, then press `how` (a key), click the button
    of that object name ("primary", "danger", "secondary") or call it (time passes…)."""
    seen = Seen()

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConfirmDialog) or not dialog.isVisible():
            QTimer.singleShot(10, act)
            return
        assert not isinstance(dialog, QMessageBox)
        for button in (dialog.no_button, dialog.yes_button):
            seen.buttons[button.objectName()] = button.text()
            seen.heights.append(button.height())
            if button.isDefault():
                seen.default = button.objectName()
        for label in (dialog.heading, dialog.message):
            if label.height() < label.heightForWidth(label.width()):
                seen.clipped.append(label.text())
        image = dialog.grab().toImage()
        seen.background = image.pixelColor(dialog.width() // 2, 8).name()
        if callable(how):
            how()
        elif isinstance(how, str):
            next(b for b in (dialog.yes_button, dialog.no_button) if b.objectName() == how).click()
        else:
            qtbot.keyClick(dialog, how)

    QTimer.singleShot(0, act)
    return seen
