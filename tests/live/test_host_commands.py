"""The headless host takes the teacher's commands (skip, free, remove) on its standard
input while scripted students play a game lesson: the skipped question counts for nobody,
a freed bot takes its name (and answers) back, a removed one is out and left out of the
result, and the points the bots were shown are the points stored."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from test_kill_resume import free_port, stored

from ipquiz.services.live_bots import BotReport, play_all

pytestmark = pytest.mark.slow


def test_the_headless_host_takes_the_teachers_commands(data_dir: Path) -> None:
    host = subprocess.Popen(
        [
            *(sys.executable, "-m", "ipquiz", "--data-dir", str(data_dir)),
            *("classroom", "host", "--count", "4", "--pace", "teacher", "--seconds", "20"),
            *("--game", "--commands", "--headless", "--port", str(free_port()), "--json"),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert host.stdin is not None
    assert host.stdout is not None
    try:
        line = json.loads(host.stdout.readline())

        def command(text: str) -> dict[str, object]:
            assert host.stdin is not None
            assert host.stdout is not None
            host.stdin.write(text + "\n")
            host.stdin.flush()
            answer: dict[str, object] = json.loads(host.stdout.readline())
            return answer

        reports: list[BotReport] = []
        bots = threading.Thread(
            target=lambda: reports.extend(
                asyncio.run(play_all(line["url"], line["code"], 3, spread_s=1.0, deadline_s=90))
            )
        )
        bots.start()
        deadline = time.monotonic() + 30
        while stored(data_dir, "SELECT count(*) FROM live_seats")[0][0] < 3 or stored(
            data_dir, "SELECT stage FROM live_sessions"
        ) != [("question",)]:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        skipped = command("skip")
        assert skipped["skipped"] in ([0], [1]), skipped
        assert command("free Bot 1")["done"] == "free Bot 1"
        assert command("remove Bot 2")["done"] == "remove Bot 2"
        assert command("remove Nobody") == {"error": "nobody in the class is called 'Nobody'"}
        assert "error" in command("jump")
        bots.join(timeout=120)
        assert not bots.is_alive()
    finally:
        host.terminate()
        host.wait(timeout=30)
        host.stdout.close()
        host.stdin.close()
    by_name = {r.name: r for r in reports}
    assert by_name["Bot 1"].freed >= 1  # it took its name back
    assert by_name["Bot 1"].finished
    assert "removed" in by_name["Bot 2"].errors
    assert set(by_name["Bot 3"].errors) <= {"skipped"}  # an answer sent as it was skipped
    position = skipped["skipped"][0]  # type: ignore[index]
    assert stored(data_dir, f"SELECT count(*) FROM responses WHERE position = {position}") == [(0,)]
    rows = stored(
        data_dir,
        "SELECT s.name, s.status, a.status, a.score FROM live_seats s "
        "JOIN attempts a ON a.id = s.attempt_id ORDER BY s.name",
    )
    assert [r[:3] for r in rows] == [
        ("Bot 1", "seated", "finished"),
        ("Bot 2", "removed", "abandoned"),
        ("Bot 3", "seated", "finished"),
    ]
    for name, _, _, score in rows:
        if name != "Bot 2":
            assert by_name[str(name)].points == round(float(str(score)))  # as shown, stored
