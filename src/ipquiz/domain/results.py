"""Answers and their summary: score, pass/fail and the per-category breakdown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    """One answer as scored; `chosen` and `shown_order` use original choice indices."""

    question_id: str
    category: str
    difficulty: int
    position: int
    chosen: frozenset[int]
    correct: bool
    points: float
    max_points: float
    elapsed_ms: int
    shown_order: tuple[int, ...]


class Outcome(StrEnum):
    """How an answer went, as every screen and export names it."""

    CORRECT = "correct"
    PARTLY = "partly"
    WRONG = "wrong"
    NO_ANSWER = "no_answer"


def outcome(record: AnswerRecord | None) -> Outcome:
    """Partly right is any answer that is not right but still earned points."""
    if record is None or not record.chosen:
        return Outcome.NO_ANSWER
    if record.correct:
        return Outcome.CORRECT
    return Outcome.PARTLY if record.points > 0 else Outcome.WRONG


def share_of(points: float, max_points: float) -> float:
    """Points over the maximum, from 0 to 1 (streak bonuses cannot push it past 1)."""
    return max(0.0, min(1.0, points / max_points)) if max_points else 0.0


def percent(points: float, max_points: float) -> int:
    """The whole percentage every screen and export shows."""
    return round(share_of(points, max_points) * 100)


def passes(points: float, max_points: float, pass_mark: float) -> bool:
    return max_points > 0 and share_of(points, max_points) >= pass_mark


@dataclass(frozen=True, slots=True)
class Tally:
    """A group of planned questions: `questions` counts the unanswered ones too."""

    correct: int = 0
    answered: int = 0
    questions: int = 0
    points: float = 0.0
    max_points: float = 0.0

    @property
    def share(self) -> float:
        return share_of(self.points, self.max_points)


@dataclass(frozen=True, slots=True)
class Slot:
    """A planned question as the summary needs it (answered or not)."""

    category: str
    difficulty: int
    max_points: float


@dataclass(frozen=True, slots=True)
class QuizResult:
    overall: Tally
    total: int
    passed: bool
    by_category: dict[str, Tally]
    by_difficulty: dict[int, Tally]


@dataclass(slots=True)
class _Sum:
    correct: int = 0
    answered: int = 0
    questions: int = 0
    points: float = 0.0
    max_points: float = 0.0

    def tally(self) -> Tally:
        return Tally(self.correct, self.answered, self.questions, self.points, self.max_points)


def summarize(
    records: Iterable[AnswerRecord], *, slots: Sequence[Slot], pass_mark: float
) -> QuizResult:
    """Sum answers over every planned question, so each breakdown adds up to the whole."""
    overall = _Sum()
    by_category: dict[str, _Sum] = {}
    by_difficulty: dict[int, _Sum] = {}
    for slot in slots:
        for s in (
            overall,
            by_category.setdefault(slot.category, _Sum()),
            by_difficulty.setdefault(slot.difficulty, _Sum()),
        ):
            s.questions += 1
            s.max_points += slot.max_points
    for r in records:
        for s in (
            overall,
            by_category.setdefault(r.category, _Sum()),
            by_difficulty.setdefault(r.difficulty, _Sum()),
        ):
            s.correct += int(r.correct)
            s.answered += 1
            s.points += r.points
    total = overall.tally()
    return QuizResult(
        overall=total,
        total=len(slots),
        passed=passes(total.points, total.max_points, pass_mark),
        by_category={k: v.tally() for k, v in by_category.items()},
        by_difficulty={k: v.tally() for k, v in by_difficulty.items()},
    )


@dataclass(frozen=True, slots=True)
class PlanItem:
    """A question of a stored attempt and the order its choices were shown in."""

    question_id: str
    shown_order: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class StoredAttempt:
    """An attempt as stored: enough to resume it, show its result or export it."""

    id: int
    player: str
    mode: str
    lang: str
    status: str
    spec: dict[str, Any]
    plan: tuple[PlanItem, ...]
    answers: tuple[AnswerRecord, ...]
    score: float
    max_score: float
    scoring_profile: str = "accuracy"
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None


STATUSES = ("finished", "abandoned", "active")


@dataclass(frozen=True, slots=True)
class ResultFilter:
    """Which attempts an export takes; empty fields take every attempt."""

    attempt_id: int | None = None
    player: str = ""
    since: dt.datetime | None = None  # started at or after
    until: dt.datetime | None = None  # started before
    mode: str = ""
    statuses: tuple[str, ...] = field(default=("finished",))
