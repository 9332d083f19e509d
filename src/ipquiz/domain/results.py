"""Answers and their summary: score, pass/fail and the per-category breakdown."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol


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


class Answered(Protocol):
    """What an outcome is read from: a stored answer or a report's answer line."""

    @property
    def chosen(self) -> frozenset[int]: ...
    @property
    def correct(self) -> bool: ...
    @property
    def points(self) -> float: ...


def outcome(record: Answered | None) -> Outcome:
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
class Slot:
    """A planned question as the summary needs it (answered or not)."""

    category: str
    difficulty: int
    max_points: float


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

    def with_slot(self, slot: Slot) -> Tally:
        return dataclasses.replace(
            self, questions=self.questions + 1, max_points=self.max_points + slot.max_points
        )

    def with_answer(self, record: AnswerRecord) -> Tally:
        return dataclasses.replace(
            self,
            correct=self.correct + int(record.correct),
            answered=self.answered + 1,
            points=self.points + record.points,
        )


@dataclass(frozen=True, slots=True)
class QuizResult:
    overall: Tally
    total: int
    passed: bool
    by_category: dict[str, Tally]
    by_difficulty: dict[int, Tally]


def summarize(
    records: Iterable[AnswerRecord], *, slots: Sequence[Slot], pass_mark: float
) -> QuizResult:
    """Sum answers over every planned question, so each breakdown adds up to the whole."""
    overall = Tally()
    by_category: dict[str, Tally] = {}
    by_difficulty: dict[int, Tally] = {}
    for slot in slots:
        overall = overall.with_slot(slot)
        by_category[slot.category] = by_category.get(slot.category, Tally()).with_slot(slot)
        by_difficulty[slot.difficulty] = by_difficulty.get(slot.difficulty, Tally()).with_slot(slot)
    for r in records:
        overall = overall.with_answer(r)
        by_category[r.category] = by_category.get(r.category, Tally()).with_answer(r)
        by_difficulty[r.difficulty] = by_difficulty.get(r.difficulty, Tally()).with_answer(r)
    return QuizResult(
        overall=overall,
        total=len(slots),
        passed=passes(overall.points, overall.max_points, pass_mark),
        by_category=by_category,
        by_difficulty=by_difficulty,
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
    person_id: int | None = None  # None only for attempts built outside the database


STATUSES = ("finished", "abandoned", "active")


@dataclass(frozen=True, slots=True)
class ResultFilter:
    """Which attempts an export takes; empty fields take every attempt."""

    attempt_id: int | None = None
    player: str = ""  # by name, case ignored (guests of that name too)
    person_id: int | None = None  # one person's attempts
    group_id: int | None = None  # the attempts of a group's persons (a class)
    since: dt.datetime | None = None  # started at or after
    until: dt.datetime | None = None  # started before
    mode: str = ""
    statuses: tuple[str, ...] = field(default=("finished",))
    quiz_set: str = ""  # attempts of the saved quiz set of this name
    live_session: int | None = None  # the attempts of the students of one live class
