"""What the database sums up per attempt, per category and per kiosk day and station."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ipquiz.domain.results import passes, share_of


@dataclass(frozen=True, slots=True)
class AttemptLine:
    """One attempt with its totals (`item_total`: sum of item scores, see item_analysis)."""

    attempt_id: int
    person: str
    mode: str
    status: str
    lang: str
    station: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    score: float
    max_score: float
    pass_mark: float  # share of the maximum
    quiz_set: str
    item_total: float
    asked: int
    answered: int
    correct: int

    @property
    def percentage(self) -> float:
        return share_of(self.score, self.max_score) * 100

    @property
    def passed(self) -> bool:
        return passes(self.score, self.max_score, self.pass_mark)

    @property
    def seconds(self) -> float | None:
        if self.finished_at is None:
            return None
        return max(0.0, (self.finished_at - self.started_at).total_seconds())


@dataclass(frozen=True, slots=True)
class CategoryLine:
    attempt_id: int
    category: str
    asked: int
    correct: int
    item_total: float


@dataclass(frozen=True, slots=True)
class StandLine:
    """Kiosk rounds of a day (None: every day in scope) at a station ("": the stand)."""

    day: dt.date | None
    station: str
    rounds: int
    visitors: int
    mean_share: float  # 0..1


@dataclass(frozen=True, slots=True)
class MissedLine:
    """How often a question was asked and missed at a station ("": the whole stand)."""

    station: str
    question_id: str
    asked: int
    missed: float  # sum of 1 - x: a half-right answer is half missed
