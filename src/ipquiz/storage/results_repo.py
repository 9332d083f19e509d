"""Attempts and responses: written one answer at a time; each attempt belongs to a person."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, select
from sqlalchemy.orm import Session

from ipquiz.domain.results import AnswerRecord, PlanItem, ResultFilter, StoredAttempt
from ipquiz.storage.models import AttemptRow, LiveSeatRow, PersonRow, ResponseRow
from ipquiz.storage.upsert import upsert


def _indices(text: str) -> tuple[int, ...]:
    return tuple(int(i) for i in text.split(",") if i)


def _join(indices: Sequence[int] | frozenset[int]) -> str:
    return ",".join(
        str(i) for i in (sorted(indices) if isinstance(indices, frozenset) else indices)
    )


def create_attempt(
    session: Session,
    *,
    person_id: int,
    owner: str,
    mode: str,
    lang: str,
    spec: dict[str, Any],
    plan: list[dict[str, Any]],
    scoring_profile: str,
    scoring_version: int,
    now: dt.datetime,
    station: str = "",
    process_id: int | None = None,
) -> int:
    attempt = AttemptRow(
        person_id=person_id,
        owner=owner,
        station=station,
        process_id=process_id,
        mode=mode,
        lang=lang,
        spec_json=json.dumps(spec, ensure_ascii=False),
        plan_json=json.dumps(plan, ensure_ascii=False),
        scoring_profile=scoring_profile,
        scoring_version=scoring_version,
        status="active",
        started_at=now,
        score=0.0,
        max_score=0.0,
    )
    session.add(attempt)
    session.flush()
    return attempt.id


def add_response(
    conn: Connection, attempt_id: int, record: AnswerRecord, *, now: dt.datetime
) -> None:
    """Store an answer; in an exam a changed answer replaces the earlier one, and an
    answer sent again (its acknowledgement was lost) replaces itself: one statement (so
    it needs no transaction around it: `Database.run_statement`), one row per question
    of an attempt."""
    row = {
        "attempt_id": attempt_id,
        "position": record.position,
        "question_id": record.question_id,
        "category_id": record.category,
        "difficulty": record.difficulty,
        "chosen": _join(record.chosen),
        "shown_order": _join(record.shown_order),
        "correct": record.correct,
        "points": record.points,
        "max_points": record.max_points,
        "elapsed_ms": record.elapsed_ms,
        "answered_at": now,
    }
    upsert(conn, ResponseRow, [row], key=["attempt_id", "position"])


def has_response(session: Session, attempt_id: int, position: int) -> bool:
    found = session.scalar(
        select(ResponseRow.id).where(
            ResponseRow.attempt_id == attempt_id, ResponseRow.position == position
        )
    )
    return found is not None


def status_of(session: Session, attempt_id: int) -> str:
    return session.get_one(AttemptRow, attempt_id).status


def close_attempt(
    session: Session,
    attempt_id: int,
    *,
    status: str,
    score: float,
    max_score: float,
    now: dt.datetime,
) -> None:
    attempt = session.get_one(AttemptRow, attempt_id)
    attempt.status = status
    attempt.finished_at = now
    attempt.score = score
    attempt.max_score = max_score


def _record(row: ResponseRow) -> AnswerRecord:
    return AnswerRecord(
        question_id=row.question_id,
        category=row.category_id,
        difficulty=row.difficulty,
        position=row.position,
        chosen=frozenset(_indices(row.chosen)),
        correct=row.correct,
        points=row.points,
        max_points=row.max_points,
        elapsed_ms=row.elapsed_ms,
        shown_order=_indices(row.shown_order),
    )


def _stored(a: AttemptRow, responses: Sequence[ResponseRow]) -> StoredAttempt:
    return StoredAttempt(
        id=a.id,
        player=a.person.name,
        person_id=a.person_id,
        mode=a.mode,
        lang=a.lang,
        status=a.status,
        spec=json.loads(a.spec_json),
        plan=tuple(
            PlanItem(str(item["id"]), tuple(int(i) for i in item["order"]))
            for item in json.loads(a.plan_json)
        ),
        answers=tuple(_record(r) for r in responses),
        score=a.score,
        max_score=a.max_score,
        scoring_profile=a.scoring_profile,
        started_at=a.started_at,
        finished_at=a.finished_at,
    )


def get_attempt(session: Session, attempt_id: int) -> StoredAttempt:
    a = session.get_one(AttemptRow, attempt_id)
    responses = session.scalars(
        select(ResponseRow)
        .where(ResponseRow.attempt_id == attempt_id)
        .order_by(ResponseRow.position)
    )
    return _stored(a, list(responses))


def scope_conditions(scope: ResultFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [AttemptRow.status.in_(scope.statuses)]
    if scope.attempt_id is not None:
        where.append(AttemptRow.id == scope.attempt_id)
    if scope.player.strip():
        where.append(
            AttemptRow.person_id.in_(
                select(PersonRow.id).where(
                    func.lower(PersonRow.name) == scope.player.strip().lower()
                )
            )
        )
    if scope.person_id is not None:
        where.append(AttemptRow.person_id == scope.person_id)
    if scope.group_id is not None:
        where.append(
            AttemptRow.person_id.in_(
                select(PersonRow.id).where(PersonRow.group_id == scope.group_id)
            )
        )
    if scope.since is not None:
        where.append(AttemptRow.started_at >= scope.since)
    if scope.until is not None:
        where.append(AttemptRow.started_at < scope.until)
    if scope.mode:
        where.append(AttemptRow.mode == scope.mode)
    if scope.live_session is not None:
        where.append(
            AttemptRow.id.in_(
                select(LiveSeatRow.attempt_id).where(LiveSeatRow.session_id == scope.live_session)
            )
        )
    if scope.quiz_set:
        where.append(AttemptRow.spec_json.like(_json_pair("name", scope.quiz_set), escape="\\"))
    return where


def _json_pair(key: str, value: str) -> str:
    """A LIKE pattern for `"key": "value"` as json.dumps wrote it into a stored spec: the
    same text on every database, without a JSON function each dialect spells its own way."""
    pair = json.dumps({key: value}, ensure_ascii=False)[1:-1]
    escaped = pair.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def attempts_matching(session: Session, scope: ResultFilter) -> list[StoredAttempt]:
    """The attempts `scope` picks, with every answer, oldest first (two queries in all)."""
    where = scope_conditions(scope)
    rows = list(session.scalars(select(AttemptRow).where(*where).order_by(AttemptRow.id)))
    responses: dict[int, list[ResponseRow]] = {a.id: [] for a in rows}
    answered = (
        select(ResponseRow)
        .join(AttemptRow, ResponseRow.attempt_id == AttemptRow.id)
        .where(*where)
        .order_by(ResponseRow.attempt_id, ResponseRow.position)
    )
    for r in session.scalars(answered):
        responses.setdefault(r.attempt_id, []).append(r)
    return [_stored(a, responses[a.id]) for a in rows]
