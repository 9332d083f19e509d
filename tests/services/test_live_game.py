"""A live class scores for accuracy unless the teacher makes it a game lesson: then each
answer's points follow scoring.SPEED_STREAK (100 for a right answer within the first
quarter of the question's time, falling linearly to 50 at its end; each right answer in a
row before it adds 10 %, up to 50 %), stored with the answer so the export and reports
show the same points; the top 5 are ranked by them. Both paces."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ipquiz.domain.live import Pace, leaders, session_scoring
from ipquiz.domain.results import ResultFilter
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices
from ipquiz.services.live import LiveRoom


class Ticks:
    """The room's clock, moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def right(room: LiveRoom, position: int) -> frozenset[int]:
    item = room.planned[position]
    return frozenset(item.shown_order.index(i) for i in item.question.correct)


def wrong(room: LiveRoom, position: int) -> frozenset[int]:
    item = room.planned[position]
    good = right(room, position)
    return frozenset({next(i for i in range(len(item.shown_order)) if i not in good)})


@pytest.fixture
def ticks(services: AppServices) -> Ticks:
    clock = Ticks()
    services.live.monotonic = clock
    return clock


def test_accuracy_only_unless_a_game_lesson() -> None:
    assert session_scoring("accuracy", game=False) == "accuracy"
    assert session_scoring("speed-streak", game=False) == "accuracy"  # no speed by default
    assert session_scoring("partial", game=False) == "partial"
    assert session_scoring("accuracy", game=True) == "speed-streak"
    assert leaders([("b", 10.4), ("a", 10), ("c", 30), ("d", 0), ("e", 5), ("f", 7)]) == [
        ("c", 30),
        ("a", 10),
        ("b", 10),
        ("f", 7),
        ("e", 5),
    ]


def test_an_accuracy_class_has_no_points_board(services: AppServices, ticks: Ticks) -> None:
    room = services.live.open(QuizSpec(count=2, scoring="speed-streak"), pace=Pace.TEACHER)
    seat, _ = room.claim(person_id=None, nickname="Tiger")
    room.start()
    ticks.now += 25  # slow: no matter
    record = room.answer(seat, 0, right(room, 0))
    assert (record.points, record.max_points) == (1.0, 1.0)
    assert not room.game
    assert "points" not in room.state_for(seat)


def test_teacher_paced_game_points_follow_the_formula(
    services: AppServices, ticks: Ticks, tmp_path: Path
) -> None:
    spec = QuizSpec(count=4, question_seconds=20)
    room = services.live.open(spec, pace=Pace.TEACHER, game=True)
    assert room.game
    fast, _ = room.claim(person_id=None, nickname="Tiger")
    slow, _ = room.claim(person_id=None, nickname="Panda")
    room.start()
    # question 1: Tiger at 2 s (full), Panda at 12.5 s: (12.5-5)/15 = 1/2 of the fall: 75
    ticks.now += 2
    assert room.answer(fast, 0, right(room, 0)).points == 100
    ticks.now += 10.5
    assert room.answer(slow, 0, right(room, 0)).points == 75
    room.reveal()
    room.next()
    # question 2: both at 5 s (still full); a streak of 1 before: +10 %
    ticks.now += 5
    assert room.answer(fast, 1, right(room, 1)).points == pytest.approx(110)
    assert room.answer(slow, 1, wrong(room, 1)).points == 0
    room.reveal()
    room.next()
    # question 3: Tiger at the last second (20 s): half, +20 % for two in a row
    ticks.now += 20
    assert room.answer(fast, 2, right(room, 2)).points == pytest.approx(60)
    room.reveal()
    assert room.state_for(fast)["points"] == 270
    assert room.state_for(fast)["streak"] == 3
    assert room.state_for(slow)["streak"] == 0
    assert room.board() == [("Tiger", 270), ("Panda", 75)]
    room.next()
    ticks.now += 1
    room.answer(fast, 3, right(room, 3))  # full, +30 %: 130
    room.reveal()
    room.next()
    stored = services.results.attempts(ResultFilter(live_session=room.session_id))
    totals = {a.player: a.score for a in stored}
    assert totals == {"Tiger": pytest.approx(400), "Panda": pytest.approx(75)}
    assert {a.player: [r.points for r in a.answers] for a in stored}["Tiger"] == [
        pytest.approx(p) for p in (100, 110, 60, 130)
    ]
    path = tmp_path / "class.csv"  # the export shows the same points
    services.results.export(path, scope=ResultFilter(live_session=room.session_id), lang="en")
    with path.open(encoding="utf-8-sig") as file:
        exported = [row for row in csv.DictReader(file) if row["player"] == "Tiger"]
    assert [float(row["points"]) for row in exported] == [100, 110, 60, 130]
    assert {float(row["total points"]) for row in exported} == {400}


def test_self_paced_game_points_count_from_the_last_answer(
    services: AppServices, ticks: Ticks
) -> None:
    room = services.live.open(QuizSpec(count=3), pace=Pace.SELF, game=True)
    assert room.seconds == 30  # the set named no time: 30 s a question
    seat, _ = room.claim(person_id=None, nickname="Tiger")
    ticks.now += 60  # waiting in the lobby does not count
    room.start()
    ticks.now += 7.5  # the first quarter of 30 s: full
    assert room.answer(seat, 0, right(room, 0)).points == 100
    ticks.now += 18.75  # (18.75 - 7.5) / 22.5 = 1/2 of the fall: 75, +10 %
    assert room.answer(seat, 1, right(room, 1)).points == pytest.approx(82.5)
    ticks.now += 100  # after the time: half, +20 %
    assert room.answer(seat, 2, right(room, 2)).points == pytest.approx(60)
    state = room.state_for(seat)
    assert (state["points"], state["streak"]) == (242, 3)  # 242.5, shown as whole points
    assert state["summary"]["right"] == 3
