"""One stand, one board: kiosks sharing a database show the same boards (today's and the
whole event's); the operator sees figures for the whole stand and per station, today and
for the event; each round carries its station's name."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from dbcheck import committed

from ipquiz.config import resolve_locations
from ipquiz.domain.kiosk import EVENT, TODAY
from ipquiz.domain.quiz import Phase
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.kiosk_service import KioskService


class Wall:
    """The stand's wall clock, moved by the test (one event, several days)."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 4, 24, 10, 0)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def stand(data_dir: Path, small_bank: Path, wall: Wall) -> Iterator[dict[str, AppServices]]:
    opened = {
        name: open_services(
            resolve_locations(data_dir=str(data_dir)), bank=small_bank, station=name, clock=wall
        )
        for name in ("hall-a", "hall-b")
    }
    yield opened
    for s in opened.values():
        s.close()


def play(kiosk: KioskService, *, right: int, nickname: str) -> int:
    active = kiosk.start_round(lang="en")
    quiz = active.quiz
    while quiz.phase is not Phase.FINISHED:
        q = quiz.current.question
        wrong = frozenset({next(i for i in range(q.choice_count) if i not in q.correct)})
        kiosk.quiz.answer(active, q.correct if quiz.position < right else wrong, elapsed_ms=900)
        quiz.next()
    kiosk.quiz.finish(active)
    kiosk.join_board(active.attempt_id, nickname)
    return active.attempt_id


def test_two_kiosks_share_one_board_and_see_the_stand(
    stand: dict[str, AppServices], database_url: str
) -> None:
    a, b = stand["hall-a"].kiosk(), stand["hall-b"].kiosk()
    assert (a.station, b.station) == ("hall-a", "hall-b")
    play(a, right=5, nickname="Brave Panda")
    play(b, right=3, nickname="Clever Crane")
    play(b, right=1, nickname="Quiet Owl")
    board_a = [(e.rank, e.nickname) for e in a.board()]
    assert board_a == [(e.rank, e.nickname) for e in b.board()]
    assert board_a == [(1, "Brave Panda"), (2, "Clever Crane"), (3, "Quiet Owl")]

    figures = a.figures(lang="en")
    assert (figures.rounds, figures.finished) == (3, 3)
    by_station = {s.station: s for s in figures.stations}
    assert sorted(by_station) == ["hall-a", "hall-b"]
    assert (by_station["hall-a"].rounds, by_station["hall-b"].rounds) == (1, 2)
    assert by_station["hall-a"].mean_score > by_station["hall-b"].mean_score
    assert b.figures(lang="en").stations == figures.stations

    rows = committed(database_url, "SELECT station, count(*) FROM kiosk_rounds GROUP BY station")
    assert sorted(tuple(r) for r in rows) == [("hall-a", 1), ("hall-b", 2)]


def test_the_event_board_counts_from_the_first_day_on_every_kiosk(
    stand: dict[str, AppServices], wall: Wall
) -> None:
    a, b = stand["hall-a"].kiosk(), stand["hall-b"].kiosk()
    wall.now = dt.datetime(2026, 4, 23, 15, 0)  # the day before the event: not counted
    play(a, right=5, nickname="Early Bird")
    wall.now = dt.datetime(2026, 4, 24, 11, 0)  # the event's first day
    first = play(a, right=4, nickname="Brave Panda")
    assert a.board(scope=EVENT) == a.board(scope=TODAY)  # no event set: today's board
    assert EVENT not in a.ranks(first)
    # The operator sets the event at one station; every station shows it.
    a.save_settings(dataclasses.replace(a.settings(), event_start=dt.date(2026, 4, 24)))
    wall.now = dt.datetime(2026, 4, 25, 9, 30)  # the next day
    play(b, right=3, nickname="Clever Crane")
    last = play(b, right=1, nickname="Quiet Owl")

    for kiosk in (a, b):
        assert [e.nickname for e in kiosk.board(scope=TODAY)] == ["Clever Crane", "Quiet Owl"]
        assert [(e.rank, e.nickname) for e in kiosk.board(scope=EVENT)] == [
            (1, "Brave Panda"),
            (2, "Clever Crane"),
            (3, "Quiet Owl"),
        ]
    assert b.ranks(last) == {TODAY: (2, 2), EVENT: (3, 3)}

    figures = a.figures(lang="en")
    assert (figures.rounds, figures.finished) == (2, 2)  # today
    assert [s.station for s in figures.stations] == ["hall-b"]
    assert figures.event is not None
    assert figures.event_start == dt.date(2026, 4, 24)
    assert (figures.event.rounds, figures.event.finished) == (3, 3)
    event_by_station = {s.station: s.rounds for s in figures.event.stations}
    assert event_by_station == {"hall-a": 1, "hall-b": 2}
    assert b.figures(lang="en").event == figures.event
