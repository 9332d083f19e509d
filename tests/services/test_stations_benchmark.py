"""A small stand in the suite: benchmarks/stations.py with a few stations, and a server
restart while they answer. Every acknowledged answer must be stored exactly once."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from pgcluster import Postgres

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
import stations as bench  # noqa: E402


def assert_nothing_lost(report: dict[str, object], answers: int) -> None:
    assert report["answers"] == answers, report
    assert (report["errors"], report["lost"], report["duplicated"], report["different"]) == (
        0,
        0,
        0,
        0,
    ), report


@pytest.mark.slow
def test_a_small_stand_loses_nothing(database_url: str) -> None:
    report = bench.run(database_url, stations=3, answers=15, think=0.02)
    assert_nothing_lost(report, 45)
    assert report["commit_p99_ms"] > 0


def answered(logs: Path) -> int:
    return sum(
        line.count('"attempt"')
        for path in logs.glob("station-*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
    )


@pytest.mark.slow
@pytest.mark.postgresql_only
def test_stations_ride_out_a_server_restart(database_url: str, postgres: Postgres) -> None:
    """The server stops while stations answer and comes back: the stations carry on
    (they retry while it is away), and nothing they acknowledged is lost or doubled."""
    stopped: list[int] = []

    def restart(logs: Path) -> None:
        deadline = time.monotonic() + 120
        while answered(logs) < 15 and time.monotonic() < deadline:
            time.sleep(0.1)
        stopped.append(answered(logs))
        postgres.cluster.stop("fast")
        time.sleep(2)
        postgres.cluster.start()

    report = bench.run(database_url, stations=3, answers=40, think=0.05, during=restart)
    assert_nothing_lost(report, 120)
    assert 15 <= stopped[0] < 120  # the server really went away mid-run
    assert report["recovered_retries"] > 0  # and the stations noticed
