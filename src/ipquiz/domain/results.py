"""Answers and their summary: score, pass/fail and the per-category breakdown."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


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


@dataclass(frozen=True, slots=True)
class Tally:
    correct: int = 0
    answered: int = 0
    points: float = 0.0
    max_points: float = 0.0

    def add(self, record: AnswerRecord) -> Tally:
        return Tally(
            correct=self.correct + int(record.correct),
            answered=self.answered + 1,
            points=self.points + record.points,
            max_points=self.max_points + record.max_points,
        )

    @property
    def share(self) -> float:
        return self.points / self.max_points if self.max_points else 0.0


@dataclass(frozen=True, slots=True)
class QuizResult:
    overall: Tally
    total: int
    passed: bool
    by_category: dict[str, Tally]
    by_difficulty: dict[int, Tally]


def summarize(
    records: Iterable[AnswerRecord],
    *,
    total: int,
    pass_mark: float,
    points_per_question: float = 1.0,
) -> QuizResult:
    """Sum answers; unanswered questions count towards the maximum as zero."""
    overall = Tally()
    by_category: dict[str, Tally] = {}
    by_difficulty: dict[int, Tally] = {}
    for r in records:
        overall = overall.add(r)
        by_category[r.category] = by_category.get(r.category, Tally()).add(r)
        by_difficulty[r.difficulty] = by_difficulty.get(r.difficulty, Tally()).add(r)
    missing = total - overall.answered
    if missing > 0:
        overall = Tally(
            overall.correct,
            overall.answered,
            overall.points,
            overall.max_points + missing * points_per_question,
        )
    return QuizResult(
        overall=overall,
        total=total,
        passed=overall.max_points > 0 and overall.share >= pass_mark,
        by_category=by_category,
        by_difficulty=by_difficulty,
    )


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One answer of a finished attempt, flattened for export."""

    attempt_id: int
    player: str
    started_at: str
    finished_at: str
    mode: str
    lang: str
    question_id: str
    category: str
    answer: str
    correct: bool
    points: float
    seconds: float
