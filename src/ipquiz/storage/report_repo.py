"""The report's figures, added up by the database: answers grouped per question, per
answer given and attempt total, and per attempt and category; never every answer loaded
one by one.

The questions an attempt was asked are its plan (a JSON list stored with the attempt);
a question left without an answer row (an exam handed in with gaps) is found there, for
the attempts that have such gaps only, and counts as asked and scored 0.
Each query reads the answer rows once, in as few grouped passes as the figures allow.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Float,
    Integer,
    Select,
    String,
    case,
    cast,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session

from ipquiz.domain.answer_groups import AnswerGroup
from ipquiz.domain.item_analysis import TIE
from ipquiz.domain.report_lines import (
    AnswerLine,
    AttemptLine,
    CategoryLine,
    Gap,
    MissedLine,
    SessionLine,
    StandLine,
)
from ipquiz.domain.results import ResultFilter
from ipquiz.storage.models import (
    AttemptRow,
    GroupRow,
    KioskRoundRow,
    LiveSeatRow,
    LiveSessionRow,
    PersonRow,
    QuestionRow,
    ResponseRow,
)
from ipquiz.storage.results_repo import scope_conditions

#: Between the entries of a list the database joins into one string.
SEPARATOR = "\x1f"


def _is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _plan_length(session: Session) -> ColumnElement[int]:
    if _is_postgresql(session):
        return func.json_array_length(cast(AttemptRow.plan_json, JSON))
    return func.json_array_length(AttemptRow.plan_json)


#: An answer's item score x: 1 right, the share of credit when partly right, else 0.
ITEM_SCORE = case(
    (ResponseRow.correct, 1.0),
    (ResponseRow.max_points <= 0, 0.0),
    (ResponseRow.points <= 0, 0.0),
    (ResponseRow.points >= ResponseRow.max_points, 1.0),
    else_=cast(ResponseRow.points, Float) / ResponseRow.max_points,
)
ANSWERED = case((ResponseRow.chosen != "", 1), else_=0)
RIGHT = case((ResponseRow.correct, 1), else_=0)


def _answers(scope: ResultFilter) -> Select[Any]:
    """The answer rows of the attempts in scope (to add columns and groups to)."""
    return (
        select()
        .select_from(ResponseRow)
        .join(AttemptRow, AttemptRow.id == ResponseRow.attempt_id)
        .where(*scope_conditions(scope))
    )


def attempt_rows(session: Session, scope: ResultFilter) -> list[AttemptLine]:
    """The attempts in scope, oldest first, with how many questions each was asked."""
    a = AttemptRow
    stmt = (
        select(
            a.id,
            PersonRow.name,
            a.mode,
            a.status,
            a.lang,
            a.station,
            a.started_at,
            a.finished_at,
            a.score,
            a.max_score,
            a.spec_json,
            _plan_length(session),
            PersonRow.id.label("person_id"),
            PersonRow.guest,
            PersonRow.roster_number,
            GroupRow.name.label("group"),
        )
        .join(PersonRow, PersonRow.id == a.person_id)
        .outerjoin(GroupRow, GroupRow.id == PersonRow.group_id)
        .where(*scope_conditions(scope))
        .order_by(a.started_at, a.id)
    )
    found = []
    for row in session.execute(stmt):
        spec = json.loads(row.spec_json)
        found.append(
            AttemptLine(
                attempt_id=row.id,
                person=row.name,
                mode=row.mode,
                status=row.status,
                lang=row.lang,
                station=row.station,
                started_at=row.started_at,
                finished_at=row.finished_at,
                score=float(row.score),
                max_score=float(row.max_score),
                pass_mark=float(spec.get("pass_mark", 0.6)),
                quiz_set=str(spec.get("name", "")),
                asked=int(row[11] or 0),
                person_id=None if row.guest else int(row.person_id),
                group=row.group or "",
                roster_number=row.roster_number or "",
            )
        )
    return found


def category_lines(session: Session, scope: ResultFilter) -> list[CategoryLine]:
    """Per attempt and category of its answer rows: rows, answered, right, item-score
    sum, and the questions not fully right as "position:question id" entries."""
    r = ResponseRow
    entry = cast(r.position, String) + ":" + r.question_id
    stmt = _answers(scope).add_columns(
        r.attempt_id,
        r.category_id,
        func.count(),
        func.sum(ANSWERED),
        func.sum(RIGHT),
        func.sum(ITEM_SCORE),
        func.aggregate_strings(case((ITEM_SCORE < 1.0 - TIE, entry)), SEPARATOR),
    )
    lines = []
    for attempt, category, n, answered, right, x, missed in session.execute(
        stmt.group_by(r.attempt_id, r.category_id)
    ):
        entries = [e.partition(":") for e in str(missed).split(SEPARATOR)] if missed else []
        lines.append(
            CategoryLine(
                attempt_id=int(attempt),
                category=str(category),
                asked=int(n),
                answered=int(answered or 0),
                correct=int(right or 0),
                item_total=float(x or 0.0),
                missed=tuple((int(p), qid) for p, _, qid in entries),
            )
        )
    return lines


def gaps(session: Session, scope: ResultFilter) -> list[Gap]:
    """Questions asked but left without an answer row (an exam handed in with gaps, an
    attempt given up), read from the plans of only the attempts that have such gaps."""
    if _is_postgresql(session):
        items = func.json_array_elements(cast(AttemptRow.plan_json, JSON)).table_valued(
            "value", with_ordinality="ordinality"
        )
        position: ColumnElement[Any] = cast(items.c.ordinality, Integer) - 1
        question: ColumnElement[Any] = items.c.value.op("->>")(literal("id"))
        order: ColumnElement[Any] = items.c.value.op("->>")(literal("order"))
    else:
        items = func.json_each(AttemptRow.plan_json).table_valued("key", "value")
        position = cast(items.c.key, Integer)
        question = func.json_extract(items.c.value, "$.id")
        order = func.json_extract(items.c.value, "$.order")
    answered = (
        select(func.count())
        .where(ResponseRow.attempt_id == AttemptRow.id)
        .correlate(AttemptRow)
        .scalar_subquery()
    )
    has_row = (
        select(ResponseRow.id)
        .where(ResponseRow.attempt_id == AttemptRow.id, ResponseRow.position == position)
        .exists()
    )
    stmt = (
        select(AttemptRow.id, position, question, func.coalesce(QuestionRow.category_id, ""), order)
        .select_from(AttemptRow)
        .join(items, literal(True))
        .outerjoin(QuestionRow, QuestionRow.id == question)
        .where(*scope_conditions(scope))
        .where(_plan_length(session) > answered, ~has_row)
    )
    return [
        Gap(int(a), int(p), str(q), str(c), tuple(json.loads(o)) if o else ())
        for a, p, q, c, o in session.execute(stmt.order_by(AttemptRow.id, position))
    ]


def answer_lines(session: Session, scope: ResultFilter) -> Iterator[AnswerLine]:
    """Every answer row in scope by attempt and position, streamed (the Answers sheet)."""
    r = ResponseRow
    stmt = (
        _answers(scope)
        .add_columns(
            r.attempt_id,
            r.position,
            r.question_id,
            r.chosen,
            r.shown_order,
            r.correct,
            r.points,
            r.elapsed_ms,
        )
        .order_by(r.attempt_id, r.position)
        .execution_options(yield_per=5000)
    )
    for a, p, q, chosen, order, right, points, ms in session.execute(stmt):
        yield AnswerLine(
            attempt_id=a,
            position=p,
            question_id=q,
            chosen=_chosen(chosen),
            shown_order=_indices(order),
            correct=bool(right),
            points=float(points),
            elapsed_ms=int(ms) if chosen else None,
        )


@functools.lru_cache(maxsize=4096)
def _indices(text: str) -> tuple[int, ...]:
    """ "2,0,3,1" -> (2, 0, 3, 1); the same few orders and answers come back every row."""
    return tuple(int(i) for i in text.split(",") if i)


@functools.lru_cache(maxsize=4096)
def _chosen(text: str) -> frozenset[int]:
    return frozenset(_indices(text))


def answer_groups(session: Session, scope: ResultFilter) -> list[AnswerGroup]:
    """The answer rows grouped by question, answer, item score and the attempt's total
    (a gap scores 0, so the totals of the answer rows are the attempts' totals)."""
    r = ResponseRow
    totals = (
        _answers(scope)
        .add_columns(r.attempt_id, func.sum(ITEM_SCORE).label("total"))
        .group_by(r.attempt_id)
        .subquery()
    )
    x = ITEM_SCORE.label("x")
    stmt = (
        select(r.question_id, r.chosen, x, totals.c.total, func.max(RIGHT), func.count())
        .select_from(r)
        .join(totals, totals.c.attempt_id == r.attempt_id)
        .group_by(r.question_id, r.chosen, x, totals.c.total)
    )
    return [
        AnswerGroup(
            question_id=qid,
            chosen=_chosen(chosen),
            x=float(score),
            total=float(total),
            count=int(n),
            correct=bool(right),
        )
        for qid, chosen, score, total, right, n in session.execute(stmt)
    ]


def live_sessions(session: Session) -> list[SessionLine]:
    """Every live class hosted on this database, newest first, with its student count."""
    seats = (
        select(LiveSeatRow.session_id, func.count().label("n"))
        .group_by(LiveSeatRow.session_id)
        .subquery()
    )
    s = LiveSessionRow
    stmt = (
        select(s.id, s.code, s.created_at, s.status, GroupRow.name, func.coalesce(seats.c.n, 0))
        .outerjoin(GroupRow, GroupRow.id == s.group_id)
        .outerjoin(seats, seats.c.session_id == s.id)
        .order_by(s.created_at.desc(), s.id.desc())
    )
    return [
        SessionLine(int(i), code, started, status == "ended", group or "", int(n))
        for i, code, started, status, group, n in session.execute(stmt)
    ]


def _kiosk(session: Session, scope: ResultFilter) -> Any:
    return (
        select(KioskRoundRow.attempt_id, KioskRoundRow.station, KioskRoundRow.visit)
        .join(AttemptRow, AttemptRow.id == KioskRoundRow.attempt_id)
        .where(*scope_conditions(scope))
        .subquery()
    )


def stand_lines(session: Session, scope: ResultFilter) -> list[StandLine]:
    """Kiosk rounds in scope by day and station, by day for the stand, by station over
    every day, and for the stand over every day: rounds, visitors, mean share."""
    rounds = _kiosk(session, scope)
    day = func.date(AttemptRow.started_at)
    share = case(
        (AttemptRow.max_score <= 0, 0.0),
        (AttemptRow.score >= AttemptRow.max_score, 1.0),  # streak bonuses: at most all
        (AttemptRow.score <= 0, 0.0),
        else_=AttemptRow.score / AttemptRow.max_score,
    )
    lines: list[StandLine] = []
    for by_day, by_station in ((True, True), (True, False), (False, True), (False, False)):
        keys: list[ColumnElement[Any]] = [day] if by_day else []
        keys += [rounds.c.station] if by_station else []
        stmt = (
            select(
                day if by_day else literal(None),
                rounds.c.station if by_station else literal(""),
                func.count(),
                func.count(func.distinct(rounds.c.visit)),
                func.avg(share),
            )
            .select_from(rounds)
            .join(AttemptRow, AttemptRow.id == rounds.c.attempt_id)
        )
        if keys:
            stmt = stmt.group_by(*keys)
        for d, station, count, visitors, mean in session.execute(stmt):
            if not count:
                continue
            lines.append(
                StandLine(
                    day=_day(d),
                    station=str(station or ""),
                    rounds=int(count),
                    visitors=int(visitors),
                    mean_share=min(1.0, float(mean or 0.0)),
                )
            )
    return sorted(lines, key=lambda s: (s.day or dt.date.max, s.station))


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def stand_missed(session: Session, scope: ResultFilter) -> list[MissedLine]:
    """Per station and for the whole stand, how often each question was asked and missed
    in the kiosk rounds in scope (a kiosk round stores every question it asked: a
    question that timed out is an empty answer)."""
    rounds = _kiosk(session, scope)
    r = ResponseRow
    lines = []
    for by_station in (True, False):
        station = rounds.c.station if by_station else literal("")
        stmt = (
            select(station, r.question_id, func.count(), func.sum(1.0 - ITEM_SCORE))
            .select_from(r)
            .join(rounds, rounds.c.attempt_id == r.attempt_id)
        )
        stmt = (
            stmt.group_by(rounds.c.station, r.question_id)
            if by_station
            else stmt.group_by(r.question_id)
        )
        lines += [
            MissedLine(str(s or ""), str(qid), int(n), float(m or 0.0))
            for s, qid, n, m in session.execute(stmt)
        ]
    return lines


__all__: Sequence[str] = (
    "answer_groups",
    "answer_lines",
    "attempt_rows",
    "category_lines",
    "gaps",
    "live_sessions",
    "stand_lines",
    "stand_missed",
)
