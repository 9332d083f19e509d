"""A set with a time per question played self-paced: each student's countdown runs from
when the server sent them the question (reading a result costs no time), an answer after
it is refused as "time_up" and the student reads that question's result and moves on;
a game lesson's speed points count from the same moment. A session resumed after its
host died keeps the time already spent (the class's countdown and each student's)."""

from __future__ import annotations

import pytest

from ipquiz.domain.live import Pace, Stage
from ipquiz.domain.results import ResultFilter
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices
from ipquiz.services.live import LiveError, LiveRoom, LiveService, Seat


class Clocks:
    """The room's clock and the wall clock, moved together by the test."""

    def __init__(self) -> None:
        self.mono = 1000.0
        self.epoch = 1_800_000_000.0

    def monotonic(self) -> float:
        return self.mono

    def wall(self) -> float:
        return self.epoch

    def pass_(self, seconds: float) -> None:
        self.mono += seconds
        self.epoch += seconds


@pytest.fixture
def clocks(services: AppServices) -> Clocks:
    clocks = Clocks()
    services.live.monotonic, services.live.wall = clocks.monotonic, clocks.wall
    return clocks


def right(room: LiveRoom, position: int) -> frozenset[int]:
    item = room.planned[position]
    return frozenset(item.shown_order.index(i) for i in item.question.correct)


def started(
    services: AppServices, spec: QuizSpec, pace: Pace = Pace.SELF, *, game: bool = False
) -> tuple[LiveRoom, Seat]:
    """A class with Tiger in it, started."""
    room = services.live.open(spec, pace=pace, game=game)
    seat, _ = room.claim(person_id=None, nickname="Tiger")
    room.start()
    return room, seat


def restarted(services: AppServices, clocks: Clocks, *, down: float) -> LiveService:
    """The program started again after `down` seconds (a new process, new clocks)."""
    clocks.epoch += down
    clocks.mono = 50.0  # a new process's clock has nothing to do with the old one's
    return LiveService(services.db, services.quiz, monotonic=clocks.monotonic, wall=clocks.wall)


def test_each_student_has_the_question_time_from_when_it_was_sent(
    services: AppServices, clocks: Clocks
) -> None:
    room, fast = started(services, QuizSpec(count=3, question_seconds=20))
    clocks.pass_(5)
    slow, _ = room.claim(person_id=None, nickname="Panda")  # came in late: own full time
    assert room.state_for(fast)["ms_left"] == 15_000
    assert room.state_for(slow)["ms_left"] == 20_000
    room.answer(fast, 0, right(room, 0))
    reading = room.state_for(fast)
    assert reading["reading"]["position"] == 0
    assert reading["reading"]["right"] is True
    assert "question" not in reading
    clocks.pass_(40)  # reading the explanation: no question's time runs
    room.go_on(fast, 0)
    state = room.state_for(fast)
    assert state["question"]["position"] == 1
    assert state["ms_left"] == 20_000  # from when the next one was sent
    clocks.pass_(20 + 1.0)  # past the time, within the network's grace: still taken
    room.answer(fast, 1, right(room, 1))
    # Panda never answered: 45 s after being sent the question, its time is long up
    with pytest.raises(LiveError, match="time_up"):
        room.answer(slow, 0, right(room, 0))
    state = room.state_for(slow)
    assert state["reading"]["position"] == 0
    assert state["reading"]["chosen"] == []
    assert state["reading"]["right"] is False
    assert state["reading"]["timed_out"] is True
    room.go_on(slow, 0)
    assert room.state_for(slow)["question"]["position"] == 1  # moved on
    stored = services.results.attempts(ResultFilter(person_id=slow.person_id, statuses=("active",)))
    assert [(r.position, r.chosen, r.correct) for r in stored[0].answers] == [
        (0, frozenset(), False)
    ]


def test_a_device_whose_countdown_ran_out_moves_on_without_an_answer(
    services: AppServices, clocks: Clocks
) -> None:
    room, seat = started(services, QuizSpec(count=2, question_seconds=10))
    clocks.pass_(5)
    with pytest.raises(LiveError, match="not_now"):  # the server's time is not up yet
        room.go_on(seat, 0)
    assert room.state_for(seat)["question"]["position"] == 0
    clocks.pass_(5)
    room.go_on(seat, 0)  # the phone said so at its own zero
    assert room.state_for(seat)["reading"]["chosen"] == []
    room.go_on(seat, 0)
    assert room.state_for(seat)["question"]["position"] == 1


def test_a_pause_holds_each_students_question_time(services: AppServices, clocks: Clocks) -> None:
    room, seat = started(services, QuizSpec(count=2, question_seconds=20))
    clocks.pass_(8)
    room.set_paused(True)
    clocks.pass_(300)
    room.set_paused(False)
    assert room.state_for(seat)["ms_left"] == 12_000
    clocks.pass_(12 + 1)
    room.answer(seat, 0, right(room, 0))  # within the time the pause kept


def test_game_points_count_from_when_the_question_was_sent_not_the_last_answer(
    services: AppServices, clocks: Clocks
) -> None:
    room, seat = started(services, QuizSpec(count=3, question_seconds=40), game=True)
    clocks.pass_(2)
    first = room.answer(seat, 0, right(room, 0))
    assert first.points == pytest.approx(100)
    clocks.pass_(35)  # a long read of the explanation
    room.go_on(seat, 0)
    clocks.pass_(2)
    second = room.answer(seat, 1, right(room, 1))
    # as quick as the first: full speed points (and the streak's 10 %)
    assert second.points == pytest.approx(110)


def test_a_resumed_teacher_paced_question_keeps_the_time_spent(
    services: AppServices, clocks: Clocks
) -> None:
    room, _ = started(services, QuizSpec(count=2, question_seconds=30), Pace.TEACHER)
    clocks.pass_(10)
    # the host dies 10 s into the question; the program is back 4 s later
    back = restarted(services, clocks, down=4).resume(room.session_id)
    assert back.stage is Stage.QUESTION
    assert back.remaining() == pytest.approx(16)  # not a fresh 30 s


def test_a_resumed_paused_class_keeps_what_was_left(services: AppServices, clocks: Clocks) -> None:
    room, _ = started(services, QuizSpec(count=2, question_seconds=30), Pace.TEACHER)
    clocks.pass_(12)
    room.set_paused(True)
    clocks.pass_(100)
    back = restarted(services, clocks, down=60).resume(room.session_id)
    assert back.paused
    assert back.remaining() == pytest.approx(18)
    clocks.pass_(5)
    back.set_paused(False)
    assert back.remaining() == pytest.approx(18)


def test_a_resumed_self_paced_class_keeps_each_students_time_and_the_sets(
    services: AppServices, clocks: Clocks
) -> None:
    room = services.live.open(
        QuizSpec(count=3, question_seconds=20, total_seconds=600), pace=Pace.SELF
    )
    seat, token = room.claim(person_id=None, nickname="Tiger")
    reader, reader_token = room.claim(person_id=None, nickname="Panda")
    room.start()
    clocks.pass_(5)
    room.answer(seat, 0, right(room, 0))  # Tiger reads the result from here on
    clocks.pass_(10)
    room.answer(reader, 0, right(room, 0))
    room.go_on(reader, 0)  # Panda's second question is sent at 15 s
    clocks.pass_(10)  # the host dies at 25 s
    service = restarted(services, clocks, down=3)
    back = service.resume(room.session_id)
    tiger, panda = back.seat_of(token), back.seat_of(reader_token)
    assert tiger is not None
    assert panda is not None
    assert back.remaining() == pytest.approx(600 - 28)  # the set's time runs on
    assert back.state_for(tiger)["reading"]["position"] == 0  # still reading
    assert back.state_for(panda)["ms_left"] == 20_000 - 13_000  # sent 13 s ago
    back.go_on(tiger, 0)
    assert back.state_for(tiger)["ms_left"] == 20_000
