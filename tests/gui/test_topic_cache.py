"""The start screen shows last time's topics at once and accepts Start while loading."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipquiz.config import resolve_locations
from ipquiz.gui.app import create_window
from ipquiz.gui.main_window import MainWindow
from ipquiz.services.app import open_services
from ipquiz.services.topic_cache import FILE_NAME


def test_topics_show_before_the_database_opens(
    qtbot: QtBot, open_window: Callable[..., MainWindow], data_dir: Path, small_bank: Path
) -> None:
    first = open_window()  # loads the bank and keeps its topics beside the database
    first.close()
    assert (data_dir / FILE_NAME).exists()

    locations = resolve_locations(data_dir=str(data_dir))
    window = create_window(locations, lang="en")
    window._open_services = lambda: open_services(locations, bank=small_bank)  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    assert window.services is None  # nothing loaded yet, and yet:
    assert sorted(window.start._topic_buttons) == ["alpha", "beta"]
    assert window.start.start_button.isEnabled()
    qtbot.mouseClick(window.start.start_button, Qt.MouseButton.LeftButton)
    assert window.start.status.text() == "Starting…"
    window.load()
    qtbot.waitUntil(lambda: window.active is not None, timeout=10_000)
    assert window.stack.currentWidget() is window.question
    window.close()


def test_a_damaged_or_foreign_cache_is_ignored(data_dir: Path) -> None:
    from ipquiz.services.topic_cache import read_topics, write_topics

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / FILE_NAME).write_text("{not json", encoding="utf-8")
    assert read_topics(data_dir, "sqlite:///a.db") == []
    write_topics(data_dir, "sqlite:///a.db", [])
    assert read_topics(data_dir, "sqlite:///other.db") == []
