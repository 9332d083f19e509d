"""The report's figures through a real database equal the hand-computed ones and the
plain-Python sums over the same answers, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from report_data import (
    SINGLE,
    bank,
    open_fixture_bank,
    play,
    play_stand,
    play_tied,
    wrong,
)

from ipquiz.domain.item_analysis import ItemFlag, item_statistics
from ipquiz.domain.live import Pace
from ipquiz.domain.results import ResultFilter
from ipquiz.domain.score_statistics import ScoreNote
from ipquiz.domain.score_table import Mark, table_sums
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices


@pytest.fixture
def services(data_dir: Path, small_bank: Path) -> Iterator[AppServices]:
    s = open_fixture_bank(data_dir, small_bank)
    yield s
    s.close()


def test_hand_computed_figures_through_the_database(services: AppServices) -> None:
    play_tied(services, [f"student {n}" for n in range(5)])
    report = services.reports.report()
    by_id = {q.question_id: q for q in report.questions}
    assert by_id["a-single"].stats.facility == pytest.approx(0.8)
    assert by_id["a-single"].stats.discrimination == pytest.approx(0.5)
    assert by_id["a-single"].stats.item_rest == pytest.approx(0.0)
    assert by_id["b-single"].stats.item_rest == pytest.approx(-0.6 / math.sqrt(1.2 * 2.8))
    assert by_id["b-single"].stats.efficiency == pytest.approx(-3 / 7)
    assert ItemFlag.NEGATIVE_DISCRIMINATION in by_id["b-single"].stats.flags
    assert by_id["a-tf"].stats.item_rest == pytest.approx(1 / 6)
    # Unanswered by everybody: asked five times, never answered, facility 0.
    for qid in ("a-multiple", "b-english-only"):
        stats = by_id[qid].stats
        assert (stats.asked, stats.answered, stats.facility) == (5, 0, 0.0)
        assert by_id[qid].choices[-1].count == 5  # "no answer"
    # The wrong choice is the same original choice whatever letter it was shown as.
    a_single = by_id["a-single"].choices
    assert [c.count for c in a_single] == [1, 0, 4, 0, 0]
    assert a_single[2].key
    # The test: every attempt sat the same five questions.
    assert report.test.attempts == 5
    assert report.test.items == 5
    assert report.test.mean == pytest.approx(100 * 9 / 25)  # totals 3,2,2,1,1 of 5
    assert ScoreNote.SMALL_GROUP in report.test.notes
    assert [len(s.missed) for s in report.students] == [2, 3, 3, 4, 4]


def test_database_sums_equal_the_plain_python_sums(services: AppServices) -> None:
    """Thirty attempts with random right, wrong, partly right and missing answers."""
    questions = bank(services)
    rng = random.Random(5)
    table: dict[int, dict[str, Mark]] = {}
    for n in range(30):
        answers: dict[str, frozenset[int] | None] = {}
        for qid, q in questions.items():
            roll = rng.random()
            if roll < 0.15:
                answers[qid] = None
            elif roll < 0.55:
                answers[qid] = q.correct
            elif qid == "a-multiple" and roll < 0.8:
                answers[qid] = frozenset({0, 1})  # two of three right: partial credit
            else:
                answers[qid] = wrong(q, rng)
        table[n] = play(services, f"s{n % 12}", answers, seed=100 + n)
    expected_items, expected_answers = table_sums(table)
    report = services.reports.report()
    got = {q.question_id: q for q in report.questions}
    for item in expected_items:
        want = item_statistics(item)
        stats = got[item.question_id].stats
        for figure in ("facility", "sd", "discrimination", "item_rest", "efficiency"):
            assert getattr(stats, figure) == pytest.approx(getattr(want, figure)), figure
        assert (stats.asked, stats.answered, stats.correct) == (
            want.asked,
            want.answered,
            want.correct,
        )
    for answer in expected_answers:
        shares = got[answer.question_id].choices
        if len(answer.chosen) == 1:
            (index,) = answer.chosen
            counted = sum(
                a.count
                for a in expected_answers
                if a.question_id == answer.question_id and index in a.chosen
            )
            assert shares[index].count == counted
    partial = got["a-multiple"].stats
    assert 0 < partial.facility < 1  # type: ignore[operator]
    assert len(report.trends) == 12
    assert report.trends[0].percentages[0] == pytest.approx(report.students[0].line.percentage)
    assert report.test.reliability is not None


def test_scope_and_drawn_questions(services: AppServices) -> None:
    questions = bank(services)
    play(services, "Li Lei", {q: questions[q].correct for q in SINGLE}, seed=1)
    only = services.reports.report(ResultFilter(player="li lei"))
    assert only.test.attempts == 1
    practice = services.quiz.start(spec=QuizSpec.practice(count=2, seed=3), lang="en", player="x")
    services.quiz.answer(practice, practice.quiz.current.question.correct, elapsed_ms=1)
    practice.quiz.next()
    services.quiz.answer(practice, practice.quiz.current.question.correct, elapsed_ms=1)
    practice.quiz.next()
    services.quiz.finish(practice)
    mixed = services.reports.report()
    assert mixed.test.attempts == 2
    assert ScoreNote.DIFFERENT_QUESTIONS in mixed.test.notes
    assert mixed.test.reliability is None
    named = QuizSpec.exam(count=2, seed=9, name='期中 "A" 100%_')
    exam = services.quiz.start(spec=named, lang="en", player="Han Meimei")
    services.quiz.finish(exam)
    by_set = services.reports.report(ResultFilter(quiz_set='期中 "A" 100%_'))
    assert [s.line.person for s in by_set.students] == ["Han Meimei"]
    assert by_set.students[0].line.quiz_set == '期中 "A" 100%_'
    assert services.reports.report(ResultFilter(quiz_set="期中")).students == ()
    stored, questions = services.reports.attempt(by_set.students[0].line.attempt_id)
    assert {i.question_id for i in stored.plan} == set(questions)
    empty = services.reports.report(ResultFilter(player="nobody"))
    assert empty.questions == ()
    assert empty.test.notes == (ScoreNote.NO_ATTEMPTS,)


def test_kiosk_stand_by_day_and_station(data_dir: Path, small_bank: Path) -> None:
    play_stand(data_dir, small_bank)
    services = open_fixture_bank(data_dir, small_bank)
    try:
        report = services.reports.report()
    finally:
        services.close()
    lines = {(line.day, line.station): line for line in report.stand.lines}
    day1, day2 = dt.date(2026, 5, 11), dt.date(2026, 5, 12)
    assert (lines[day1, "hall-a"].rounds, lines[day1, "hall-a"].visitors) == (2, 1)
    assert (lines[day1, ""].rounds, lines[day1, ""].visitors) == (3, 2)
    assert lines[day2, "hall-b"].rounds == 1
    assert (lines[None, "hall-b"].rounds, lines[None, "hall-b"].visitors) == (2, 2)
    assert (lines[None, ""].rounds, lines[None, ""].visitors) == (4, 3)
    # Speed-streak scoring: 100 + 110 of 500 for two right; five right is over 500, so 1.
    assert lines[None, "hall-a"].mean_share == pytest.approx((1.0 + 210 / 500) / 2)
    # Most missed: hall-b's first round missed all five, its second one; in all 3 + 5 + 1.
    stand = report.stand.most_missed
    assert sum(m for _, _, m in stand["hall-b"]) == pytest.approx(6)
    assert sum(m for _, _, m in stand[""]) == pytest.approx(9)
    assert all(asked == 4 for _, asked, _ in stand[""])


def test_a_live_class_is_reported_on_its_own(services: AppServices) -> None:
    group = services.rosters.import_text("1 王芳\n2 李雷", name="初二(3)班").group
    room = services.live.open(QuizSpec(count=3, seed=5), pace=Pace.SELF, group_id=group.id)
    seats = [room.claim(person_id=n.person_id, nickname=None)[0] for n in room.names()]
    room.start()
    for seat, right in zip(seats, (True, False), strict=True):
        for position, planned in enumerate(room.planned):
            q = planned.question
            wanted = q.correct if right else wrong(q)
            room.answer(seat, position, frozenset(planned.shown_order.index(i) for i in wanted))
    room.end()
    other = services.quiz.start(spec=QuizSpec.exam(count=2, seed=1), lang="en", player="other")
    services.quiz.finish(other)
    (live,) = services.reports.live_sessions()
    assert (live.code, live.group, live.students, live.ended) == (room.code, "初二(3)班", 2, True)
    report = services.reports.report(ResultFilter(live_session=live.id))
    assert sorted(s.line.person for s in report.students) == ["李雷", "王芳"]
    assert sorted(s.line.percentage for s in report.students) == [0.0, 100.0]
    assert all(q.stats.asked == 2 for q in report.questions)
    assert len(services.reports.report().students) == 3
