"""The test as a whole: score distribution, centre, spread, reliability and its error.

Percentages are each attempt's score over its maximum (as the student saw it).
Reliability is Cronbach's alpha over the item scores (KR-20 when every item is right or
wrong), and only when every attempt was asked the same questions: with drawn questions
the attempts did not sit one test. The standard error of measurement is SD * sqrt(1 - a)
in percentage points.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

#: Fewer attempts than this and the figures say little about the test.
SMALL_GROUP = 30
#: The distribution's bars: 0-9 %, 10-19 %, …, 90-100 %.
BINS = 10


class ScoreNote(StrEnum):
    NO_ATTEMPTS = "no_attempts"
    SMALL_GROUP = "small_group"
    DIFFERENT_QUESTIONS = "different_questions"
    NO_SPREAD = "no_spread"
    NEGATIVE_RELIABILITY = "negative_reliability"


@dataclass(frozen=True, slots=True)
class ScoreStatistics:
    attempts: int
    mean: float | None
    median: float | None
    sd: float | None
    lowest: float | None
    highest: float | None
    distribution: tuple[int, ...]  # attempts per 10-point band of the percentage
    items: int  # questions in the common test (0: the attempts had different ones)
    reliability: float | None
    sem: float | None
    notes: tuple[ScoreNote, ...]


def band(percentage: float) -> int:
    """The distribution bar a percentage falls in (100 % goes with 90-99 %)."""
    return min(BINS - 1, max(0, int(percentage // (100 / BINS))))


def distribution(percentages: Sequence[float]) -> tuple[int, ...]:
    counts = [0] * BINS
    for p in percentages:
        counts[band(p)] += 1
    return tuple(counts)


def alpha(item_variances: Sequence[float], total_variance: float) -> float | None:
    """Cronbach's alpha (KR-20 for right/wrong items); None when it cannot be computed."""
    k = len(item_variances)
    if k < 2 or total_variance <= 0:
        return None
    return k / (k - 1) * (1 - sum(item_variances) / total_variance)


def score_statistics(
    percentages: Sequence[float],
    *,
    item_totals: Sequence[float],
    item_variances: Sequence[float],
    same_questions: bool,
) -> ScoreStatistics:
    """`percentages` and `item_totals` hold one value per attempt; `item_variances` one
    per question (sample variances, like the totals' here)."""
    n = len(percentages)
    notes: list[ScoreNote] = []
    if n == 0:
        return ScoreStatistics(
            0, None, None, None, None, None, (0,) * BINS, 0, None, None, (ScoreNote.NO_ATTEMPTS,)
        )
    if n < SMALL_GROUP:
        notes.append(ScoreNote.SMALL_GROUP)
    sd = statistics.stdev(percentages) if n >= 2 else None
    reliability = sem = None
    if not same_questions:
        notes.append(ScoreNote.DIFFERENT_QUESTIONS)
    elif n >= 2:
        reliability = alpha(item_variances, statistics.variance(item_totals))
        if reliability is None:
            notes.append(ScoreNote.NO_SPREAD)
        elif reliability < 0:
            notes.append(ScoreNote.NEGATIVE_RELIABILITY)
        elif sd is not None:
            sem = sd * math.sqrt(1 - reliability)
    return ScoreStatistics(
        attempts=n,
        mean=statistics.fmean(percentages),
        median=statistics.median(percentages),
        sd=sd,
        lowest=min(percentages),
        highest=max(percentages),
        distribution=distribution(percentages),
        items=len(item_variances) if same_questions else 0,
        reliability=reliability,
        sem=sem,
        notes=tuple(notes),
    )
