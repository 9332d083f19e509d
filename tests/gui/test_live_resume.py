"""The window hosting a live class goes away mid-class without ending it (as when the
program is killed): a new window offers to resume it with the same code, the scripted
students reconnect with their tokens and carry on, and every acknowledged answer is
stored, once."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from off_ui_thread import unguarded
from pytestqt.qtbot import QtBot
from test_live_class import click, free_port

from ipquiz.domain.live import Stage
from ipquiz.domain.spec import QuizSpec
from ipquiz.gui.main_window import MainWindow
from ipquiz.services.live_bots import BotReport, play_all

PLAYERS = 3


def test_a_new_window_resumes_the_class_and_the_students_carry_on(
    qtbot: QtBot, open_window: Callable[..., MainWindow], data_dir: Path
) -> None:
    first: MainWindow = open_window()
    assert first.services is not None
    unguarded(first.services.sets).save(QuizSpec(name="Week 4", count=3, question_seconds=120))
    click(qtbot, first.start.live_button)
    screen = first.live_class
    qtbot.waitUntil(lambda: screen.set_box.currentText() == "Week 4", timeout=10_000)
    screen.teacher_paced.setChecked(True)
    screen.interface_box.setCurrentText("127.0.0.1")
    port = free_port()
    screen.port.setValue(port)
    click(qtbot, screen.start_session)
    qtbot.waitUntil(lambda: screen.room is not None, timeout=10_000)
    room, server = screen.room, screen.server
    assert room is not None
    assert server is not None
    url, code = server.url, room.code
    reports: list[BotReport] = []
    bots = threading.Thread(
        target=lambda: reports.extend(
            asyncio.run(play_all(url, code, PLAYERS, spread_s=0.3, deadline_s=120))
        )
    )
    bots.start()
    try:
        qtbot.waitUntil(lambda: f"{PLAYERS} joined" in screen.joined.text(), timeout=15_000)
        click(qtbot, screen.go_button)  # the first question
        answered = f"{PLAYERS} of {PLAYERS} answered"
        qtbot.waitUntil(lambda: screen.answered.text() == answered, timeout=15_000)
        click(qtbot, screen.go_button)  # reveal
        click(qtbot, screen.go_button)  # the second question
        qtbot.waitUntil(lambda: screen.answered.text() != "", timeout=5_000)
        left = room.remaining()
        assert left is not None
        first.close()  # gone without ending the class: the devices lose the host

        second = open_window()
        click(qtbot, second.start.live_button)
        again = second.live_class
        qtbot.waitUntil(lambda: again.resume_button.isVisible(), timeout=10_000)
        assert again.resume_button.text() == f"Resume the live class with code {code}"
        # the same address as before, remembered on this machine: the devices come back
        assert (again.interface_box.currentText(), again.port.value()) == ("127.0.0.1", port)
        click(qtbot, again.resume_button)
        qtbot.waitUntil(lambda: again.room is not None, timeout=10_000)
        back = again.room
        assert back is not None
        assert again.code.text() == code
        assert (back.stage, back.position) == (Stage.QUESTION, 1)
        now_left = back.remaining()
        assert now_left is not None
        assert now_left < left  # the question's time goes on: not a fresh 120 s
        qtbot.waitUntil(
            lambda: all(seat.connected for seat, _ in back.grid()), timeout=20_000
        )  # every student is back in their seat
        qtbot.waitUntil(lambda: again.answered.text() == answered, timeout=20_000)
        click(qtbot, again.go_button)  # reveal
        click(qtbot, again.go_button)  # the third question
        qtbot.waitUntil(lambda: again.answered.text() == answered, timeout=15_000)
        click(qtbot, again.go_button)  # reveal
        assert again.go_button.text() == "Finish"
        click(qtbot, again.go_button)
        bots.join(timeout=60)
        assert not bots.is_alive()
        assert back.stage is Stage.FINISHED
    finally:
        if screen.server is not None:
            screen.shutdown()
    assert len(reports) == PLAYERS
    assert all(r.finished for r in reports), [r.errors for r in reports]
    assert all(r.reconnects >= 1 for r in reports)  # each lost the host and came back
    with sqlite3.connect(data_dir / "ipquiz.db") as db:
        rows = db.execute(
            "SELECT s.name, r.position FROM live_seats s "
            "JOIN responses r ON r.attempt_id = s.attempt_id"
        ).fetchall()
        assert db.execute("SELECT count(*) FROM live_seats").fetchone() == (PLAYERS,)
        assert db.execute("SELECT status FROM live_sessions").fetchall() == [("ended",)]
    for report in reports:
        stored = sorted(p for name, p in rows if name == report.name)
        assert stored == [0, 1, 2]  # each question answered, stored once
        assert report.acked <= set(stored)  # nothing acknowledged is lost
        assert report.acked >= {0, 2}  # an answer in flight as the host went may be unheard
