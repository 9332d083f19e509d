"""Service calls run off the UI thread: a slow database never freezes the window."""

from __future__ import annotations

import itertools
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import off_ui_thread
import pytest
from faults import connection_lost
from off_ui_thread import OffUiThread, settle, unguarded
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.service_calls import ServiceCalls

SLOW_S = 0.8


class SlowQuiz:
    """The real quiz service behind a slow network: each answer takes SLOW_S to commit."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.answers = 0

    def answer(self, *args: Any, **kwargs: Any) -> Any:
        self.answers += 1
        time.sleep(SLOW_S)
        return self.real.answer(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def widget_at(window: QWidget, widget: QWidget) -> QWidget:
    """What a finger on `widget`'s centre touches (the top-most widget there)."""
    point = widget.mapTo(window, widget.rect().center())
    found = window.childAt(point)
    assert found is not None
    return found


def responses(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "ipquiz.db") as conn:
        return int(conn.execute("SELECT count(*) FROM responses").fetchone()[0])


def test_a_slow_answer_keeps_the_window_alive_and_is_sent_once(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    qtbot.mouseClick(window.start.start_button, Qt.MouseButton.LeftButton)
    assert window.services is not None
    slow = SlowQuiz(unguarded(window.services.quiz))
    window.services.quiz = OffUiThread(slow)  # type: ignore[assignment]
    screen = window.question
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)

    QTest.mouseClick(screen._buttons[0], Qt.MouseButton.LeftButton)
    QTest.mouseClick(screen.action_button, Qt.MouseButton.LeftButton)
    assert window.calls.busy
    assert window.busy.isVisible()
    # The second tap lands on the busy overlay, and keys go to it: nothing is sent again.
    assert widget_at(window, screen.action_button) is window.busy
    QTest.mouseClick(widget_at(window, screen.action_button), Qt.MouseButton.LeftButton)
    focus = QApplication.focusWidget()
    assert focus is window.busy
    QTest.keyClick(focus, Qt.Key.Key_Return)
    screen.answer_submitted.emit(frozenset({0}))  # even a direct second submit is refused
    qtbot.wait(600)
    assert window.busy.showing_card
    assert window.busy.heading.text() == "Working…"
    assert not screen.feedback.isVisible()  # not acknowledged before the commit
    assert responses(data_dir) == 0

    settle(qtbot)
    timer.stop()
    assert slow.answers == 1
    assert responses(data_dir) == 1
    assert screen.feedback.isVisible()
    assert not window.busy.isVisible()
    # The event loop kept turning while the answer was being stored (a 20 ms timer).
    assert len(ticks) >= SLOW_S / 0.02 / 2
    assert max(b - a for a, b in itertools.pairwise(ticks)) < SLOW_S / 2


def test_a_service_called_on_the_ui_thread_fails_the_test() -> None:
    """The guard every GUI test runs with: it would catch a call that skips ServiceCalls."""

    class Service:
        def work(self) -> str:
            return "done"

    guarded = OffUiThread(Service())
    with pytest.raises(AssertionError, match=r"Service\.work was called on the UI thread"):
        guarded.work()
    assert off_ui_thread.violations == ["Service.work"]
    off_ui_thread.violations.clear()
    result: list[str] = []
    worker = threading.Thread(target=lambda: result.append(guarded.work()))
    worker.start()
    worker.join()
    assert result == ["done"]


def test_a_fast_call_shows_no_busy_card(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.start.start_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.question._buttons[0], Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.question.action_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.question.feedback.isVisible()
    assert not window.busy.card.isVisible()  # no flicker for a call faster than 400 ms
    assert not window.busy.isVisible()
    assert QApplication.focusWidget() is not window.busy  # focus went back


def test_closing_waits_for_the_running_call(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.start.start_button, Qt.MouseButton.LeftButton)
    assert window.services is not None
    window.services.quiz = OffUiThread(SlowQuiz(unguarded(window.services.quiz)))  # type: ignore[assignment]
    QTest.mouseClick(window.question._buttons[0], Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.question.action_button, Qt.MouseButton.LeftButton)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started >= SLOW_S / 2  # the answer was let finish
    assert window.calls.idle  # and nothing of it outlives the window
    assert not window.calls.run(lambda: None)  # nothing starts after closing


def test_closing_drops_a_call_waiting_to_reconnect(qtbot: QtBot) -> None:
    parent = QWidget()
    failures: list[object] = []
    calls = ServiceCalls(parent, on_failure=failures.append, retry_delays_ms=(100,))
    tries: list[float] = []

    def lost() -> None:
        tries.append(time.monotonic())
        raise connection_lost()

    assert calls.run(lost, retry=True)
    qtbot.waitUntil(lambda: calls.reconnecting)
    assert calls.wait()
    assert calls.idle
    assert not calls.reconnecting
    assert not calls.busy
    made = len(tries)
    qtbot.wait(300)
    assert len(tries) == made  # not tried again once closed
    assert failures == []  # and not reported to the closed window


def test_closing_waits_for_the_running_call_and_it_reports_to_nobody(qtbot: QtBot) -> None:
    parent = QWidget()
    answered: list[str] = []
    calls = ServiceCalls(parent, on_failure=answered.append)
    assert calls.run(lambda: time.sleep(0.4) or "stored", answered.append)
    started = time.monotonic()
    assert calls.wait()
    assert time.monotonic() - started >= 0.2  # the call was let finish
    assert calls.idle
    assert not calls.busy
    qtbot.wait(200)
    assert answered == []
