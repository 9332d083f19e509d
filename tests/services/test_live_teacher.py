"""The teacher's hand on a live class: a question skipped (it counts for nobody), a
student removed (their token brings nobody back in, their answers stay out of the
class's result) and a seat freed (the name is claimed again, with its answers); each
kept when the host is started again."""

from __future__ import annotations

import pytest

from ipquiz.domain.live import Pace, SeatStatus, Stage
from ipquiz.domain.results import ResultFilter
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices
from ipquiz.services.live import LiveError, LiveRoom


def class_room(services: AppServices, pace: Pace, count: int = 3) -> LiveRoom:
    group = services.rosters.import_text("1 王芳\n2 李雷", name="初二(3)班").group
    return services.live.open(QuizSpec(count=count), pace=pace, group_id=group.id)


def right_buttons(room: LiveRoom, position: int) -> frozenset[int]:
    item = room.planned[position]
    return frozenset(item.shown_order.index(i) for i in item.question.correct)


def test_teacher_paced_skip_moves_on_and_the_question_counts_for_nobody(
    services: AppServices,
) -> None:
    room = class_room(services, Pace.TEACHER)
    wang, _ = room.claim(person_id=room.names()[0].person_id, nickname=None)
    li, _ = room.claim(person_id=room.names()[1].person_id, nickname=None)
    room.start()
    room.answer(wang, 0, right_buttons(room, 0))  # one answered before the skip
    room.skip()
    assert (room.stage, room.position, room.skipped) == (Stage.QUESTION, 1, frozenset({0}))
    assert wang.record(0) is None  # taken back
    with pytest.raises(LiveError, match="skipped"):
        room.answer(li, 0, frozenset({0}))
    for seat in (wang, li):
        room.answer(seat, 1, right_buttons(room, 1))
    room.reveal()
    room.next()
    room.answer(wang, 2, right_buttons(room, 2))
    room.reveal()
    room.next()  # the last question: the end
    assert room.stage is Stage.FINISHED
    summary = room.state_for(wang)["summary"]
    assert (summary["right"], summary["total"]) == (2, 2)
    assert [q["skipped"] for q in summary["questions"]] == [True, False, False]
    stored = services.results.attempts(ResultFilter(live_session=room.session_id))
    scores = {a.player: (a.score, a.max_score, len(a.answers)) for a in stored}
    assert scores == {"王芳": (2.0, 2.0, 2), "李雷": (1.0, 2.0, 1)}


def test_skipping_the_last_question_of_a_teacher_paced_class_ends_it(
    services: AppServices,
) -> None:
    room = services.live.open(QuizSpec(count=3), pace=Pace.TEACHER)
    room.start()
    room.reveal()
    room.next()
    room.skip()  # the second: on to the third
    assert (room.stage, room.position) == (Stage.QUESTION, 2)
    room.reveal()
    room.skip()  # the third and last, revealed already: the end
    assert room.stage is Stage.FINISHED
    assert room.counted == 1
    other = services.live.open(QuizSpec(count=2), pace=Pace.TEACHER)
    other.start()
    other.skip()
    with pytest.raises(LiveError, match="last_question"):  # none would be left
        other.skip()
    assert (other.stage, other.position, other.counted) == (Stage.QUESTION, 1, 1)


def test_self_paced_skip_removes_the_question_for_everyone(services: AppServices) -> None:
    room = class_room(services, Pace.SELF)
    wang, token = room.claim(person_id=room.names()[0].person_id, nickname=None)
    li, _ = room.claim(person_id=room.names()[1].person_id, nickname=None)
    room.start()
    room.answer(wang, 0, right_buttons(room, 0))
    room.answer(wang, 1, right_buttons(room, 1))
    room.skip(1)  # a question whose key the teacher doubts
    assert room.next_for(wang) == 2  # asked again? no: the one after
    assert room.next_for(li) == 0
    room.answer(li, 0, right_buttons(room, 0))
    assert room.state_for(li)["reading"]["position"] == 0  # its result first
    room.go_on(li, 0)
    assert room.state_for(li)["question"]["position"] == 2  # never asked the skipped one
    # the host dies: the skip is kept
    back = services.live.resume(room.session_id)
    assert back.skipped == frozenset({1})
    seat = back.seat_of(token)
    assert seat is not None
    assert back.next_for(seat) == 2
    assert seat.record(1) is None
    back.end()
    stored = services.results.attempts(ResultFilter(live_session=room.session_id))
    assert {a.player: a.max_score for a in stored} == {"王芳": 2.0, "李雷": 2.0}


def test_a_removed_student_cannot_come_back_and_is_left_out_of_the_result(
    services: AppServices,
) -> None:
    room = services.live.open(QuizSpec(count=2), pace=Pace.SELF)
    tiger, token = room.claim(person_id=None, nickname="Tiger")
    room.claim(person_id=None, nickname="Panda")
    room.start()
    room.answer(tiger, 0, frozenset({0}))
    room.remove(tiger.id)
    assert tiger.status is SeatStatus.REMOVED
    assert [s.name for s, _ in room.grid()] == ["Panda"]
    assert room.state_for(room.seat_of(token))["removed"] is True
    with pytest.raises(LiveError, match="removed"):
        room.answer(tiger, 1, frozenset({0}))
    with pytest.raises(LiveError, match="name_taken"):  # not under the same name either
        room.claim(person_id=None, nickname="tiger")
    back = services.live.resume(room.session_id)  # kept when the host is started again
    gone = back.seat_of(token)
    assert gone is not None
    assert gone.status is SeatStatus.REMOVED
    assert [s.name for s, _ in back.grid()] == ["Panda"]
    back.end()
    finished = services.results.attempts(
        ResultFilter(live_session=room.session_id, statuses=("finished",))
    )
    assert [a.player for a in finished] == ["Panda"]
    kept = services.results.attempts(
        ResultFilter(live_session=room.session_id, statuses=("abandoned",))
    )
    assert [(a.player, len(a.answers)) for a in kept] == [("Tiger", 1)]  # answers kept


def test_a_freed_seat_is_claimed_again_with_its_answers(services: AppServices) -> None:
    room = class_room(services, Pace.SELF)
    wang_id = room.names()[0].person_id
    seat, old_token = room.claim(person_id=wang_id, nickname=None)
    room.start()
    room.answer(seat, 0, right_buttons(room, 0))
    with pytest.raises(LiveError, match="name_taken"):
        room.claim(person_id=wang_id, nickname=None)
    room.free(seat.id)
    assert room.seat_of(old_token) is None  # the old device holds nothing
    assert room.state_for(seat)["name"] is None  # it is shown the names again
    assert not room.names()[0].taken
    with pytest.raises(LiveError, match="seat_freed"):
        room.answer(seat, 1, frozenset({0}))
    again, new_token = room.claim(person_id=wang_id, nickname=None)  # a new device
    assert again is seat
    assert room.next_for(again) == 1  # with the answer given on the old one
    assert len(room.grid()) == 1
    room.answer(again, 1, frozenset({0}))
    back = services.live.resume(room.session_id)
    assert back.seat_of(old_token) is None
    resumed = back.seat_of(new_token)
    assert resumed is not None
    assert back.next_for(resumed) == 2


def test_a_freed_seat_is_free_after_a_restart(services: AppServices) -> None:
    room = services.live.open(QuizSpec(count=2), pace=Pace.SELF)
    seat, _ = room.claim(person_id=None, nickname="Tiger")
    room.free(seat.id)
    back = services.live.resume(room.session_id)
    again, _ = back.claim(person_id=None, nickname="TIGER ")
    assert again.id == seat.id
