"""Item analysis against figures worked out by hand (the working is in the comments)."""

from __future__ import annotations

import math
import random

import pytest

from ipquiz.domain.distractors import choice_shares, flag_distractors, strong_distractor
from ipquiz.domain.item_analysis import (
    GroupCut,
    ItemFlag,
    ItemStatistics,
    group_cut,
    item_statistics,
    sorted_pair_sum,
)
from ipquiz.domain.score_statistics import ScoreNote, alpha, distribution, score_statistics
from ipquiz.domain.score_table import Mark, table_sums


def table(rows: list[list[float]]) -> dict[int, dict[str, Mark]]:
    """Attempts 1.. with questions q1.. ; a 0 is a wrong answer (choice 1), a 1 right
    (choice 0), anything between partly right (choices 0 and 1)."""

    def mark(x: float) -> Mark:
        chosen = {1.0: {0}, 0.0: {1}}.get(x, {0, 1})
        return Mark(x, frozenset(chosen), x == 1.0)

    return {
        a: {f"q{i}": mark(x) for i, x in enumerate(row, start=1)}
        for a, row in enumerate(rows, start=1)
    }


def stats(rows: list[list[float]]) -> dict[str, ItemStatistics]:
    items, _ = table_sums(table(rows))
    return {s.question_id: item_statistics(s) for s in items}


# Five attempts, three right/wrong questions; totals 3, 2, 2, 1, 1 (a tie at the bottom).
TIED = [[1, 1, 1], [1, 1, 0], [1, 0, 1], [1, 0, 0], [0, 1, 0]]


def test_groups_share_the_edge_between_tied_attempts() -> None:
    # n = 5: round(0.27 * 5) = 1 attempt per group; the lowest place is shared by the
    # two attempts that scored 1, each counting as half.
    cut = group_cut([3, 2, 2, 1, 1])
    assert cut == GroupCut(upper=3, upper_share=1.0, lower=1, lower_share=0.5)
    assert [cut.lower_weight(t) for t in (3, 2, 1, 0.5)] == [0.0, 0.0, 0.5, 1.0]
    # Everybody equal: everybody is in both groups with the same fraction.
    same = group_cut([2.0] * 10)
    assert same is not None
    assert same.upper_weight(2.0) == pytest.approx(3 / 10)
    assert same.lower_weight(2.0) == pytest.approx(3 / 10)
    assert group_cut([1.0]) is None


def test_facility_and_discrimination_with_ties() -> None:
    s = stats(TIED)
    # q1: x = 1,1,1,1,0 -> F = 4/5; upper (attempt 1) 1, lower (attempts 4, 5 at a half
    # each) (1 + 0)/2 -> D = 0.5.
    assert s["q1"].facility == pytest.approx(0.8)
    assert s["q1"].discrimination == pytest.approx(0.5)
    # q2: x = 1,1,0,0,1 -> F = 0.6, lower (0 + 1)/2 -> D = 0.5; q3: 1,0,1,0,0 -> D = 1.
    assert s["q2"].facility == pytest.approx(0.6)
    assert s["q2"].discrimination == pytest.approx(0.5)
    assert s["q3"].facility == pytest.approx(0.4)
    assert s["q3"].discrimination == pytest.approx(1.0)
    # q1's sd: sum (x - 0.8)^2 = 4 * 0.04 + 0.64 = 0.8, over n - 1 = 4.
    assert s["q1"].sd == pytest.approx(math.sqrt(0.2))


def test_item_rest_correlation_and_efficiency() -> None:
    s = stats(TIED)
    # q1: rest R = 2,1,1,0,1 (mean 1); sum (x - .8)(R - 1) = .2 + 0 + 0 - .2 + 0 = 0.
    assert s["q1"].item_rest == pytest.approx(0.0)
    assert s["q1"].efficiency == pytest.approx(0.0)
    # q2: R = 2,1,2,1,0 (mean 1.2); sum of products -0.6; sum (x-.6)^2 = 1.2,
    # sum (R-1.2)^2 = 2.8 -> r = -0.6 / sqrt(3.36).
    assert s["q2"].item_rest == pytest.approx(-0.6 / math.sqrt(1.2 * 2.8))
    # Sorted pairing: x 0,0,1,1,1 with R 0,1,1,2,2 -> sum xR = 5; sum x sum R / n = 3.6,
    # so the largest covariance is (5 - 3.6)/4 and the actual one -0.6/4: DE = -3/7.
    assert s["q2"].efficiency == pytest.approx(-3 / 7)
    # q3: R = 2,2,1,1,1; products sum 0.2, both squared sums 1.2 -> r = 1/6;
    # sorted: x 0,0,0,1,1 with R 1,1,1,2,2 -> 4 - 2*7/5 = 1.2 -> DE = 0.2/1.2.
    assert s["q3"].item_rest == pytest.approx(1 / 6)
    assert s["q3"].efficiency == pytest.approx(1 / 6)


def test_flags() -> None:
    s = stats(TIED)
    assert s["q1"].flags == (ItemFlag.LOW_DISCRIMINATION,)  # r = 0
    assert s["q2"].flags == (ItemFlag.NEGATIVE_DISCRIMINATION,)  # D > 0 but r < 0
    assert s["q3"].flags == (ItemFlag.LOW_DISCRIMINATION,)  # r = 1/6 < 0.2
    easy_hard = stats([[1, 0, 1], [1, 0, 0], [1, 0, 1], [1, 0, 0], [1, 0, 1]])
    assert ItemFlag.TOO_EASY in easy_hard["q1"].flags
    assert ItemFlag.TOO_HARD in easy_hard["q2"].flags


def test_all_correct_and_all_wrong_items() -> None:
    s = stats([[1, 0, 1], [1, 0, 0], [1, 0, 1], [1, 0, 0]])
    for qid, facility in (("q1", 1.0), ("q2", 0.0)):
        assert s[qid].facility == facility
        assert s[qid].sd == 0.0
        assert s[qid].discrimination == 0.0  # both groups alike
        assert s[qid].item_rest is None  # nothing varies: no correlation
        assert s[qid].efficiency is None
    assert s["q1"].correct == 4
    assert s["q2"].correct == 0


def test_partial_credit() -> None:
    # q1: x = 1, 1, .5, 0 -> F = 2.5/4; totals 3, 1.5, .5, 0; upper = attempt 1,
    # lower = attempt 4 -> D = 1 - 0.
    rows = [[1, 1, 1], [1, 0.5, 0], [0.5, 0, 0], [0, 0, 0]]
    s = stats(rows)
    assert s["q1"].facility == pytest.approx(0.625)
    assert s["q1"].discrimination == pytest.approx(1.0)
    assert s["q2"].facility == pytest.approx(0.375)
    # q1: R = 2, .5, 0, 0 (mean .625); x - .625 = .375,.375,-.125,-.625;
    # R - .625 = 1.375,-.125,-.625,-.625; products .515625 -.046875 +.078125 +.390625 = .9375;
    # squares: x .6875, R 1.890625+.015625+.390625*2 = 2.6875.
    assert s["q1"].item_rest == pytest.approx(0.9375 / math.sqrt(0.6875 * 2.6875))


def test_unanswered_counts_as_asked_and_scores_nothing() -> None:
    marks = table([[1], [0], [1]])
    marks[2]["q1"] = Mark(0.0)  # asked, not answered
    items, choices = table_sums(marks)
    (item,) = items
    assert (item.asked, item.answered, item.correct) == (3, 2, 2)
    shares = choice_shares(item, choices, choice_count=2, correct=frozenset({0}))
    assert [(c.index, c.count) for c in shares] == [(0, 2), (1, 0), (None, 1)]
    assert shares[-1].share == pytest.approx(1 / 3)
    assert item_statistics(item).facility == pytest.approx(2 / 3)


def test_distractors_count_choices_and_flag_a_key_strong_students_avoid() -> None:
    # Key is choice 0, but the two strongest attempts (by the other questions) chose 2.
    marks = table([[1, 1], [1, 1], [1, 0], [0, 0], [0, 0]])
    for attempt, chosen in ((1, 2), (2, 2), (3, 0), (4, 1), (5, 0)):
        right = chosen == 0
        marks[attempt]["q3"] = Mark(float(right), frozenset({chosen}), right)
    items, choices = table_sums(marks)
    q3 = next(i for i in items if i.question_id == "q3")
    shares = choice_shares(
        q3, [c for c in choices if c.question_id == "q3"], choice_count=4, correct=frozenset({0})
    )
    assert [round(c.share, 3) for c in shares] == [0.4, 0.2, 0.4, 0.0, 0.0]
    # Upper group: round(.27*5) = 1 place, shared by attempts 1, 2 (2 + 0) and 3 (1 + 1)
    # at a third each: two thirds of it chose 2, a third the key.
    assert shares[2].upper_share == pytest.approx(2 / 3)
    assert shares[0].upper_share == pytest.approx(1 / 3)
    assert strong_distractor(shares) == 2
    flagged = flag_distractors(item_statistics(q3), shares)
    assert ItemFlag.STRONG_DISTRACTOR in flagged.flags


def test_sorted_pair_sum_matches_sorting_every_value() -> None:
    rng = random.Random(7)
    for _ in range(50):
        xs = [rng.choice([0, 0.5, 1]) for _ in range(20)]
        rs = [rng.randint(0, 9) / 2 for _ in range(20)]
        expected = sum(a * b for a, b in zip(sorted(xs), sorted(rs), strict=True))
        counts = lambda v: [(k, v.count(k)) for k in set(v)]  # noqa: E731
        assert sorted_pair_sum(counts(xs), counts(rs)) == pytest.approx(expected)


def test_test_figures_and_reliability() -> None:
    # A perfect scale: totals 3, 2, 1, 0; item variances .25, 1/3, .25 (sum 5/6); total
    # variance 5/3 -> alpha = 3/2 (1 - (5/6)/(5/3)) = 0.75 (KR-20 for right/wrong items).
    rows = [[1, 1, 1], [1, 1, 0], [1, 0, 0], [0, 0, 0]]
    s = stats(rows)
    variances = [s[q].sd ** 2 for q in ("q1", "q2", "q3")]  # type: ignore[operator]
    assert variances == pytest.approx([0.25, 1 / 3, 0.25])
    percentages = [100.0, 200 / 3, 100 / 3, 0.0]
    figures = score_statistics(
        percentages, item_totals=[3, 2, 1, 0], item_variances=variances, same_questions=True
    )
    assert figures.reliability == pytest.approx(0.75)
    assert figures.mean == pytest.approx(50.0)
    assert figures.median == pytest.approx(50.0)
    sd = 100 / 3 * math.sqrt(5 / 3)
    assert figures.sd == pytest.approx(sd)
    assert figures.sem == pytest.approx(sd * 0.5)
    assert figures.distribution == (1, 0, 0, 1, 0, 0, 1, 0, 0, 1)
    assert ScoreNote.SMALL_GROUP in figures.notes


def test_cronbach_alpha_with_partial_credit() -> None:
    # Item variances 11/48, 11/48, 1/4 (sum 17/24), total variance 7/4 -> 3/2 * 25/42.
    rows = [[1, 1, 1], [1, 0.5, 0], [0.5, 0, 0], [0, 0, 0]]
    s = stats(rows)
    variances = [s[q].sd ** 2 for q in ("q1", "q2", "q3")]  # type: ignore[operator]
    assert alpha(variances, 7 / 4) == pytest.approx(25 / 28)


def test_negative_reliability_and_mixed_questions_are_noted_not_hidden() -> None:
    s = stats(TIED)
    variances = [s[q].sd ** 2 for q in ("q1", "q2", "q3")]  # type: ignore[operator]
    # Item variances .2 + .3 + .3 = .8 exceed the totals' variance .7: alpha = -3/14.
    figures = score_statistics(
        [100 * t / 3 for t in (3, 2, 2, 1, 1)],
        item_totals=[3, 2, 2, 1, 1],
        item_variances=variances,
        same_questions=True,
    )
    assert figures.reliability == pytest.approx(-3 / 14)
    assert figures.sem is None
    assert ScoreNote.NEGATIVE_RELIABILITY in figures.notes
    drawn = score_statistics(
        [50.0] * 40, item_totals=[1.0] * 40, item_variances=variances, same_questions=False
    )
    assert drawn.reliability is None
    assert drawn.notes == (ScoreNote.DIFFERENT_QUESTIONS,)
    assert score_statistics([], item_totals=[], item_variances=[], same_questions=True).notes == (
        ScoreNote.NO_ATTEMPTS,
    )


def test_distribution_bands() -> None:
    assert distribution([0, 9.99, 10, 55, 99.9, 100]) == (2, 1, 0, 0, 0, 1, 0, 0, 0, 2)


def _spearman(a: list[float], b: list[float]) -> float:
    def ranks(v: list[float]) -> list[float]:
        order = sorted(range(len(v)), key=v.__getitem__)
        r = [0.0] * len(v)
        for rank, i in enumerate(order):
            r[i] = rank
        return r

    ra, rb = ranks(a), ranks(b)
    n = len(a)
    return 1 - 6 * sum((x - y) ** 2 for x, y in zip(ra, rb, strict=True)) / (n * (n * n - 1))


def _expected_facility(a: float, b: float) -> float:
    """The model's share of right answers over theta ~ N(0, 1) (a fine grid)."""
    grid = [-6 + 12 * i / 2400 for i in range(2401)]
    weights = [math.exp(-t * t / 2) for t in grid]
    right = [w / (1 + math.exp(-a * (t - b))) for t, w in zip(grid, weights, strict=True)]
    return sum(right) / sum(weights)


def test_two_parameter_irt_simulation_orders_items_as_the_truth() -> None:
    """Students with ability theta ~ N(0, 1) answer item i right with probability
    1 / (1 + exp(-a_i (theta - b_i))): the facility ranks items as the model's expected
    facility does (and as b does among equally steep items), and discrimination ranks
    items of middling difficulty as their slope a does."""
    rng = random.Random(2024)
    difficulties = [-2 + 4 * i / 19 for i in range(20)]
    slopes = [0.3 + 2.2 * ((7 * i) % 20) / 19 for i in range(20)]  # a shuffled 0.3..2.5
    difficulties += [-1.5, -0.5, 0.5, 1.5]  # four equally steep items
    slopes += [1.0] * 4
    difficulties += [0.0] * 6  # six equally hard items, ever steeper
    slopes += [0.3, 0.7, 1.1, 1.5, 1.9, 2.3]
    rows = []
    for _ in range(3000):
        theta = rng.gauss(0, 1)
        rows.append(
            [
                float(rng.random() < 1 / (1 + math.exp(-a * (theta - b))))
                for a, b in zip(slopes, difficulties, strict=True)
            ]
        )
    s = stats(rows)
    ordered = [s[f"q{i}"] for i in range(1, len(slopes) + 1)]
    facility = [st.facility or 0.0 for st in ordered]
    truth = [_expected_facility(a, b) for a, b in zip(slopes, difficulties, strict=True)]
    assert _spearman(facility, truth) > 0.98
    assert facility[20:24] == sorted(facility[20:24], reverse=True)
    steeper = ordered[24:]
    for figure in ("item_rest", "discrimination", "efficiency"):
        values = [getattr(st, figure) for st in steeper]
        assert values == sorted(values), figure
    middle = [i for i, b in enumerate(difficulties[:20]) if abs(b) <= 1.2]
    item_rest = [ordered[i].item_rest or 0.0 for i in middle]
    assert _spearman(item_rest, [slopes[i] for i in middle]) > 0.8
    upper_lower = [ordered[i].discrimination or 0.0 for i in middle]
    assert _spearman(upper_lower, [slopes[i] for i in middle]) > 0.8


def test_a_question_asked_a_few_times_is_not_flagged() -> None:
    # Four attempts: q1 right by all (facility 1), q2 wrong by all; five would flag both.
    few = stats([[1, 0]] * 4)
    assert few["q1"].facility == 1.0
    assert few["q1"].flags == few["q2"].flags == ()
    enough = stats([[1, 0]] * 5)
    assert ItemFlag.TOO_EASY in enough["q1"].flags
    assert ItemFlag.TOO_HARD in enough["q2"].flags
