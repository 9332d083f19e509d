"""Several processes on one database at once: nothing fails, nothing is taken over.

Each case starts real `ipquiz simulate` processes together, as a school lab or a stand
of kiosks would, on SQLite (one file) and on PostgreSQL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from dbcheck import committed


def simulate(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ipquiz", "--data-dir", str(data_dir), "simulate", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),  # IPQUIZ_DATABASE: the test's database, when a server
    )


def finish(*procs: subprocess.Popen[str]) -> list[str]:
    """Every process's output, once all have ended; then each must have exited 0."""
    results = [(p, *p.communicate(timeout=300)) for p in procs]
    for proc, _out, err in results:
        assert proc.returncode == 0, err
    return [out for _p, out, _err in results]


def prepared(data_dir: Path) -> None:
    """The database migrated and the bank loaded once, as `ipquiz db upgrade` would."""
    finish(simulate(data_dir, "--rounds", "0"))


def test_two_simulations_for_the_same_player(data_dir: Path, database_url: str) -> None:
    prepared(data_dir)
    runs = [simulate(data_dir, "--rounds", "20", "--player", "Li Lei", "--json") for _ in "ab"]
    summaries = [json.loads(out) for out in finish(*runs)]
    assert [s["rounds"] for s in summaries] == [20, 20]
    rows = committed(database_url, "SELECT count(*) FROM attempts WHERE status = 'finished'")
    assert rows == [(40,)]


def test_three_processes_start_anonymous_quizzes_at_once(data_dir: Path, database_url: str) -> None:
    prepared(data_dir)
    runs = [simulate(data_dir, "--rounds", "25", "--player", "", "--json") for _ in range(3)]
    assert [json.loads(out)["rounds"] for out in finish(*runs)] == [25, 25, 25]
    (count,) = committed(database_url, "SELECT count(*) FROM attempts")
    assert tuple(count) == (75,)
