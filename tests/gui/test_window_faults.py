"""The home window when its database fails: one translated line, never a traceback;
a server that drops out is waited for, and the answer is stored once."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from dbcheck import committed
from faults import Flaky, ReadOnly
from off_ui_thread import OffUiThread, unguarded
from pgcluster import Postgres
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ipquiz.domain.quiz import Phase
from ipquiz.gui import main_window
from ipquiz.gui.main_window import MainWindow

OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def warning(_parent: QWidget, title: str, text: str) -> None:
        shown.append((title, text))

    monkeypatch.setattr(main_window, "warn", warning)
    return shown


@pytest.mark.parametrize(
    ("lang", "expected"), [("en", "The data folder is read-only"), ("zh-CN", "数据文件夹是只读的")]
)
def test_start_on_a_read_only_database_says_so_in_one_line(
    qtbot: QtBot,
    open_window: OpenWindow,
    dialogs: list[tuple[str, str]],
    lang: str,
    expected: str,
) -> None:
    window = open_window(lang=lang)
    assert window.services is not None
    ReadOnly(window.services).set(True)
    qtbot.mouseClick(window.start.start_button, Qt.MouseButton.LeftButton)
    assert len(dialogs) == 1
    (_, text) = dialogs[0]
    assert text.startswith(expected)
    assert "\n" not in text
    assert "Traceback" not in text
    assert "sqlalchemy" not in text.lower()
    assert window.stack.currentWidget() is window.start  # nothing half-started
    assert window.active is None


def test_an_answer_is_acknowledged_once_the_server_is_back(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path, dialogs: list[tuple[str, str]]
) -> None:
    window = open_window()
    window.calls.retry_delays_ms = (50,)
    qtbot.mouseClick(window.start.start_button, Qt.MouseButton.LeftButton)
    assert window.services is not None
    flaky = Flaky(unguarded(window.services.quiz), "answer", times=3)
    window.services.quiz = OffUiThread(flaky)  # type: ignore[assignment]
    screen = window.question
    qtbot.mouseClick(screen._buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.calls.reconnecting)
    assert window.busy.heading.text() == "Reconnecting…"
    assert screen._buttons[0].isChecked()
    assert not screen.feedback.isVisible()
    qtbot.waitUntil(lambda: window.calls.idle, timeout=10_000)
    assert flaky.calls == 4
    assert dialogs == []  # a failure that passes is waited for, not reported
    assert screen.feedback.isVisible()
    with sqlite3.connect(data_dir / "ipquiz.db") as conn:
        assert conn.execute("SELECT count(*) FROM responses").fetchone() == (1,)


def test_a_failure_that_does_not_pass_is_reported_not_retried(
    qtbot: QtBot, open_window: OpenWindow, dialogs: list[tuple[str, str]]
) -> None:
    window = open_window()
    qtbot.mouseClick(window.start.start_button, Qt.MouseButton.LeftButton)
    assert window.services is not None
    ReadOnly(window.services).set(True)
    screen = window.question
    qtbot.mouseClick(screen._buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.action_button, Qt.MouseButton.LeftButton)
    assert [title for title, _ in dialogs] == ["Answer not saved"]
    assert dialogs[0][1].startswith("The data folder is read-only")
    assert window.active is not None
    assert window.active.quiz.answers == ()  # not taken: it can be given again
    assert not screen.feedback.isVisible()


@pytest.mark.slow
@pytest.mark.postgresql_only
def test_a_quiz_rides_out_a_stopped_server(
    qtbot: QtBot,
    open_window: OpenWindow,
    database_url: str,
    postgres: Postgres,
    dialogs: list[tuple[str, str]],
) -> None:
    """The PostgreSQL server really stops while the quiz is answered: the answer waits on
    screen, then is stored exactly once when the server is back."""
    window = open_window()  # IPQUIZ_DATABASE points at the test's PostgreSQL database
    window.calls.retry_delays_ms = (300,)
    qtbot.mouseClick(window.start.start_button, Qt.MouseButton.LeftButton)
    active, screen = window.active, window.question
    assert active is not None
    postgres.cluster.stop("fast")
    try:
        qtbot.mouseClick(screen._buttons[0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(screen.action_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.calls.reconnecting, timeout=30_000)
        assert window.busy.heading.text() == "Reconnecting…"
        assert screen._buttons[0].isChecked()
        assert not screen.feedback.isVisible()
    finally:
        postgres.cluster.start()
    qtbot.waitUntil(lambda: window.calls.idle, timeout=30_000)
    assert dialogs == []
    assert screen.feedback.isVisible()
    assert active.quiz.phase is Phase.FEEDBACK
    rows = committed(
        database_url,
        "SELECT position, count(*) FROM responses WHERE attempt_id = :a GROUP BY position",
        a=active.attempt_id,
    )
    assert [tuple(r) for r in rows] == [(0, 1)]
