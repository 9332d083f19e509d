"""A month of a learner's evenings with a fake clock: ten new questions of practice and
then every review due, each day. The deck, the due counts and the schedule are checked
day by day against what the stored answers say happened."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakeclock import Clock

from ipquiz.config import resolve_locations
from ipquiz.domain.quiz import Phase
from ipquiz.domain.results import ResultFilter
from ipquiz.domain.spec import Mode, QuizSpec
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.quiz_service import ActiveQuiz

DAYS = 30
FIRST_EVENING = dt.datetime(2026, 11, 2, 19, 0)


@pytest.fixture
def month_services(data_dir: Path, clock: Clock) -> Iterator[AppServices]:
    """The shipped bank (hundreds of questions: a month of new ones)."""
    clock.now = FIRST_EVENING
    services = open_services(resolve_locations(data_dir=str(data_dir)), clock=clock)
    yield services
    services.close()


class Learner:
    """Knows about two questions in three from the start; learns a missed one after
    reading its explanation twice (so the first review of a miss fails again)."""

    def __init__(self) -> None:
        self.explanations_read: dict[str, int] = defaultdict(int)

    def knows(self, question_id: str) -> bool:
        read = self.explanations_read[question_id]
        if read:
            return read >= 2
        return int(hashlib.sha1(question_id.encode()).hexdigest(), 16) % 3 != 0

    def play(self, services: AppServices, active: ActiveQuiz) -> list[tuple[str, bool]]:
        """Answer every question; (question id, right) in the order asked."""
        given = []
        quiz = active.quiz
        while quiz.phase is not Phase.FINISHED:
            question = quiz.current.question
            right = self.knows(question.id)
            wrong = frozenset({min(set(range(question.choice_count)) - question.correct)})
            services.quiz.answer(active, question.correct if right else wrong, elapsed_ms=4000)
            if not right:
                self.explanations_read[question.id] += 1
            given.append((question.id, right))
            quiz.next()
        services.quiz.finish(active)
        return given


def test_a_month_of_practice_and_review(month_services: AppServices, clock: Clock) -> None:
    services, learner = month_services, Learner()
    me = services.persons.create("学习者", colour="green")
    review, persons = services.review, services.persons
    missed_ever: set[str] = set()
    last_right_gap: dict[str, dt.timedelta] = {}  # a card's interval after its last right review
    due_tomorrow: set[str] = set()
    due_each_day: list[int] = []
    for day in range(DAYS):
        clock.now = FIRST_EVENING + dt.timedelta(days=day)
        # what was missed yesterday is due today
        due_now = set(review.due(me.id))
        assert due_tomorrow <= due_now
        assert review.due_count(me.id) == len(due_now)
        due_each_day.append(len(due_now))

        # the review sessions: twenty at a time, the longest overdue first, until none is due
        reviewed: list[tuple[str, bool]] = []
        while (spec := review.session_spec(me.id)) is not None:
            assert spec.mode is Mode.REVIEW
            assert len(spec.question_ids) <= 20
            assert set(spec.question_ids) <= due_now
            active = services.quiz.start(spec=spec, lang="zh-CN", person_id=me.id)
            reviewed += learner.play(services, active)
        assert {q for q, _ in reviewed} == due_now  # each due card once
        assert review.due_count(me.id) == 0  # done for today

        # then ten questions of practice (new ones first: the draw walks on)
        active = services.quiz.start(
            spec=QuizSpec(count=10, seed=day), lang="zh-CN", person_id=me.id
        )
        practised = learner.play(services, active)

        deck = {card.question_id: card for card in review.deck(me.id)}
        missed_today = {q for q, right in reviewed + practised if not right}
        missed_ever |= missed_today
        assert set(deck) == missed_ever  # every miss is in the deck, nothing else
        for q in missed_today:  # a miss comes back the next day
            assert deck[q].due - clock.now <= dt.timedelta(days=1)
            last_right_gap.pop(q, None)  # a lapse starts the spacing again
        for q, right in reviewed:
            if not right or q in missed_today:
                continue
            gap = deck[q].due - clock.now
            assert gap >= last_right_gap.get(q, dt.timedelta(days=1))  # pushed out, further
            last_right_gap[q] = gap
        due_tomorrow = missed_today

    # the deck agrees with the stored answers: one review per answer since the first miss
    attempts = services.results.attempts(ResultFilter(person_id=me.id))
    answers_since_miss: dict[str, int] = defaultdict(int)
    for attempt in attempts:
        for record in attempt.answers:
            if record.question_id in answers_since_miss or not record.correct:
                answers_since_miss[record.question_id] += 1
    assert {c.question_id: c.reviews for c in review.deck(me.id)} == dict(answers_since_miss)
    modes = [a.mode for a in attempts]
    assert modes.count("practice") == DAYS
    assert modes.count("review") >= DAYS - 1

    # a month on: most of the deck is learnt and spaced out, weeks ahead
    assert len(missed_ever) >= 60
    assert due_each_day[-1] <= len(missed_ever) // 3  # the rest is spaced out further
    longest = max(last_right_gap.values())
    assert longest >= dt.timedelta(days=7)
    assert persons.data_of(me.id).review_cards == len(missed_ever)
