"""The home window opens fitted to its screen and where the user left it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from ipquiz.gui import window_geometry
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.window_geometry import fitted


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (QRect(0, 0, 1920, 1040), QRect(320, 110, 1280, 820)),  # a desktop: the designed size
        (QRect(0, 0, 1024, 728), QRect(0, 0, 1024, 728)),  # a projector with a task bar
        (QRect(0, 0, 1080, 1880), QRect(0, 530, 1080, 820)),  # a portrait kiosk screen
        (QRect(1920, 0, 1366, 728), QRect(1963, 0, 1280, 728)),  # a second screen
    ],
)
def test_a_first_start_fits_the_window_to_the_screens_free_area(
    available: QRect, expected: QRect
) -> None:
    assert fitted(available) == expected
    assert available.contains(fitted(available))


def test_a_window_with_nothing_remembered_fits_its_screen(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    window_geometry.place(window, tmp_path)
    screen = window.screen().availableGeometry()
    assert window.geometry() == fitted(screen)
    assert window.minimumWidth() <= screen.width()
    assert window.minimumHeight() <= screen.height()


def test_the_window_opens_where_it_was_closed(
    qtbot: QtBot, data_dir: Path, open_window: Callable[..., MainWindow]
) -> None:
    first = open_window()
    first.setMinimumSize(600, 500)  # the test screen is 800x800
    first.setGeometry(QRect(40, 30, 700, 600))
    first.close()  # closing remembers the geometry in the data folder
    assert (data_dir / window_geometry.FILE_NAME).is_file()

    second = open_window()
    second.setMinimumSize(600, 500)
    second.setGeometry(QRect(0, 0, 800, 800))
    window_geometry.place(second, data_dir)  # as the next start does
    assert second.geometry().size() == QSize(700, 600)
