"""What the database sums up per attempt, per category and per kiosk day and station,
and how those sums are put together (questions left unanswered included)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ipquiz.domain.answer_groups import AnswerGroup
from ipquiz.domain.results import passes, share_of

#: The name a guest gets who typed none (services.persons).
UNNAMED = "guest"


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
    asked: int
    item_total: float = 0.0
    answered: int = 0
    correct: int = 0
    missed: tuple[str, ...] = ()  # question ids not fully right, in the order asked
    person_id: int | None = None  # a kept person (a profile, a roster student); None: a guest
    group: str = ""  # the person's class
    roster_number: str = ""

    @property
    def who(self) -> tuple[str, str]:
        """Whose attempt: a kept person by id, a guest by the name typed (case ignored);
        a guest who typed no name (a kiosk visitor) is someone new every time."""
        if self.person_id is not None:
            return "person", str(self.person_id)
        name = self.person.strip().casefold()
        if name in ("", UNNAMED):
            return "attempt", str(self.attempt_id)
        return "guest", name

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
    """An attempt's questions of one category; `missed`: (position, question id) of those
    not fully right."""

    attempt_id: int
    category: str
    asked: int
    answered: int
    correct: int
    item_total: float
    missed: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Gap:
    """A question an attempt was asked and has no answer row for."""

    attempt_id: int
    position: int
    question_id: str
    category: str
    shown_order: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class AnswerLine:
    """One asked question of an attempt as the Answers sheet lists it (a gap: no answer)."""

    attempt_id: int
    position: int
    question_id: str
    chosen: frozenset[int]
    shown_order: tuple[int, ...]
    correct: bool = False
    points: float = 0.0
    elapsed_ms: int | None = None  # None: never answered

    @property
    def key(self) -> tuple[int, int]:
        return self.attempt_id, self.position


def with_gaps(categories: Iterable[CategoryLine], gaps: Iterable[Gap]) -> list[CategoryLine]:
    """The category lines with each gap counted as asked and missed."""
    found = {(c.attempt_id, c.category): c for c in categories}
    for gap in gaps:
        key = (gap.attempt_id, gap.category)
        line = found.get(key) or CategoryLine(gap.attempt_id, gap.category, 0, 0, 0, 0.0)
        found[key] = dataclasses.replace(
            line, asked=line.asked + 1, missed=(*line.missed, (gap.position, gap.question_id))
        )
    return [found[k] for k in sorted(found)]


def with_totals(
    lines: Sequence[AttemptLine], categories: Iterable[CategoryLine]
) -> list[AttemptLine]:
    """Each attempt with the sums of its category lines."""
    per_attempt: dict[int, list[CategoryLine]] = defaultdict(list)
    for c in categories:
        per_attempt[c.attempt_id].append(c)
    done = []
    for line in lines:
        parts = per_attempt[line.attempt_id]
        missed = sorted(m for c in parts for m in c.missed)
        done.append(
            dataclasses.replace(
                line,
                item_total=sum(c.item_total for c in parts),
                answered=sum(c.answered for c in parts),
                correct=sum(c.correct for c in parts),
                missed=tuple(qid for _, qid in missed),
            )
        )
    return done


def gap_groups(lines: Iterable[AttemptLine], gaps: Iterable[Gap]) -> list[AnswerGroup]:
    """Each gap as an unanswered answer scoring 0 (`lines` must carry their totals)."""
    totals = {line.attempt_id: line.item_total for line in lines}
    return [AnswerGroup(g.question_id, frozenset(), 0.0, totals[g.attempt_id], 1) for g in gaps]


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


@dataclass(frozen=True, slots=True)
class SessionLine:
    """A live class to report on: its code, when it ran, its class and its students."""

    id: int
    code: str
    started_at: dt.datetime
    ended: bool
    group: str
    students: int
