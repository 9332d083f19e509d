"""A real main window on a temporary database and the small fixture bank."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import off_ui_thread
import pytest
from off_ui_thread import guarded, live_calls, settle
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ipquiz.config import resolve_locations
from ipquiz.domain.accessibility import AccessPreset
from ipquiz.gui.accessibility import put_in_force
from ipquiz.gui.app import create_window
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.service_calls import ServiceCalls
from ipquiz.gui.theme import apply_theme
from ipquiz.services.app import open_services


@pytest.fixture(autouse=True)
def _input_waits_for_calls(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[None]:
    """A click or key press in a test returns once the calls it started have answered,
    and no service may have been called on the UI thread (off_ui_thread.py)."""
    real_init = ServiceCalls.__init__

    def init(self: ServiceCalls, *args: Any, **kwargs: Any) -> None:
        real_init(self, *args, **kwargs)
        live_calls.add(self)

    monkeypatch.setattr(ServiceCalls, "__init__", init)
    for name in ("mouseClick", "keyClick", "keyClicks"):
        real = getattr(QtBot, name)

        def waiting(*args: Any, _real: Any = real, **kwargs: Any) -> None:
            _real(*args, **kwargs)
            settle(qtbot)

        monkeypatch.setattr(QtBot, name, staticmethod(waiting))
    off_ui_thread.violations.clear()
    yield
    put_in_force(AccessPreset())  # each test starts from the default preset
    assert off_ui_thread.violations == [], "service calls on the UI thread"


def make_window(
    qtbot: QtBot,
    qapp: QApplication,
    data_dir: Path,
    bank: Path | None,
    *,
    lang: str = "en",
    size: tuple[int, int] = (1280, 820),
) -> MainWindow:
    apply_theme(qapp)
    locations = resolve_locations(data_dir=str(data_dir))
    window = create_window(locations, lang=lang)
    window._open_services = lambda: guarded(open_services(locations, bank=bank))  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.load()
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    settle(qtbot)  # what loading started (closing attempts not resumed) has finished
    return window


OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def open_window(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, small_bank: Path
) -> Iterator[OpenWindow]:
    """Opens windows on the fixture bank; closes them after the test."""
    opened: list[MainWindow] = []

    def opener(*, lang: str = "en", size: tuple[int, int] = (1280, 820)) -> MainWindow:
        w = make_window(qtbot, qapp, data_dir, small_bank, lang=lang, size=size)
        opened.append(w)
        return w

    yield opener
    for w in opened:
        w.close()


@pytest.fixture
def window(open_window: OpenWindow) -> MainWindow:
    return open_window()
