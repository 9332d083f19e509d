"""Distractor analysis: the share of attempts choosing each choice of a question.

Answers are stored with the original choice indices, so a choice shown as "B" to one
student and as "D" to another is the same choice here. A multiple-answer question's
choice counts every answer that picked it; a missing answer counts as "no answer".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ipquiz.domain.item_analysis import (
    FLAG_MINIMUM,
    TIE,
    ItemFlag,
    ItemStatistics,
    ItemSums,
    with_flag,
)


@dataclass(frozen=True, slots=True)
class ChoiceSums:
    """Attempts that gave one answer (a set of original choice indices) to a question,
    and how much of the upper and lower groups they weigh."""

    question_id: str
    chosen: frozenset[int]
    count: int
    upper_weight: float = 0.0
    lower_weight: float = 0.0


@dataclass(frozen=True, slots=True)
class ChoiceShare:
    """One choice (original index; None: no answer) and who chose it, as shares."""

    index: int | None
    key: bool
    count: int
    share: float
    upper_share: float | None
    lower_share: float | None


def choice_shares(
    item: ItemSums,
    answers: Iterable[ChoiceSums],
    *,
    choice_count: int,
    correct: frozenset[int],
) -> tuple[ChoiceShare, ...]:
    """Every choice of the question in its original order, then "no answer"."""
    counts = [0] * choice_count
    upper = [0.0] * choice_count
    lower = [0.0] * choice_count
    for answer in answers:
        for i in answer.chosen:
            if 0 <= i < choice_count:
                counts[i] += answer.count
                upper[i] += answer.upper_weight
                lower[i] += answer.lower_weight
    missing = item.asked - item.answered

    def share(part: float, whole: float) -> float | None:
        return part / whole if whole > TIE else None

    shares = [
        ChoiceShare(
            index=i,
            key=i in correct,
            count=counts[i],
            share=counts[i] / item.asked if item.asked else 0.0,
            upper_share=share(upper[i], item.upper_weight),
            lower_share=share(lower[i], item.lower_weight),
        )
        for i in range(choice_count)
    ]
    shares.append(
        ChoiceShare(
            index=None,
            key=False,
            count=missing,
            share=missing / item.asked if item.asked else 0.0,
            upper_share=None,
            lower_share=None,
        )
    )
    return tuple(shares)


def strong_distractor(shares: Iterable[ChoiceShare]) -> int | None:
    """A wrong choice that more of the upper group chose than chose a key (the least
    chosen key, for several), or None."""
    listed = [s for s in shares if s.index is not None and s.upper_share is not None]
    keys = [s.upper_share for s in listed if s.key and s.upper_share is not None]
    if not keys:
        return None
    weakest = min(keys)
    best = max(
        (s for s in listed if not s.key and (s.upper_share or 0.0) > weakest + TIE),
        key=lambda s: s.upper_share or 0.0,
        default=None,
    )
    return best.index if best else None


def flag_distractors(stats: ItemStatistics, shares: Iterable[ChoiceShare]) -> ItemStatistics:
    """`stats` with the strong-distractor flag when a wrong choice draws strong students."""
    if stats.asked < FLAG_MINIMUM or strong_distractor(shares) is None:
        return stats
    return with_flag(stats, ItemFlag.STRONG_DISTRACTOR)
