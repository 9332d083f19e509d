"""The window's side of faults: a damaged database is offered a fresh start, and an
error that escapes a button becomes a one-line dialog and a logged report."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

import ipquiz.gui.main_window as main_window
from ipquiz import error_log
from ipquiz.cli import main
from ipquiz.config import resolve_locations
from ipquiz.gui.app import create_window
from ipquiz.gui.error_dialog import install_excepthook


def damaged_database(data_dir: Path) -> Path:
    assert main(["--data-dir", str(data_dir), "simulate", "--rounds", "1"]) == 0
    path = data_dir / "ipquiz.db"
    path.write_bytes(b"garbage where the database header was " * 400)
    return path


def open_on(qtbot: QtBot, data_dir: Path) -> main_window.MainWindow:
    window = create_window(resolve_locations(data_dir=str(data_dir)), lang="en")
    qtbot.addWidget(window)
    window.show()
    window.load()
    return window


def test_a_damaged_database_is_kept_and_replaced_when_the_user_agrees(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = damaged_database(data_dir)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    asked: list[str] = []
    monkeypatch.setattr(
        main_window, "confirm", lambda _p, _t, text, **_kw: asked.append(text) or True
    )
    window = open_on(qtbot, data_dir)
    qtbot.waitUntil(lambda: window.services is not None, timeout=20_000)
    assert asked[0].startswith(f"The database is damaged ({path}).")
    kept = sorted(data_dir.glob("ipquiz-damaged-*.db"))
    assert len(kept) == 1
    assert hashlib.sha256(kept[0].read_bytes()).hexdigest() == before
    assert window.start.selected_categories()  # the fresh database has the bank
    window.close()


def test_a_damaged_database_is_left_alone_when_the_user_says_no(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = damaged_database(data_dir)
    before = path.read_bytes()
    monkeypatch.setattr(main_window, "confirm", lambda *_args, **_kw: False)
    window = open_on(qtbot, data_dir)
    qtbot.waitUntil(lambda: "damaged" in window.start.status.text(), timeout=20_000)
    assert window.services is None
    assert path.read_bytes() == before
    assert not list(data_dir.glob("ipquiz-damaged-*"))
    window.close()


@pytest.fixture
def hook(data_dir: Path) -> Iterator[Path]:
    log = error_log.install(data_dir)
    previous = install_excepthook()
    yield log
    sys.excepthook = previous
    error_log.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_button_is_one_line_and_a_logged_report(
    qtbot: QtBot, qapp: QApplication, hook: Path
) -> None:
    button = QPushButton("Go")
    qtbot.addWidget(button)

    def broken() -> None:
        raise LookupError("no such topic: <b>alpha</b>")

    button.clicked.connect(broken)
    button.show()
    button.click()
    boxes = [w for w in qapp.allWidgets() if w.objectName() == "unexpectedError"]
    assert len(boxes) == 1
    box = boxes[0]
    assert isinstance(box, QMessageBox)
    assert box.text() == (
        "Something went wrong: LookupError: no such topic: <b>alpha</b>\n"
        f"The full report was written to {hook}"
    )
    assert box.textFormat().name == "PlainText"
    report = hook.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in report
    assert 'raise LookupError("no such topic: <b>alpha</b>")' in report
    box.close()
