"""The host is killed mid-session and started again: the same code comes back, the
scripted students rejoin with their tokens, and every acknowledged answer is stored once."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ipquiz.services.live_bots import BotReport, play_all

pytestmark = pytest.mark.slow
PLAYERS = 6


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def host(data_dir: Path, port: int, *which: str) -> tuple[subprocess.Popen[str], dict[str, str]]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ipquiz",
            "--data-dir",
            str(data_dir),
            "classroom",
            "host",
            *which,
            "--headless",
            "--port",
            str(port),
            "--json",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "IPQUIZ_STATION": "lab-1"},
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line, "the host printed nothing"
    return process, json.loads(line)


def stored(data_dir: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / "ipquiz.db") as db:
        return db.execute(sql).fetchall()


def test_a_killed_host_resumes_and_nothing_acknowledged_is_lost(data_dir: Path) -> None:
    port = free_port()
    first, line = host(data_dir, port, "--count", "4", "--pace", "teacher")
    reports: list[BotReport] = []
    bots = threading.Thread(
        target=lambda: reports.extend(
            asyncio.run(play_all(line["url"], line["code"], PLAYERS, spread_s=0.5, deadline_s=120))
        )
    )
    bots.start()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # kill once the class is into its second question
        if stored(data_dir, "SELECT count(*) FROM responses")[0][0] > PLAYERS:
            break
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert first.stdout is not None
    first.stdout.close()
    second, again = host(data_dir, port, "--resume")
    try:
        assert again == line  # the same URL and code
        bots.join(timeout=150)
        assert not bots.is_alive()
    finally:
        second.terminate()
        second.wait(timeout=30)
        assert second.stdout is not None
        second.stdout.close()
    assert len(reports) == PLAYERS
    assert all(r.finished for r in reports), [r.errors for r in reports]
    assert all(r.reconnects >= 1 for r in reports)  # every bot lost the host and came back
    rows = stored(
        data_dir,
        "SELECT s.name, r.position FROM live_seats s JOIN responses r ON r.attempt_id = s.attempt_id",
    )
    by_name: dict[str, list[int]] = {}
    for name, position in rows:
        by_name.setdefault(str(name), []).append(int(str(position)))
    for report in reports:
        assert sorted(by_name[report.name]) == sorted(report.acked)  # acknowledged = stored, once
        assert sorted(report.acked) == [0, 1, 2, 3]
    assert stored(data_dir, "SELECT count(*) FROM live_seats")[0][0] == PLAYERS
    assert stored(data_dir, "SELECT status FROM live_sessions") == [("ended",)]
