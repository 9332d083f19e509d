"""A person's progress counted by the database: answers per day, days practised, mastery
per category, reviews due. Nothing here loads answers one by one.

Days are local calendar days (times are stored as local wall time): `date(...)` is the
same function on SQLite (which returns text) and PostgreSQL (a date).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from ipquiz.domain.progress import DayCount, Mastery
from ipquiz.storage.models import (
    AttemptRow,
    CategoryRow,
    QuestionRow,
    ResponseRow,
    ReviewCardRow,
    StratumRow,
)

#: Days practised looked back over for the streak (a longer run is shown as this many).
STREAK_LOOKBACK_DAYS = 800


def _day(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _answers_of(person_id: int) -> list[ColumnElement[bool]]:
    """An answer given (not a time-out) in one of the person's attempts."""
    return [AttemptRow.person_id == person_id, ResponseRow.chosen != ""]


_RIGHT = func.sum(case((ResponseRow.correct, 1), else_=0))


def totals(session: Session, person_id: int) -> tuple[int, int]:
    """(answers given, of them right), over the person's whole history."""
    row = session.execute(
        select(func.count(), _RIGHT)
        .join(AttemptRow, ResponseRow.attempt_id == AttemptRow.id)
        .where(*_answers_of(person_id))
    ).one()
    return int(row[0] or 0), int(row[1] or 0)


def answers_per_day(session: Session, person_id: int, *, since: dt.date) -> list[DayCount]:
    day = func.date(ResponseRow.answered_at)
    rows = session.execute(
        select(day, func.count(), _RIGHT)
        .join(AttemptRow, ResponseRow.attempt_id == AttemptRow.id)
        .where(
            *_answers_of(person_id),
            ResponseRow.answered_at >= dt.datetime.combine(since, dt.time()),
        )
        .group_by(day)
    )
    return [DayCount(_day(d), int(n), int(right or 0)) for d, n, right in rows]


def days_practised(session: Session, person_id: int, *, today: dt.date) -> list[dt.date]:
    """The days (most recent first, up to today) with at least one answer given."""
    day = func.date(ResponseRow.answered_at)
    since = dt.datetime.combine(today - dt.timedelta(days=STREAK_LOOKBACK_DAYS), dt.time())
    rows = session.scalars(
        select(day)
        .join(AttemptRow, ResponseRow.attempt_id == AttemptRow.id)
        .where(*_answers_of(person_id), ResponseRow.answered_at >= since)
        .group_by(day)
    )
    return sorted((_day(d) for d in rows), reverse=True)


def mastery(session: Session, person_id: int) -> list[Mastery]:
    """Per category (in the bank's order): its active questions, those the person has
    answered, and those whose most recent answer was right."""
    last = (
        select(ResponseRow.question_id, func.max(ResponseRow.id).label("last_id"))
        .join(AttemptRow, ResponseRow.attempt_id == AttemptRow.id)
        .where(*_answers_of(person_id))
        .group_by(ResponseRow.question_id)
        .subquery()
    )
    answered = dict(
        (category, (int(seen), int(right or 0)))
        for category, seen, right in session.execute(
            select(QuestionRow.category_id, func.count(), _RIGHT)
            .select_from(last)
            .join(ResponseRow, ResponseRow.id == last.c.last_id)
            .join(QuestionRow, QuestionRow.id == last.c.question_id)
            .where(QuestionRow.active)
            .group_by(QuestionRow.category_id)
        )
    )
    sizes = session.execute(
        select(CategoryRow.id, func.coalesce(func.sum(StratumRow.n), 0))
        .outerjoin(StratumRow, StratumRow.category_id == CategoryRow.id)
        .group_by(CategoryRow.id, CategoryRow.position)
        .order_by(CategoryRow.position, CategoryRow.id)
    )
    return [
        Mastery(category, int(size), *answered.get(category, (0, 0)))
        for category, size in sizes
        if size or category in answered
    ]


def reviews_due(session: Session, person_id: int, *, before: dt.date) -> list[DayCount]:
    """Review cards due per day, before `before` (overdue ones on their own past days)."""
    day = func.date(ReviewCardRow.due)
    rows = session.execute(
        select(day, func.count())
        .where(
            ReviewCardRow.person_id == person_id,
            ReviewCardRow.due < dt.datetime.combine(before, dt.time()),
        )
        .group_by(day)
    )
    return [DayCount(_day(d), int(n)) for d, n in rows]
