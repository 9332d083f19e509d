"""How an answer turns into points, by named and versioned profile.

The profile's name and version are stored with every attempt, so a result can be
explained later even after the rules change: change a rule, bump the version.

Limits, stated once here and shown in the docs:
- speed: full points for an answer in the first `speed_full_share` of the countdown,
  then falling linearly to `speed_floor` (half) at the end; never below it.
- streak: each consecutive right answer before this one adds `streak_step` (10 %) of
  the answer's points, up to `streak_cap` (50 %).
- partial credit for multiple answers: each right choice picked +1/k, each wrong one
  -1/k (k = number of right choices), never below 0; imported per-choice weights are
  used instead when the question has them.
- negative marking takes `negative` of the question's points for a wrong answer
  (an unanswered question scores 0, never negative).
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
    difficulty_weights: tuple[float, float, float] = (1.0, 1.0, 1.0)
    negative: float = 0.0
    speed: bool = False
    speed_full_share: float = 0.25
    speed_floor: float = 0.5
    streak_step: float = 0.0
    streak_cap: float = 0.0
    #: Decimals the points are shown with, on every screen and in every export.
    decimals: int = 2

    def shown(self, points: float) -> float:
        """Points rounded as people see them (never "-0")."""
        return round(points, self.decimals) + 0.0

    def max_points(self, question: Question) -> float:
        """What a right answer is worth before any speed or streak adjustment."""
        return self.points_per_question * self.difficulty_weights[question.difficulty - 1]


ACCURACY = ScoringProfile(name="accuracy", version=1)
PARTIAL = ScoringProfile(name="partial", version=1, multiple=MultipleRule.PARTIAL)
WEIGHTED = ScoringProfile(
    name="weighted",
    version=1,
    multiple=MultipleRule.PARTIAL,
    difficulty_weights=(1.0, 2.0, 3.0),
    negative=0.25,
)
SPEED_STREAK = ScoringProfile(
    name="speed-streak",
    version=1,
    multiple=MultipleRule.PARTIAL,
    points_per_question=100.0,
    speed=True,
    streak_step=0.1,
    streak_cap=0.5,
    decimals=0,
)

PROFILES: dict[str, ScoringProfile] = {
    p.name: p for p in (ACCURACY, PARTIAL, WEIGHTED, SPEED_STREAK)
}


def profile_named(name: str) -> ScoringProfile:
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(
            f"unknown scoring profile {name!r}; known: {', '.join(PROFILES)}"
        ) from None


def correctness(question: Question, chosen: frozenset[int], rule: MultipleRule) -> float:
    """How right an answer is, from 0 to 1."""
    if question.type is not QuestionType.MULTIPLE or rule is MultipleRule.ALL_OR_NOTHING:
        return 1.0 if question.is_correct(chosen) else 0.0
    if question.weights:
        return min(1.0, max(0.0, sum(question.weights[i] for i in chosen)))
    k = len(question.correct)
    right = len(chosen & question.correct)
    wrong = len(chosen - question.correct)
    return max(0.0, (right - wrong) / k)


def speed_factor(profile: ScoringProfile, elapsed_ms: int, limit_ms: int | None) -> float:
    if not profile.speed or not limit_ms:
        return 1.0
    full_until = profile.speed_full_share * limit_ms
    if elapsed_ms <= full_until:
        return 1.0
    spent = min(1.0, (elapsed_ms - full_until) / (limit_ms - full_until))
    return 1.0 - spent * (1.0 - profile.speed_floor)


def streak_factor(profile: ScoringProfile, streak_before: int) -> float:
    return 1.0 + min(profile.streak_cap, profile.streak_step * streak_before)


def score_answer(
    question: Question,
    chosen: frozenset[int],
    profile: ScoringProfile,
    *,
    elapsed_ms: int = 0,
    limit_ms: int | None = None,
    streak_before: int = 0,
) -> float:
    """Points for `chosen` (original choice indices; empty = no answer in time)."""
    full = profile.max_points(question)
    if not chosen:
        return 0.0
    share = correctness(question, chosen, profile.multiple)
    if share == 0.0:
        return -profile.negative * full if profile.negative else 0.0
    bonus = streak_factor(profile, streak_before) if question.is_correct(chosen) else 1.0
    return round(full * share * speed_factor(profile, elapsed_ms, limit_ms) * bonus, 4)
