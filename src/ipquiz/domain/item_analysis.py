"""Item analysis with Moodle's definitions, computed from sums the database adds up.

Every attempt that was asked a question gives it an item score x from 0 to 1 (1 for a
right answer, the share of credit for a partly right one, 0 for a wrong or missing one:
speed bonuses and negative marking leave it alone, it measures the answer). An attempt's
total T is the sum of its item scores, and its rest score for a question is R = T - x.

- facility: the mean of x.
- discrimination index: the facility among the upper 27 % of attempts (by T) minus the
  facility among the lower 27 %. Attempts tied at a group's edge share its last places
  (each counts with the same fraction), so equal scores are always treated alike.
- item-rest correlation (corrected point-biserial): Pearson's r of x and R.
- discriminative efficiency: cov(x, R) over the largest covariance x and R could have
  with the same values, which pairs both sorted (Moodle's C_max).
Variances and covariances divide by n - 1, as Moodle's do.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

#: Share of attempts in each of the upper and lower groups (Kelley's 27 %).
GROUP_SHARE = 0.27
TOO_EASY = 0.9
TOO_HARD = 0.2
#: Below this an item separates strong from weak students too little to trust it.
LOW_DISCRIMINATION = 0.2
#: A question asked fewer times than this is not flagged: one answer says nothing yet.
FLAG_MINIMUM = 5
#: Two scores closer than this are the same score (sums of fractions in floating point).
TIE = 1e-9


class ItemFlag(StrEnum):
    TOO_EASY = "too_easy"
    TOO_HARD = "too_hard"
    NEGATIVE_DISCRIMINATION = "negative_discrimination"
    LOW_DISCRIMINATION = "low_discrimination"
    #: A wrong choice draws more of the upper group than the key: a wrong key or an
    #: ambiguous question.
    STRONG_DISTRACTOR = "strong_distractor"


@dataclass(frozen=True, slots=True)
class GroupCut:
    """Who is in the upper and lower groups: above `upper` fully, at it by `upper_share`."""

    upper: float
    upper_share: float
    lower: float
    lower_share: float

    def upper_weight(self, total: float) -> float:
        if total > self.upper + TIE:
            return 1.0
        return self.upper_share if abs(total - self.upper) <= TIE else 0.0

    def lower_weight(self, total: float) -> float:
        if total < self.lower - TIE:
            return 1.0
        return self.lower_share if abs(total - self.lower) <= TIE else 0.0


def group_cut(totals: Sequence[float], share: float = GROUP_SHARE) -> GroupCut | None:
    """The upper and lower `share` of `totals` (at least one attempt each); None for
    fewer than two attempts, where the groups would be the same person."""
    n = len(totals)
    if n < 2:
        return None
    size = max(1, round(share * n))
    ordered = sorted(totals)
    low, high = ordered[size - 1], ordered[n - size]
    below = sum(1 for t in totals if t < low - TIE)
    at_low = sum(1 for t in totals if abs(t - low) <= TIE)
    above = sum(1 for t in totals if t > high + TIE)
    at_high = sum(1 for t in totals if abs(t - high) <= TIE)
    return GroupCut(
        upper=high,
        upper_share=(size - above) / at_high,
        lower=low,
        lower_share=(size - below) / at_low,
    )


@dataclass(frozen=True, slots=True)
class ItemSums:
    """Sums over the attempts asked one question (x: item score, r: rest score)."""

    question_id: str
    asked: int
    answered: int
    correct: int
    sum_x: float
    sum_xx: float
    sum_r: float
    sum_rr: float
    sum_xr: float
    upper_weight: float = 0.0
    upper_x: float = 0.0
    lower_weight: float = 0.0
    lower_x: float = 0.0
    #: (value, how many) of x and of r, for the largest possible covariance.
    x_counts: tuple[tuple[float, int], ...] = ()
    r_counts: tuple[tuple[float, int], ...] = ()


@dataclass(frozen=True, slots=True)
class ItemStatistics:
    question_id: str
    asked: int
    answered: int
    correct: int
    facility: float | None
    sd: float | None
    discrimination: float | None  # upper minus lower 27 %
    item_rest: float | None  # corrected point-biserial
    efficiency: float | None  # discriminative efficiency
    flags: tuple[ItemFlag, ...] = ()


def sorted_pair_sum(
    x_counts: Iterable[tuple[float, int]], r_counts: Iterable[tuple[float, int]]
) -> float:
    """Sum of x*r when both are sorted and paired in order: the largest sum of products
    any pairing of these values can reach."""
    xs = sorted(x_counts)
    rs = sorted(r_counts)
    total, i, j = 0.0, 0, 0
    x_left = xs[0][1] if xs else 0
    r_left = rs[0][1] if rs else 0
    while i < len(xs) and j < len(rs):
        step = min(x_left, r_left)
        total += step * xs[i][0] * rs[j][0]
        x_left -= step
        r_left -= step
        if x_left == 0:
            i += 1
            x_left = xs[i][1] if i < len(xs) else 0
        if r_left == 0:
            j += 1
            r_left = rs[j][1] if j < len(rs) else 0
    return total


def _covariance(sum_ab: float, sum_a: float, sum_b: float, n: int) -> float:
    return (sum_ab - sum_a * sum_b / n) / (n - 1)


def _ratio(top: float, bottom: float) -> float | None:
    return top / bottom if bottom > TIE else None


def item_statistics(sums: ItemSums) -> ItemStatistics:
    """Facility, discrimination, item-rest r and efficiency of one question (None where
    the figure cannot be computed: nobody asked, or no spread to correlate)."""
    n = sums.asked
    facility = sums.sum_x / n if n else None
    sd = item_rest = efficiency = None
    if n >= 2:
        var_x = max(0.0, _covariance(sums.sum_xx, sums.sum_x, sums.sum_x, n))
        var_r = max(0.0, _covariance(sums.sum_rr, sums.sum_r, sums.sum_r, n))
        cov = _covariance(sums.sum_xr, sums.sum_x, sums.sum_r, n)
        sd = math.sqrt(var_x)
        item_rest = _ratio(cov, math.sqrt(var_x * var_r))
        if sums.x_counts and sums.r_counts:
            best = _covariance(
                sorted_pair_sum(sums.x_counts, sums.r_counts), sums.sum_x, sums.sum_r, n
            )
            efficiency = _ratio(cov, best)
    discrimination = None
    if sums.upper_weight > TIE and sums.lower_weight > TIE:
        discrimination = sums.upper_x / sums.upper_weight - sums.lower_x / sums.lower_weight
    return ItemStatistics(
        question_id=sums.question_id,
        asked=n,
        answered=sums.answered,
        correct=sums.correct,
        facility=facility,
        sd=sd,
        discrimination=discrimination,
        item_rest=item_rest,
        efficiency=efficiency,
        flags=_flags(facility, discrimination, item_rest) if n >= FLAG_MINIMUM else (),
    )


def _flags(
    facility: float | None, discrimination: float | None, item_rest: float | None
) -> tuple[ItemFlag, ...]:
    flags: list[ItemFlag] = []
    if facility is not None and facility > TOO_EASY:
        flags.append(ItemFlag.TOO_EASY)
    if facility is not None and facility < TOO_HARD:
        flags.append(ItemFlag.TOO_HARD)
    known = [d for d in (discrimination, item_rest) if d is not None]
    if any(d < -TIE for d in known):
        flags.append(ItemFlag.NEGATIVE_DISCRIMINATION)
    elif known and min(known) < LOW_DISCRIMINATION:
        flags.append(ItemFlag.LOW_DISCRIMINATION)
    return tuple(flags)


def with_flag(stats: ItemStatistics, flag: ItemFlag) -> ItemStatistics:
    return stats if flag in stats.flags else replace(stats, flags=(*stats.flags, flag))
