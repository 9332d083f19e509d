from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipquiz.domain.language import EN, ZH, list_separator
from ipquiz.domain.question import Question, QuestionText, QuestionType
from ipquiz.domain.quiz import (
    Phase,
    PlannedQuestion,
    Quiz,
    QuizStateError,
    plan_choices,
    shown_choices,
)
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


def test_exam_answers_can_change_until_submit() -> None:
    z = Quiz(QuizSpec.exam(count=3), plan_choices(QUESTIONS, shuffle=False, rng=random.Random(1)))
    z.answer(frozenset({0}), elapsed_ms=1)
    assert z.phase is Phase.QUESTION  # no feedback in an exam
    assert not z.answer_at(0).correct  # type: ignore[union-attr]
    z.answer(frozenset({2}), elapsed_ms=1)  # changed
    assert z.answer_at(0).correct  # type: ignore[union-attr]
    z.goto(2)
    z.answer(frozenset({1}), elapsed_ms=1)
    assert z.unanswered == 1
    result = z.submit()
    assert z.phase is Phase.FINISHED
    assert (result.overall.correct, result.overall.answered, result.total) == (2, 2, 3)
    with pytest.raises(QuizStateError):
        z.goto(0)


def test_goto_and_submit_are_exam_only() -> None:
    z = quiz()
    with pytest.raises(QuizStateError):
        z.goto(1)
    with pytest.raises(QuizStateError):
        z.submit()


def test_kiosk_countdown_timeout_scores_zero_and_breaks_the_streak() -> None:
    spec = QuizSpec.kiosk(count=3, question_seconds=20)
    z = Quiz(spec, plan_choices(QUESTIONS, shuffle=False, rng=random.Random(1)))
    first = z.answer(frozenset({2}), elapsed_ms=2_000)  # fast and right: 100
    assert first.points == 100
    z.next()
    timed_out = z.time_out(elapsed_ms=20_000)
    assert (timed_out.chosen, timed_out.correct, timed_out.points) == (frozenset(), False, 0)
    z.next()
    third = z.answer(frozenset({1}), elapsed_ms=2_000)
    assert third.points == 100  # streak broken by the timeout: no bonus
    with pytest.raises(QuizStateError):
        quiz().time_out(elapsed_ms=1)


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
        st.tuples(st.sampled_from(["next", "time_out", "submit"]), st.just(frozenset[int]())),
        st.tuples(st.just("goto"), st.frozensets(st.integers(-1, 3), min_size=1, max_size=1)),
    ),
    max_size=30,
)
SPECS = [QuizSpec.practice(count=3), QuizSpec.exam(count=3), QuizSpec.kiosk(count=3)]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SPECS), actions)
def test_any_sequence_of_actions_keeps_the_attempt_consistent(
    spec: QuizSpec, steps: list[tuple[str, frozenset[int]]]
) -> None:
    z = Quiz(spec, plan_choices(QUESTIONS, shuffle=True, rng=random.Random(5)))
    for name, arg in steps:
        try:
            if name == "answer":
                z.answer(arg, elapsed_ms=1)
            elif name == "goto":
                z.goto(next(iter(arg)))
            elif name == "time_out":
                z.time_out(elapsed_ms=1)
            elif name == "submit":
                z.submit()
            else:
                z.next()
        except (QuizStateError, ValueError):
            pass
        answers = z.answers
        assert len(answers) <= z.total
        assert sorted(a.position for a in answers) == [a.position for a in answers]
        assert len({a.question_id for a in answers}) == len(answers)
        for a in answers:
            assert z.planned[a.position].question.id == a.question_id
        if z.phase is Phase.FINISHED and not spec.answers_changeable:
            assert len(answers) == z.total
        if z.phase is Phase.FEEDBACK:
            assert z.last_answer is not None
        result = z.result()
        assert result.overall.points <= result.overall.max_points * 1.5
        assert result.overall.max_points == sum(z.profile.max_points(p.question) for p in z.planned)


# -- scoring profiles, worked examples ---------------------------------------------


def kiosk_quiz(**spec: object) -> Quiz:
    return Quiz(
        QuizSpec.kiosk(**spec), plan_choices(QUESTIONS, shuffle=False, rng=random.Random(1))
    )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("elapsed_ms", "points"),
    [
        (0, 100.0),
        (5_000, 100.0),  # within the first quarter of 20 s: full points
        (12_500, 75.0),  # half-way through the falling part: 100 - 50 * 0.5
        (20_000, 50.0),  # at the end: half
        (60_000, 50.0),  # never below half
    ],
)
def test_speed_points_fall_linearly_to_half(elapsed_ms: int, points: float) -> None:
    z = kiosk_quiz(question_seconds=20)
    assert z.answer(frozenset({2}), elapsed_ms=elapsed_ms).points == points


def test_streak_bonus_grows_ten_percent_per_answer_up_to_half() -> None:
    many = [q(f"s{i}", QuestionType.SINGLE, {0}) for i in range(8)]
    z = Quiz(QuizSpec.kiosk(count=8), plan_choices(many, shuffle=False, rng=random.Random(1)))
    points = []
    for _ in range(8):
        points.append(z.answer(frozenset({0}), elapsed_ms=0).points)
        z.next()
    assert points == [100.0, 110.0, 120.0, 130.0, 140.0, 150.0, 150.0, 150.0]
    assert z.result().overall.share == 1.0  # bonuses never push the share past 100 %


def test_weighted_profile_difficulty_and_negative_marking() -> None:
    z = Quiz(
        QuizSpec.exam(count=3, scoring="weighted"),
        plan_choices(QUESTIONS, shuffle=False, rng=random.Random(1)),
    )
    z.answer(frozenset({1}), elapsed_ms=1)  # difficulty 1, wrong: -0.25
    z.goto(1)
    z.answer(frozenset({0}), elapsed_ms=1)  # difficulty 2 multiple, half right: 2 * 0.5
    result = z.submit()  # the true/false (difficulty 3) left unanswered: 0, not negative
    assert [a.points for a in z.answers] == [-0.25, 1.0]
    assert result.overall.max_points == 1 + 2 + 3
    assert result.overall.points == 0.75
    assert result.by_difficulty[2].points == 1.0


def test_imported_weights_give_partial_credit() -> None:
    weighted = Question(
        id="w",
        category="c",
        type=QuestionType.MULTIPLE,
        difficulty=1,
        texts={EN: QuestionText("p", ("a", "b", "c", "d"))},
        correct=frozenset({0, 2}),
        weights=(0.5, -1.0, 0.5, 0.0),
    )
    assert (
        score_answer(
            weighted, frozenset({0}), ScoringProfile("p", 1, multiple=MultipleRule.PARTIAL)
        )
        == 0.5
    )
    assert (
        score_answer(
            weighted, frozenset({0, 1}), ScoringProfile("p", 1, multiple=MultipleRule.PARTIAL)
        )
        == 0.0
    )
    assert score_answer(weighted, frozenset({0, 2}), ACCURACY) == 1.0


def test_picked_choices_read_as_the_language_writes_a_list() -> None:
    question = Question(
        id="q",
        category="c",
        type=QuestionType.MULTIPLE,
        difficulty=1,
        texts={
            ZH: QuestionText("哪些？", ("发明", "实用新型", "外观设计")),
            EN: QuestionText("Which?", ("Invention", "Utility model", "Design")),
        },
        correct=frozenset({0, 2}),
    )
    planned = PlannedQuestion(question, (2, 0, 1))  # shown: A=design, B=invention, C=utility
    assert (
        shown_choices(planned, question.localized(ZH), question.correct) == "A. 外观设计；B. 发明"
    )
    assert shown_choices(planned, question.localized(EN), question.correct) == (
        "A. Design; B. Invention"
    )
    assert list_separator(ZH).join(["A", "B"]) == "A、B"
    assert list_separator(EN).join(["A", "B"]) == "A, B"
