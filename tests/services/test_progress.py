"""A month of one learner's practice on a fake clock, and the progress page's figures
checked against numbers worked out by hand (in the comments), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from fakeclock import Clock

from ipquiz.domain.persons import UnknownPersonError
from ipquiz.domain.progress import DayCount, Mastery, Week
from ipquiz.domain.quiz import Phase
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices

A1, A2, A3, B1, B2 = "a-single", "a-multiple", "a-tf", "b-single", "b-english-only"
R, W = True, False
NOV = lambda day: dt.date(2026, 11, day)  # noqa: E731
#: Each day's quizzes: (question, answered right?) in the order asked.
MONTH: dict[dt.date, list[list[tuple[str, bool]]]] = {
    NOV(2): [[(A1, R), (A2, W), (A3, R), (B1, R), (B2, W)]],  # 5 answers, 3 right
    NOV(3): [[(A1, R), (A2, R), (A3, R), (B1, R), (B2, R)]],  # 5, 5
    NOV(9): [
        [(A1, W), (A2, R), (A3, R), (B1, R), (B2, R)],
        [(A1, R), (A2, R), (A3, R), (B1, R), (B2, R)],
    ],  # 10, 9
    NOV(10): [[(q, R) for q in (A1, A2, A3, B1, B2)]] * 2,  # 10, 10
    # 16 to 22 November: nothing
    NOV(23): [[(A1, R), (A2, W), (A3, W), (B1, W), (B2, R)]],  # 5, 2
    NOV(24): [
        [(A1, R), (A2, R), (A3, W), (B1, W), (B2, R)],
        [(A1, W), (A2, R), (A3, R), (B1, W), (B2, R)],
    ],  # 10, 6
    NOV(25): [[(q, R) for q in (A1, A2, A3, B1, B2)]],  # 5, 5
}
TODAY = NOV(26)  # a Thursday
LAST_QUIZ = [(A1, W), (A2, W), (B1, R)]  # today: 3 answers, 1 right


def play(
    services: AppServices, clock: Clock, person_id: int, answers: list[tuple[str, bool]]
) -> None:
    """A practice quiz of exactly these questions, in this order, a minute per answer."""
    spec = QuizSpec.practice(
        question_ids=tuple(q for q, _ in answers), count=len(answers), shuffle_questions=False
    )
    active = services.quiz.start(spec=spec, lang="zh-CN", person_id=person_id)
    for question_id, right in answers:
        question = active.quiz.current.question
        assert question.id == question_id
        wrong = min(set(range(question.choice_count)) - question.correct)
        clock.now += dt.timedelta(minutes=1)
        services.quiz.answer(
            active, question.correct if right else frozenset({wrong}), elapsed_ms=9_000
        )
        active.quiz.next()
    assert active.quiz.phase is Phase.FINISHED
    services.quiz.finish(active)


@pytest.fixture
def learner(services: AppServices, clock: Clock) -> int:
    """李华's month, and another learner's answers (and review deck) that must not count."""
    me = services.persons.create("李华").id
    other = services.persons.create("王芳").id
    for day, quizzes in MONTH.items():
        clock.now = dt.datetime.combine(day, dt.time(19, 0))
        for quiz in quizzes:
            play(services, clock, me, quiz)
    clock.now = dt.datetime.combine(NOV(10), dt.time(23, 50))  # the last minutes of a day
    play(services, clock, other, [(A1, W), (A2, W), (A3, W), (B1, W), (B2, W)])
    clock.now = dt.datetime.combine(TODAY, dt.time(7, 30))
    return me


def test_a_month_of_practice_in_figures(services: AppServices, clock: Clock, learner: int) -> None:
    # Before today's quiz: the streak of 23-25 November is still alive (gentle).
    morning = services.progress.progress(learner)
    assert (morning.streak, morning.practised_today, morning.today_answered) == (3, False, 0)

    clock.now = dt.datetime.combine(TODAY, dt.time(18, 0))
    play(services, clock, learner, LAST_QUIZ)
    progress = services.progress.progress(learner)
    # 5 + 5 + 10 + 10 + 5 + 10 + 5 + 3 answers; 3 + 5 + 9 + 10 + 2 + 6 + 5 + 1 right
    assert (progress.answered, progress.correct) == (53, 41)
    assert progress.weeks == (
        *(Week(dt.date(2026, 10, d), 0, 0) for d in (5, 12, 19, 26)),
        Week(NOV(2), 10, 8),
        Week(NOV(9), 20, 19),
        Week(NOV(16), 0, 0),
        Week(NOV(23), 23, 14),  # 5 + 10 + 5 + 3 answers, 2 + 6 + 5 + 1 right
    )
    assert progress.weeks[-1].accuracy == pytest.approx(14 / 23)
    assert progress.weeks[-2].accuracy is None  # no answers: no figure, not 0 %
    # The last answer to each: A1 wrong, A2 wrong, B1 right (today); A3, B2 right (25th).
    assert progress.mastery == (Mastery("alpha", 3, 3, 1), Mastery("beta", 2, 2, 2))
    assert progress.streak == 4  # 23, 24, 25 and 26 November
    assert (progress.practised_today, progress.today_answered) == (True, 3)
    assert progress.daily_goal == 10
    assert progress.goal_met_last_7 == 1  # of 20-26 November only the 24th had 10 answers
    assert not progress.goal_met_today
    # The next reviews are the review deck's (FSRS) due dates, counted per day, overdue
    # ones today: A1 and A2, missed this evening, are due again tomorrow.
    deck = {card.question_id: card.due for card in services.review.deck(learner)}
    assert deck[A1].date() == deck[A2].date() == NOV(27)
    expected = {TODAY + dt.timedelta(days=n): 0 for n in range(7)}
    for due in deck.values():
        day = max(due.date(), TODAY)
        if day in expected:
            expected[day] += 1
    assert progress.reviews == tuple(DayCount(day, n) for day, n in expected.items())
    assert progress.reviews[0].answered == services.review.due_count(learner)
    assert progress.reviews[1].answered >= 2


def test_the_daily_goal_is_the_learners_own(
    services: AppServices, clock: Clock, learner: int
) -> None:
    services.progress.set_daily_goal(learner, 5)
    clock.now = dt.datetime.combine(TODAY, dt.time(18, 0))
    play(services, clock, learner, LAST_QUIZ)
    progress = services.progress.progress(learner)
    assert progress.daily_goal == 5
    assert progress.goal_met_last_7 == 3  # 23 (5), 24 (10) and 25 (5) November
    play(services, clock, learner, [(A3, R), (B2, R)])
    assert services.progress.progress(learner).goal_met_today  # 5 today now
    assert services.progress.progress(learner).goal_met_last_7 == 4
    for wrong in (0, 201):
        with pytest.raises(ValueError, match="1 to 200"):
            services.progress.set_daily_goal(learner, wrong)
    with pytest.raises(UnknownPersonError):
        services.progress.set_daily_goal(9999, 10)


def test_a_missed_day_ends_the_streak_and_a_new_profile_starts_at_zero(
    services: AppServices, clock: Clock, learner: int
) -> None:
    clock.now = dt.datetime.combine(NOV(28), dt.time(9, 0))  # the 27th went by unpractised
    later = services.progress.progress(learner)
    assert (later.streak, later.today_answered, later.goal_met_last_7) == (0, 0, 1)
    fresh = services.progress.progress(services.persons.create("新同学").id)
    assert (fresh.answered, fresh.correct, fresh.streak) == (0, 0, 0)
    assert all(w.answered == 0 for w in fresh.weeks)
    assert fresh.mastery == (Mastery("alpha", 3, 0, 0), Mastery("beta", 2, 0, 0))
    assert fresh.daily_goal == 10
    with pytest.raises(UnknownPersonError):
        services.progress.progress(9999)
