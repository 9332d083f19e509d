"""Kill `ipquiz simulate` at random moments: every answer it reported must survive.

Each answer is logged on stdout only after its transaction committed, so anything
logged and missing from the database after a SIGKILL would be a lost answer.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from simulate_cli import simulate_command

from ipquiz.config import resolve_locations
from ipquiz.services.app import open_services

KILLS = int(os.environ.get("IPQUIZ_KILLS", "20"))  # benchmarks/kill_stress.py raises it
SEED = int(os.environ.get("IPQUIZ_KILL_SEED", "20260426"))


def start_simulation(data_dir: Path, mode: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*simulate_command(data_dir, rounds=100_000), "--mode", mode, "--log-answers"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )


def kill_and_collect(proc: subprocess.Popen[bytes], rng: random.Random) -> list[dict[str, object]]:
    """Read a random number of logged answers, wait a random moment, SIGKILL."""
    assert proc.stdout is not None
    want = rng.randint(1, 40)
    raw = b""
    while raw.count(b"\n") < want:
        chunk = proc.stdout.readline()
        if not chunk:
            break
        raw += chunk
    time.sleep(rng.random() * 0.05)  # anywhere: mid-commit, between answers, mid-print
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate()
    raw += rest
    complete = raw[: raw.rfind(b"\n") + 1]  # a line cut by the kill was never reported
    return [json.loads(line) for line in complete.splitlines()]


def stored(data_dir: Path) -> tuple[str, set[tuple[int, int, str]], dict[int, str]]:
    with sqlite3.connect(data_dir / "ipquiz.db") as conn:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        answers = set(conn.execute("SELECT attempt_id, position, question_id FROM responses"))
        status = dict(conn.execute("SELECT id, status FROM attempts"))
    return check, answers, status


def mode_of(data_dir: Path, attempt: int) -> str:
    with sqlite3.connect(data_dir / "ipquiz.db") as conn:
        return str(conn.execute("SELECT mode FROM attempts WHERE id = ?", (attempt,)).fetchone()[0])


@pytest.mark.slow
@pytest.mark.sqlite_only
def test_sigkill_at_random_moments_loses_no_answer(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    data_dir = tmp_path / "data"
    modes = ["practice", "exam", "kiosk"]
    for n in range(KILLS):
        mode = modes[n % 3]
        logged = kill_and_collect(start_simulation(data_dir, mode), rng)
        assert logged, "the simulation reported no answer before the kill"
        check, answers, status = stored(data_dir)
        assert check == "ok"
        missing = [a for a in logged if (a["attempt"], a["position"], a["question"]) not in answers]
        assert missing == [], f"kill {n} ({mode}) lost answers"

        # The next start finds the cut attempt: resumable, or closed if it was a kiosk round.
        cut = max(int(a["attempt"]) for a in logged)  # type: ignore[call-overload]
        services = open_services(resolve_locations(data_dir=str(data_dir)))
        try:
            resumable = {a.attempt_id: a for a in services.quiz.interrupted()}
        finally:
            services.close()
        if status[cut] == "active":
            # The cut attempt may be an older one the simulation was finishing first.
            if mode_of(data_dir, cut) == "kiosk":
                assert cut not in resumable
                assert stored(data_dir)[2][cut] in {"abandoned", "finished"}  # closed either way
            elif cut not in resumable:  # every answer was in: closed as finished
                assert stored(data_dir)[2][cut] == "finished"
            else:
                kept = {(a.position, a.question_id) for a in resumable[cut].quiz.answers}
                assert {
                    (a["position"], a["question"]) for a in logged if a["attempt"] == cut
                } <= kept

    # A last start finishes whatever was left open and ends clean.
    done = subprocess.run(
        [*simulate_command(data_dir, rounds=0), "--json"],
        capture_output=True,
        check=True,
    )
    assert json.loads(done.stdout)["rounds"] == 0
    assert "active" not in stored(data_dir)[2].values()
