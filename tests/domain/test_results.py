"""Outcomes, rounding and summaries that agree with each other."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from ipquiz.domain.language import EN
from ipquiz.domain.question import Question, QuestionText, QuestionType
from ipquiz.domain.quiz import Quiz, plan_choices
from ipquiz.domain.results import Outcome, outcome, passes, percent
from ipquiz.domain.scoring import ACCURACY, SPEED_STREAK
from ipquiz.domain.spec import QuizSpec


def q(qid: str, qtype: QuestionType, correct: set[int], category: str) -> Question:
    choices = () if qtype is QuestionType.TRUE_FALSE else ("a", "b", "c", "d")
    return Question(
        id=qid,
        category=category,
        type=qtype,
        difficulty=1,
        texts={EN: QuestionText(f"prompt {qid}", choices)},
        correct=frozenset(correct),
    )


QUESTIONS = [
    q("s", QuestionType.SINGLE, {2}, "patents"),
    q("m", QuestionType.MULTIPLE, {0, 3}, "patents"),
    q("t", QuestionType.TRUE_FALSE, {1}, "copyright"),
]


def exam(scoring: str = "partial") -> Quiz:
    planned = plan_choices(QUESTIONS, shuffle=False, rng=random.Random(1))
    return Quiz(QuizSpec.exam(count=3, scoring=scoring), planned)


def test_partial_credit_is_partly_never_wrong() -> None:
    z = exam()
    z.goto(1)
    record = z.answer(frozenset({0}), elapsed_ms=10)  # one of two right choices
    assert not record.correct
    assert record.points == 0.5
    assert outcome(record) is Outcome.PARTLY
    assert outcome(z.answer(frozenset({0, 3}), elapsed_ms=10)) is Outcome.CORRECT
    assert outcome(z.answer(frozenset({1}), elapsed_ms=10)) is Outcome.WRONG
    assert outcome(None) is Outcome.NO_ANSWER


def test_the_per_topic_table_counts_unanswered_questions() -> None:
    z = exam()
    z.answer(frozenset({2}), elapsed_ms=10)  # only the first question (patents)
    z.submit()
    result = z.result()
    patents, copyright_ = result.by_category["patents"], result.by_category["copyright"]
    assert (patents.correct, patents.questions) == (1, 2)
    assert (copyright_.correct, copyright_.answered, copyright_.questions) == (0, 0, 1)
    tallies = result.by_category.values()
    assert sum(t.questions for t in tallies) == result.total == 3
    assert sum(t.max_points for t in tallies) == result.overall.max_points
    assert sum(t.points for t in tallies) == result.overall.points


def test_points_are_shown_with_the_profiles_decimals() -> None:
    assert ACCURACY.shown(2 / 3) == 0.67
    assert SPEED_STREAK.shown(87.6) == 88
    assert str(ACCURACY.shown(-0.0001)) == "0.0"


@given(st.floats(0, 200), st.floats(0, 100), st.floats(0, 1))
def test_percent_and_pass_agree(points: float, max_points: float, mark: float) -> None:
    share = percent(points, max_points)
    assert 0 <= share <= 100
    if passes(points, max_points, mark):
        assert max_points > 0
        assert points / max_points >= mark
