"""Each station owns its attempts: recovery at start never takes a live one.

An attempt records the station and the process that runs it; a process renews a lease
while it runs. At start a station recovers only its own attempts whose process is gone.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from dbcheck import committed
from sqlalchemy import text

from ipquiz.config import resolve_locations
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.station_lease import LEASE

Opener = Callable[[str], AppServices]


@pytest.fixture
def opener(data_dir: Path, small_bank: Path) -> Iterator[Opener]:
    opened: list[AppServices] = []

    def open_as(station: str) -> AppServices:
        s = open_services(
            resolve_locations(data_dir=str(data_dir)), bank=small_bank, station=station
        )
        opened.append(s)
        return s

    yield open_as
    for s in opened:
        s.close()


def exam(services: AppServices) -> int:
    active = services.quiz.start(spec=QuizSpec.exam(count=3, seed=1), lang="en", player="p")
    services.quiz.answer(active, frozenset({0}), elapsed_ms=100)
    return active.attempt_id


def test_a_live_attempt_of_the_same_station_is_left_alone(opener: Opener) -> None:
    first = opener("hall-a")
    running = exam(first)
    second = opener("hall-a")  # a second program on the same machine
    assert second.quiz.interrupted() == []
    first.close()  # ended: its open attempt is now the station's to recover
    third = opener("hall-a")
    assert [a.attempt_id for a in third.quiz.interrupted()] == [running]


def test_another_station_never_recovers_an_attempt(opener: Opener) -> None:
    a = opener("hall-a")
    running = exam(a)
    a.close()
    assert opener("hall-b").quiz.interrupted() == []
    assert [x.attempt_id for x in opener("hall-a").quiz.interrupted()] == [running]


def test_a_silent_process_elsewhere_loses_its_attempt_after_the_lease(opener: Opener) -> None:
    a = opener("kiosk")  # two machines cloned from one image share a name
    running = exam(a)
    with a.db.transaction() as session:  # as if it ran on another machine
        session.execute(text("UPDATE station_processes SET host = 'elsewhere'"))
    assert opener("kiosk").quiz.interrupted() == []  # still renewing: alive
    stale = dt.datetime.now(dt.UTC).replace(tzinfo=None) - LEASE - dt.timedelta(seconds=5)
    with a.db.transaction() as session:
        session.execute(
            text("UPDATE station_processes SET renewed_at = :t WHERE host = 'elsewhere'"),
            {"t": stale},
        )
    assert [x.attempt_id for x in opener("kiosk").quiz.interrupted()] == [running]


def test_attempts_record_their_station_and_process(opener: Opener, database_url: str) -> None:
    s = opener("lab-07")
    exam(s)
    rows = committed(
        database_url,
        "SELECT a.station, p.station, p.pid FROM attempts a"
        " JOIN station_processes p ON p.id = a.process_id",
    )
    assert [tuple(r) for r in rows] == [("lab-07", "lab-07", os.getpid())]


def test_a_later_process_does_not_take_over_a_running_exam(
    data_dir: Path, database_url: str
) -> None:
    """The issue's case: a long `simulate` runs; a second one starts beside it."""
    command = [sys.executable, "-m", "ipquiz", "--data-dir", str(data_dir), "simulate"]
    env = dict(os.environ)
    subprocess.run([*command, "--rounds", "0"], env=env, check=True, capture_output=True)
    long_run = subprocess.Popen(
        [*command, "--mode", "exam", "--rounds", "400", "--log-answers"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert long_run.stdout is not None
    logged = [json.loads(long_run.stdout.readline()) for _ in range(5)]
    later = subprocess.run(
        [*command, "--mode", "exam", "--rounds", "1", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    logged += [json.loads(long_run.stdout.readline()) for _ in range(20)]
    long_run.kill()
    long_run.communicate()
    assert json.loads(later.stdout)["recovered"] == 0
    stored = {
        (r[0], r[1]): (r[2], bool(r[3]))
        for r in committed(
            database_url, "SELECT attempt_id, position, question_id, correct FROM responses"
        )
    }
    # Every answer the first process logged is stored as it logged it (in an exam a
    # changed answer replaces the earlier one: the last logged wins).
    last = {(a["attempt"], a["position"]): (a["question"], a["correct"]) for a in logged}
    assert {k: stored.get(k) for k in last} == last
