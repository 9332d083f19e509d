"""How an answer turns into points, by named and versioned profile.

The profile's name and version are stored with every attempt, so a result can be
explained later even after the rules change.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ipquiz.domain.question import Question, QuestionType


class MultipleRule(StrEnum):
    ALL_OR_NOTHING = "all_or_nothing"
    PARTIAL = "partial"


@dataclass(frozen=True, slots=True)
class ScoringProfile:
    name: str
    version: int
    multiple: MultipleRule = MultipleRule.ALL_OR_NOTHING
    points_per_question: float = 1.0


ACCURACY = ScoringProfile(name="accuracy", version=1)

PROFILES: dict[str, ScoringProfile] = {ACCURACY.name: ACCURACY}


def profile_named(name: str) -> ScoringProfile:
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(
            f"unknown scoring profile {name!r}; known: {', '.join(PROFILES)}"
        ) from None


def score_answer(question: Question, chosen: frozenset[int], profile: ScoringProfile) -> float:
    """Points for `chosen` (original choice indices); accuracy only, time never counts."""
    full = profile.points_per_question
    if question.type is QuestionType.MULTIPLE and profile.multiple is MultipleRule.PARTIAL:
        k = len(question.correct)
        right = len(chosen & question.correct)
        wrong = len(chosen - question.correct)
        return max(0.0, full * (right - wrong) / k)
    return full if question.is_correct(chosen) else 0.0
