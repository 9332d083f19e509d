"""Answers and their summary: score, pass/fail and the per-category breakdown."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
        """Points over the maximum, from 0 to 1 (streak bonuses cannot push it past 1)."""
        return max(0.0, min(1.0, self.points / self.max_points)) if self.max_points else 0.0


@dataclass(frozen=True, slots=True)
class QuizResult:
    overall: Tally
    total: int
    passed: bool
    by_category: dict[str, Tally]
    by_difficulty: dict[int, Tally]


def summarize(
    records: Iterable[AnswerRecord], *, maxima: Sequence[float], pass_mark: float
) -> QuizResult:
    """Sum answers; `maxima` has every planned question's maximum, answered or not."""
    overall = Tally()
    by_category: dict[str, Tally] = {}
    by_difficulty: dict[int, Tally] = {}
    for r in records:
        overall = overall.add(r)
        by_category[r.category] = by_category.get(r.category, Tally()).add(r)
        by_difficulty[r.difficulty] = by_difficulty.get(r.difficulty, Tally()).add(r)
    overall = Tally(overall.correct, overall.answered, overall.points, float(sum(maxima)))
    return QuizResult(
        overall=overall,
        total=len(maxima),
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
