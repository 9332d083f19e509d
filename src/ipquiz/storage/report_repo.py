"""The report's figures, added up by the database: sums per question, per answer given,
per attempt and per category, never every answer loaded one by one.

The questions an attempt was asked are its plan (a JSON list stored with the attempt),
so a question left unanswered counts as asked and scored 0 even though it has no
response row. Every query starts from `_scored`: one row per asked question of each
attempt in scope, with its item score x (see domain.item_analysis).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    CTE,
    JSON,
    ColumnElement,
    Float,
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session

from ipquiz.domain.distractors import ChoiceSums
from ipquiz.domain.item_analysis import TIE, GroupCut, ItemSums
from ipquiz.domain.report_lines import AttemptLine, CategoryLine, MissedLine, StandLine
from ipquiz.domain.results import ResultFilter
from ipquiz.storage.models import AttemptRow, KioskRoundRow, PersonRow, QuestionRow, ResponseRow
from ipquiz.storage.results_repo import scope_conditions

#: Between the entries of a list the database joins into one string.
SEPARATOR = "\x1f"


def _planned(session: Session, scope: ResultFilter) -> CTE:
    """(attempt_id, position, question_id) for every question each attempt was asked."""
    if session.get_bind().dialect.name == "postgresql":
        items = func.json_array_elements(cast(AttemptRow.plan_json, JSON)).table_valued(
            "value", with_ordinality="ordinality"
        )
        position: ColumnElement[Any] = items.c.ordinality - 1
        question: ColumnElement[Any] = items.c.value.op("->>")(literal("id"))
    else:
        items = func.json_each(AttemptRow.plan_json).table_valued("key", "value")
        position = items.c.key
        question = func.json_extract(items.c.value, "$.id")
    return (
        select(
            AttemptRow.id.label("attempt_id"),
            cast(position, Integer).label("position"),
            question.label("question_id"),
        )
        .select_from(AttemptRow)
        .join(items, literal(True))
        .where(*scope_conditions(scope))
        .cte("planned")
    )


def _scored(session: Session, scope: ResultFilter) -> CTE:
    """Every asked question of every attempt in scope with its item score `x`."""
    planned = _planned(session, scope)
    r = ResponseRow
    x = case(
        (r.correct, 1.0),
        (r.max_points <= 0, 0.0),
        (r.points <= 0, 0.0),
        (r.points >= r.max_points, 1.0),
        else_=cast(r.points, Float) / r.max_points,
    )
    answered = and_(r.id.is_not(None), r.chosen != "")
    return (
        select(
            planned.c.attempt_id,
            planned.c.position,
            planned.c.question_id,
            func.coalesce(x, 0.0).label("x"),
            case((answered, 1), else_=0).label("answered"),
            case((r.correct, 1), else_=0).label("correct"),
            func.coalesce(r.chosen, "").label("chosen"),
            func.coalesce(r.category_id, QuestionRow.category_id, "").label("category"),
        )
        .select_from(planned)
        .outerjoin(r, and_(r.attempt_id == planned.c.attempt_id, r.position == planned.c.position))
        .outerjoin(QuestionRow, QuestionRow.id == planned.c.question_id)
        .cte("scored")
    )


def _totals(scored: CTE) -> CTE:
    return (
        select(scored.c.attempt_id, func.sum(scored.c.x).label("total"))
        .group_by(scored.c.attempt_id)
        .cte("totals")
    )


def attempt_lines(session: Session, scope: ResultFilter) -> list[AttemptLine]:
    """One line per attempt in scope, oldest first, with its item-score total."""
    scored = _scored(session, scope)
    per_attempt = (
        select(
            scored.c.attempt_id,
            func.sum(scored.c.x).label("total"),
            func.count().label("asked"),
            func.sum(scored.c.answered).label("answered"),
            func.sum(scored.c.correct).label("correct"),
        )
        .group_by(scored.c.attempt_id)
        .subquery()
    )
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
            per_attempt.c.total,
            per_attempt.c.asked,
            per_attempt.c.answered,
            per_attempt.c.correct,
        )
        .join(PersonRow, PersonRow.id == a.person_id)
        .join(per_attempt, per_attempt.c.attempt_id == a.id)
        .order_by(a.started_at, a.id)
    )
    lines = []
    for row in session.execute(stmt):
        spec = json.loads(row.spec_json)
        lines.append(
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
                item_total=float(row.total or 0.0),
                asked=int(row.asked),
                answered=int(row.answered or 0),
                correct=int(row.correct or 0),
            )
        )
    return lines


def _weights(totals: CTE, cut: GroupCut | None) -> tuple[ColumnElement[float], ...]:
    if cut is None:
        return literal(0.0), literal(0.0)
    t = totals.c.total
    upper = case(
        (t > cut.upper + TIE, 1.0),
        (func.abs(t - cut.upper) <= TIE, cut.upper_share),
        else_=0.0,
    )
    lower = case(
        (t < cut.lower - TIE, 1.0),
        (func.abs(t - cut.lower) <= TIE, cut.lower_share),
        else_=0.0,
    )
    return upper, lower


@dataclass(frozen=True, slots=True)
class ItemFigures:
    items: list[ItemSums]
    answers: list[ChoiceSums]


def item_figures(session: Session, scope: ResultFilter, cut: GroupCut | None) -> ItemFigures:
    """Per question sums, per (question, answer) counts and the distributions of item and
    rest scores, in five grouped queries."""
    scored = _scored(session, scope)
    totals = _totals(scored)
    x, q = scored.c.x, scored.c.question_id
    rest = totals.c.total - x
    upper, lower = _weights(totals, cut)
    joined = scored.join(totals, totals.c.attempt_id == scored.c.attempt_id)
    sums = select(
        q,
        func.count(),
        func.sum(scored.c.answered),
        func.sum(scored.c.correct),
        func.sum(x),
        func.sum(x * x),
        func.sum(rest),
        func.sum(rest * rest),
        func.sum(x * rest),
        func.sum(upper),
        func.sum(upper * x),
        func.sum(lower),
        func.sum(lower * x),
    ).select_from(joined)
    x_counts = _counts(session, select(q, x, func.count()).group_by(q, x))
    r_counts = _counts(session, select(q, rest, func.count()).select_from(joined).group_by(q, rest))
    items = [
        ItemSums(
            question_id=row[0],
            asked=int(row[1]),
            answered=int(row[2] or 0),
            correct=int(row[3] or 0),
            sum_x=float(row[4] or 0.0),
            sum_xx=float(row[5] or 0.0),
            sum_r=float(row[6] or 0.0),
            sum_rr=float(row[7] or 0.0),
            sum_xr=float(row[8] or 0.0),
            upper_weight=float(row[9] or 0.0),
            upper_x=float(row[10] or 0.0),
            lower_weight=float(row[11] or 0.0),
            lower_x=float(row[12] or 0.0),
            x_counts=tuple(x_counts.get(row[0], ())),
            r_counts=tuple(r_counts.get(row[0], ())),
        )
        for row in session.execute(sums.group_by(q).order_by(q))
    ]
    chosen = scored.c.chosen
    answers = [
        ChoiceSums(
            question_id=qid,
            chosen=frozenset(int(i) for i in picked.split(",") if i),
            count=int(count),
            upper_weight=float(up or 0.0),
            lower_weight=float(low or 0.0),
        )
        for qid, picked, count, up, low in session.execute(
            select(q, chosen, func.count(), func.sum(upper), func.sum(lower))
            .select_from(joined)
            .where(chosen != "")
            .group_by(q, chosen)
        )
    ]
    return ItemFigures(items=items, answers=answers)


def _counts(session: Session, stmt: Any) -> dict[str, list[tuple[float, int]]]:
    found: dict[str, list[tuple[float, int]]] = {}
    for qid, value, count in session.execute(stmt):
        found.setdefault(qid, []).append((float(value), int(count)))
    return found


def category_lines(session: Session, scope: ResultFilter) -> list[CategoryLine]:
    """Per attempt and category: questions asked, right, and item-score sum."""
    scored = _scored(session, scope)
    stmt = select(
        scored.c.attempt_id,
        scored.c.category,
        func.count(),
        func.sum(scored.c.correct),
        func.sum(scored.c.x),
    ).group_by(scored.c.attempt_id, scored.c.category)
    return [
        CategoryLine(int(a), str(c), int(n), int(right or 0), float(x or 0.0))
        for a, c, n, right, x in session.execute(stmt)
    ]


def missed(session: Session, scope: ResultFilter) -> dict[int, list[str]]:
    """Per attempt, the questions it did not get fully right, in the order asked."""
    scored = _scored(session, scope)
    entry = cast(scored.c.position, String) + ":" + scored.c.question_id
    stmt = (
        select(scored.c.attempt_id, func.aggregate_strings(entry, SEPARATOR))
        .where(scored.c.x < 1.0 - TIE)
        .group_by(scored.c.attempt_id)
    )
    found: dict[int, list[str]] = {}
    for attempt, joined in session.execute(stmt):
        entries = [e.partition(":") for e in str(joined).split(SEPARATOR)]
        found[int(attempt)] = [qid for _, _, qid in sorted(entries, key=lambda e: int(e[0]))]
    return found


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
    in the kiosk rounds in scope."""
    scored = _scored(session, scope)
    rounds = _kiosk(session, scope)
    joined = scored.join(rounds, rounds.c.attempt_id == scored.c.attempt_id)
    q = scored.c.question_id
    lines = []
    for by_station in (True, False):
        station = rounds.c.station if by_station else literal("")
        stmt = select(station, q, func.count(), func.sum(1.0 - scored.c.x)).select_from(joined)
        stmt = stmt.group_by(rounds.c.station, q) if by_station else stmt.group_by(q)
        lines += [
            MissedLine(str(s or ""), str(qid), int(n), float(m or 0.0))
            for s, qid, n, m in session.execute(stmt)
        ]
    return lines


__all__: Sequence[str] = (
    "ItemFigures",
    "attempt_lines",
    "category_lines",
    "item_figures",
    "missed",
    "stand_lines",
    "stand_missed",
)
