"""The review deck: misses go in, FSRS brings them back, right answers push them out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dbcheck import committed
from fakeclock import Clock

from ipquiz.config import resolve_locations
from ipquiz.domain.persons import UnknownPersonError
from ipquiz.domain.quiz import Phase
from ipquiz.domain.results import ResultFilter
from ipquiz.domain.spec import Mode, QuizSpec
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.quiz_service import ActiveQuiz

DAY = dt.timedelta(days=1)


def answer(services: AppServices, active: ActiveQuiz, *, right: bool) -> None:
    question = active.quiz.current.question
    wrong = min(set(range(question.choice_count)) - question.correct)
    chosen = question.correct if right else frozenset({wrong})
    services.quiz.answer(active, chosen, elapsed_ms=1000)


def play(services: AppServices, active: ActiveQuiz, wrong: set[str]) -> list[str]:
    """Answer every question, wrong for the ids in `wrong`, and finish; the ids asked."""
    asked = []
    while active.quiz.phase is not Phase.FINISHED:
        question = active.quiz.current.question
        asked.append(question.id)
        answer(services, active, right=question.id not in wrong)
        active.quiz.next()
    services.quiz.finish(active)
    return asked


def practise(
    services: AppServices, person_id: int | None, wrong: set[str], *, player: str = ""
) -> list[str]:
    """A practice quiz of every question, answered wrong for the ids in `wrong`."""
    active = services.quiz.start(
        spec=QuizSpec(count=5, seed=2), lang="en", person_id=person_id, player=player
    )
    return play(services, active, wrong)


def review(services: AppServices, person_id: int, wrong: set[str]) -> list[str]:
    """Today's review session, answered wrong for the ids in `wrong`."""
    spec = services.review.session_spec(person_id)
    assert spec is not None
    active = services.quiz.start(spec=spec, lang="zh-CN", person_id=person_id)
    return play(services, active, wrong)


def test_misses_go_into_the_deck_and_are_due_the_next_day(
    services: AppServices, clock: Clock
) -> None:
    me = services.persons.create("学习者")
    missed = {"a-single", "b-single"}
    asked = practise(services, me.id, missed)
    assert missed <= set(asked)
    deck = services.review.deck(me.id)
    assert {c.question_id for c in deck} == missed  # right answers stay out
    assert services.review.due_count(me.id) == 0  # not today: tomorrow
    assert services.review.session_spec(me.id) is None
    clock.now += DAY
    assert services.review.due_count(me.id) == 2
    assert sorted(services.review.due(me.id)) == sorted(missed)


def test_right_in_review_pushes_out_wrong_brings_back(services: AppServices, clock: Clock) -> None:
    me = services.persons.create("Learner")
    practise(services, me.id, {"a-single", "b-single"})
    clock.now += DAY
    spec = services.review.session_spec(me.id)
    assert spec is not None
    assert spec.mode is Mode.REVIEW
    assert sorted(spec.question_ids) == ["a-single", "b-single"]
    asked = review(services, me.id, wrong={"b-single"})
    assert sorted(asked) == ["a-single", "b-single"]
    due = {c.question_id: c.due for c in services.review.deck(me.id)}
    assert due["b-single"] - clock.now <= DAY  # wrong: back tomorrow
    assert due["a-single"] - clock.now >= 2 * DAY  # right: pushed out
    assert services.review.due_count(me.id) == 0
    clock.now += DAY
    assert services.review.due(me.id) == ["b-single"]
    # the review was played as attempts of mode review, kept with every answer
    reviews = services.results.attempts(ResultFilter(person_id=me.id, mode="review"))
    assert [len(a.answers) for a in reviews] == [2]


def test_a_right_answer_in_practice_also_counts_for_a_deck_question(
    services: AppServices, clock: Clock
) -> None:
    me = services.persons.create("Learner")
    practise(services, me.id, {"a-single"})
    first_due = services.review.deck(me.id)[0].due
    clock.now += DAY
    practise(services, me.id, set())
    (card,) = services.review.deck(me.id)
    assert card.due > first_due + DAY
    assert card.reviews == 2


def test_guests_keep_no_deck(services: AppServices, clock: Clock) -> None:
    practise(services, None, {"a-single"}, player="guest")
    guest = services.persons.create_guest("visitor")
    practise(services, guest.id, {"a-single"})
    with pytest.raises(UnknownPersonError):
        services.review.deck(guest.id)
    assert committed(services.db.url, "SELECT COUNT(*) FROM review_cards") == [(0,)]


def test_an_exam_counts_its_final_answers_once_at_submit(services: AppServices) -> None:
    me = services.persons.create("Learner")
    active = services.quiz.start(spec=QuizSpec.exam(count=5, seed=1), lang="en", person_id=me.id)
    quiz = active.quiz
    for position in range(quiz.total):
        quiz.goto(position)
        answer(services, active, right=False)
    assert services.review.deck(me.id) == []  # changeable until submitted
    for position in range(quiz.total):
        quiz.goto(position)
        answer(services, active, right=quiz.current.question.id != "a-multiple")
    services.quiz.finish(active)
    services.quiz.finish(active)  # a close sent again counts nothing again
    (card,) = services.review.deck(me.id)
    assert card.question_id == "a-multiple"
    assert card.reviews == 1


def test_an_answer_sent_again_is_counted_once(services: AppServices) -> None:
    me = services.persons.create("Learner")
    active = services.quiz.start(spec=QuizSpec(count=5, seed=2), lang="en", person_id=me.id)
    before = active.quiz.checkpoint()
    answer(services, active, right=False)
    active.quiz.restore(before)  # as if the acknowledgement was lost
    answer(services, active, right=False)
    (card,) = services.review.deck(me.id)
    assert card.reviews == 1


def test_a_resumed_quiz_still_feeds_the_deck(
    data_dir: Path, small_bank: Path, clock: Clock
) -> None:
    first = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank, clock=clock)
    me = first.persons.create("Learner")
    active = first.quiz.start(spec=QuizSpec(count=5, seed=2), lang="en", person_id=me.id)
    answer(first, active, right=False)
    first.close()  # the window closed, or the power went

    again = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank, clock=clock)
    try:
        (resumed,) = again.quiz.interrupted()
        assert resumed.person_id == me.id
        assert resumed.keeps_deck
        answer(again, resumed, right=False)
        assert len(again.review.deck(me.id)) == 2
    finally:
        again.close()
