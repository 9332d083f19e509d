"""A live class through its service: seats for roster students and nicknames, answers
committed before they are acknowledged, and a session resumed after its host died."""

from __future__ import annotations

import pytest

from ipquiz.domain.live import Pace, Stage
from ipquiz.domain.results import ResultFilter
from ipquiz.domain.spec import Mode, QuizSpec
from ipquiz.services.app import AppServices
from ipquiz.services.live import LiveError, LiveRoom


def class_room(services: AppServices, pace: Pace = Pace.TEACHER) -> LiveRoom:
    group = services.rosters.import_text("1 王芳\n2 李雷", name="初二(3)班").group
    return services.live.open(QuizSpec(count=3), pace=pace, group_id=group.id)


def test_a_roster_name_is_claimed_once_and_the_token_finds_the_seat_again(
    services: AppServices,
) -> None:
    room = class_room(services)
    assert [(n.name, n.taken) for n in room.names()] == [("王芳", False), ("李雷", False)]
    wang = room.names()[0].person_id
    seat, token = room.claim(person_id=wang, nickname=None)
    assert seat.name == "王芳"
    assert room.names()[0].taken
    with pytest.raises(LiveError, match="name_taken"):
        room.claim(person_id=wang, nickname=None)
    with pytest.raises(LiveError, match="roster_only"):
        room.claim(person_id=None, nickname="Tiger")
    assert room.seat_of(token) is seat
    assert room.seat_of("x" * 43) is None
    assert len(room.code) == 6
    assert room.code.isdigit()


def test_nicknames_are_filtered_as_at_the_kiosk_and_unique(services: AppServices) -> None:
    room = services.live.open(QuizSpec(count=2), pace=Pace.SELF)
    room.claim(person_id=None, nickname="Tiger")
    with pytest.raises(LiveError, match="name_taken"):
        room.claim(person_id=None, nickname=" tiger ")
    with pytest.raises(LiveError, match="nickname_refused"):
        room.claim(person_id=None, nickname="13812345678")  # a phone number


def test_an_answer_is_stored_when_it_returns_and_once_when_sent_again(
    services: AppServices,
) -> None:
    room = class_room(services)
    seat, _ = room.claim(person_id=room.names()[1].person_id, nickname=None)
    with pytest.raises(LiveError, match="not_now"):  # still in the lobby
        room.answer(seat, 0, frozenset({0}))
    room.start()
    with pytest.raises(LiveError, match="not_now"):  # not the projected question
        room.answer(seat, 1, frozenset({0}))
    question = room.planned[0].question
    right = frozenset(room.planned[0].shown_order.index(i) for i in question.correct)
    record = room.answer(seat, 0, right)  # the buttons as the devices show them
    again = room.answer(seat, 0, frozenset({0}))  # the device did not hear the first ack
    assert again == record
    assert record.correct
    stored = services.results.attempts(ResultFilter(person_id=seat.person_id, statuses=("active",)))
    assert [a.mode for a in stored] == [Mode.LIVE.value]
    assert [(r.position, r.correct) for r in stored[0].answers] == [(0, True)]
    room.reveal()
    assert room.stage is Stage.REVEAL
    assert room.shares(0)[sorted(right)[0]] == 1.0
    assert room.state_for(seat)["result"]["right"] is True


def test_a_resumed_session_has_its_code_seats_tokens_and_answers(
    services: AppServices,
) -> None:
    room = class_room(services, Pace.SELF)
    seat, token = room.claim(person_id=room.names()[0].person_id, nickname=None)
    room.start()
    room.answer(seat, 0, frozenset({1}))
    # the host dies here: nothing is closed; a new program finds the session
    assert services.live.resumable() == [(room.session_id, room.code, "self")]
    back = services.live.resume(room.session_id)
    assert (back.code, back.stage) == (room.code, Stage.QUESTION)
    again = back.seat_of(token)
    assert again is not None
    assert again.name == "王芳"
    assert again.next_position == 1
    assert [q.question.id for q in back.planned] == [q.question.id for q in room.planned]
    assert services.quiz.interrupted() == []  # a live seat is not offered as a quiz
    back.answer(again, 1, frozenset({0}))
    back.end()
    summary = back.state_for(again)["summary"]
    first = back.planned[0].question
    assert summary["questions"][0]["texts"]["en"]["prompt"] == first.localized("en").prompt
    assert summary["questions"][0]["chosen"] == [1]
    assert summary["total"] == 3
    assert services.live.resumable() == []
    stored = services.results.attempts(ResultFilter(person_id=again.person_id))
    assert [(a.status, len(a.answers)) for a in stored] == [("finished", 2)]


class Ticks:
    """The countdown's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_device_hears_the_milliseconds_left_which_stand_still_while_paused(
    services: AppServices,
) -> None:
    group = services.rosters.import_text("1 王芳", name="初二(3)班").group
    room = services.live.open(
        QuizSpec(count=2, question_seconds=20), pace=Pace.TEACHER, group_id=group.id
    )
    room.monotonic = clock = Ticks()
    seat, _ = room.claim(person_id=room.names()[0].person_id, nickname=None)
    assert "ms_left" not in room.state_for(seat)  # the lobby has no countdown
    room.start()
    assert room.state_for(seat)["ms_left"] == 20_000
    clock.now += 7.25
    assert room.state_for(seat)["ms_left"] == 12_750  # a span, not a moment of the PC's clock
    room.set_paused(True)
    clock.now += 60
    assert room.remaining() == pytest.approx(12.75)
    room.set_paused(False)
    clock.now += 12.75
    assert room.state_for(seat)["ms_left"] == 0
    assert not room.time_up()  # the network's delay is allowed for
    clock.now += 2
    assert room.time_up()
    with pytest.raises(LiveError, match="time_up"):
        room.answer(seat, 0, frozenset({0}))
    room.reveal()
    room.next()
    assert room.state_for(seat)["ms_left"] == 20_000  # each question its own time


def test_a_self_paced_set_with_a_time_limit_ends_for_the_student_when_it_is_up(
    services: AppServices,
) -> None:
    room = services.live.open(QuizSpec(count=3, total_seconds=300), pace=Pace.SELF)
    room.monotonic = clock = Ticks()
    seat, _ = room.claim(person_id=None, nickname="Tiger")
    room.start()
    state = room.state_for(seat)
    assert state["ms_left"] == 300_000
    room.answer(seat, 0, frozenset({0}))
    clock.now += 120
    assert room.state_for(seat)["ms_left"] == 180_000  # the whole set's time runs on
    clock.now += 182
    with pytest.raises(LiveError, match="time_up"):
        room.answer(seat, 1, frozenset({0}))
    state = room.state_for(seat)
    assert state["done"] is True
    assert "question" not in state
    assert [q["chosen"] != [] for q in state["summary"]["questions"]] == [True, False, False]


def test_a_self_paced_set_without_a_time_limit_has_no_countdown(services: AppServices) -> None:
    room = services.live.open(QuizSpec(count=2), pace=Pace.SELF)
    seat, _ = room.claim(person_id=None, nickname="Tiger")
    room.start()
    assert room.state_for(seat)["ms_left"] is None
    assert room.remaining() is None
