"""Where the home window opens: where the user left it, or fitted to its screen.

A 1024x768 projector or a portrait kiosk screen must never get a window larger than
itself, so a first start sizes the window to the screen's free area. The geometry is
kept in the data folder (Qt's own INI format), so each data folder, and each test,
has its own; Qt moves a remembered window back onto a screen that has since shrunk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FILE_NAME = "window.ini"
KEY = "home/geometry"
#: The size the window is designed at; smaller screens get what they have.
PREFERRED = QSize(1280, 820)


def fitted(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """`preferred` shrunk to fit `available` and centred in it."""
    size = preferred.boundedTo(available.size())
    rect = QRect(available.topLeft(), size)
    rect.moveCenter(available.center())
    return rect


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / FILE_NAME), QSettings.Format.IniFormat)


def place(window: QWidget, data_dir: Path) -> None:
    """Restores the remembered geometry, or fits the window to its screen."""
    saved = _settings(data_dir).value(KEY)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    # The layout's minimum wins over the preferred size, never over the screen.
    window.setMinimumSize(window.minimumSize().boundedTo(available.size()))
    window.setGeometry(fitted(available))


def remember(window: QWidget, data_dir: Path) -> None:
    """Keeps the window's geometry for the next start (a failure to write costs nothing)."""
    settings = _settings(data_dir)
    settings.setValue(KEY, window.saveGeometry())
    settings.sync()
