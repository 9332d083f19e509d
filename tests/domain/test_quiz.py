from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipquiz.domain.language import EN
from ipquiz.domain.question import Question, QuestionText, QuestionType
from ipquiz.domain.quiz import Phase, Quiz, QuizStateError, plan_choices
from ipquiz.domain.scoring import ACCURACY, MultipleRule, ScoringProfile, score_answer
from ipquiz.domain.spec import QuizSpec


def q(
    qid: str, qtype: QuestionType, correct: set[int], *, category: str = "c", difficulty: int = 1
) -> Question:
    choices = () if qtype is QuestionType.TRUE_FALSE else ("a", "b", "c", "d")
    return Question(
        id=qid,
        category=category,
        type=qtype,
        difficulty=difficulty,
        texts={EN: QuestionText(f"prompt {qid}", choices, "why")},
        correct=frozenset(correct),
    )


QUESTIONS = [
    q("s", QuestionType.SINGLE, {2}, category="patents"),
    q("m", QuestionType.MULTIPLE, {0, 3}, category="patents", difficulty=2),
    q("t", QuestionType.TRUE_FALSE, {1}, category="copyright", difficulty=3),
]


def quiz(**spec: object) -> Quiz:
    planned = plan_choices(QUESTIONS, shuffle=False, rng=random.Random(1))
    return Quiz(QuizSpec(**spec), planned)  # type: ignore[arg-type]


def test_walks_question_feedback_next_until_finished() -> None:
    z = quiz()
    assert z.phase is Phase.QUESTION
    assert z.current.question.id == "s"
    first = z.answer(frozenset({2}), elapsed_ms=900)
    assert first.correct
    assert first.points == 1
    assert z.phase is Phase.FEEDBACK
    assert z.position == 0  # feedback still shows the answered question
    assert z.next() is Phase.QUESTION
    z.answer(frozenset({0}), elapsed_ms=100)  # half of a multiple answer: all or nothing
    z.next()
    z.answer(frozenset({1}), elapsed_ms=100)
    assert z.next() is Phase.FINISHED
    result = z.result()
    assert (result.overall.correct, result.overall.points, result.overall.max_points) == (
        2,
        2.0,
        3.0,
    )
    assert result.by_category["patents"].correct == 1
    assert result.by_category["copyright"].correct == 1
    assert result.by_difficulty[2].points == 0
    assert result.passed  # 2/3 >= 0.6


def test_without_immediate_feedback_answers_go_straight_on() -> None:
    z = quiz(immediate_feedback=False)
    z.answer(frozenset({0}), elapsed_ms=1)
    assert z.phase is Phase.QUESTION
    assert z.position == 1


@pytest.mark.parametrize("action", ["next", "answer_twice"])
def test_invalid_transitions_raise(action: str) -> None:
    z = quiz()
    if action == "next":
        with pytest.raises(QuizStateError):
            z.next()
    else:
        z.answer(frozenset({0}), elapsed_ms=1)
        with pytest.raises(QuizStateError):
            z.answer(frozenset({0}), elapsed_ms=1)


def test_single_choice_takes_one_answer() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        quiz().answer(frozenset({0, 1}), elapsed_ms=1)
    with pytest.raises(ValueError, match="at least one"):
        quiz().answer(frozenset(), elapsed_ms=1)
    with pytest.raises(ValueError, match="out of range"):
        quiz().answer(frozenset({9}), elapsed_ms=1)


def test_unanswered_questions_count_in_the_maximum() -> None:
    z = quiz()
    z.answer(frozenset({2}), elapsed_ms=1)
    result = z.result()
    assert result.overall.max_points == 3.0
    assert not result.passed


def test_choice_order_is_shuffled_reproducibly_but_never_for_true_false() -> None:
    many = [q(f"x{i}", QuestionType.SINGLE, {0}) for i in range(20)] + [
        q("tf", QuestionType.TRUE_FALSE, {0})
    ]
    a = plan_choices(many, shuffle=True, rng=random.Random(7))
    b = plan_choices(many, shuffle=True, rng=random.Random(7))
    assert [p.shown_order for p in a] == [p.shown_order for p in b]
    assert any(p.shown_order != (0, 1, 2, 3) for p in a[:-1])
    assert a[-1].shown_order == (0, 1)
    assert all(sorted(p.shown_order) == list(range(p.question.choice_count)) for p in a)


@pytest.mark.parametrize(
    ("chosen", "all_or_nothing", "partial"),
    [
        ({0, 3}, 1.0, 1.0),
        ({0}, 0.0, 0.5),
        ({0, 1}, 0.0, 0.0),
        ({0, 3, 1}, 0.0, 0.5),
        ({1, 2}, 0.0, 0.0),  # never below zero
    ],
)
def test_multiple_answer_scoring(chosen: set[int], all_or_nothing: float, partial: float) -> None:
    question = QUESTIONS[1]
    assert score_answer(question, frozenset(chosen), ACCURACY) == all_or_nothing
    profile = ScoringProfile("p", 1, multiple=MultipleRule.PARTIAL)
    assert score_answer(question, frozenset(chosen), profile) == pytest.approx(partial)


def test_spec_validation() -> None:
    with pytest.raises(ValueError, match="between 1 and 500"):
        QuizSpec(count=0)
    with pytest.raises(ValueError, match="pass mark"):
        QuizSpec(pass_mark=2)
    with pytest.raises(ValueError, match="unknown scoring profile"):
        Quiz(QuizSpec(scoring="nope"), plan_choices(QUESTIONS, shuffle=False, rng=random.Random()))


actions = st.lists(
    st.one_of(
        st.tuples(st.just("answer"), st.frozensets(st.integers(0, 4), max_size=3)),
        st.tuples(st.just("next"), st.just(frozenset[int]())),
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(actions)
def test_any_sequence_of_actions_keeps_the_attempt_consistent(
    steps: list[tuple[str, frozenset[int]]],
) -> None:
    z = quiz()
    for name, chosen in steps:
        try:
            if name == "answer":
                z.answer(chosen, elapsed_ms=1)
            else:
                z.next()
        except (QuizStateError, ValueError):
            pass
        answers = z.answers
        assert [a.position for a in answers] == list(range(len(answers)))
        assert len(answers) <= z.total
        assert len({a.question_id for a in answers}) == len(answers)
        if z.phase is Phase.FINISHED:
            assert len(answers) == z.total
        result = z.result()
        assert 0 <= result.overall.points <= result.overall.max_points == z.total
