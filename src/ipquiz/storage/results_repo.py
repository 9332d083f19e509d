"""Players, attempts and responses: written one answer at a time."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ipquiz.domain.question import letters
from ipquiz.domain.results import AnswerRecord, ResultRow
from ipquiz.storage.models import AttemptRow, PlayerRow, ResponseRow


def _indices(text: str) -> tuple[int, ...]:
    return tuple(int(i) for i in text.split(",") if i)


def _join(indices: Sequence[int] | frozenset[int]) -> str:
    return ",".join(
        str(i) for i in (sorted(indices) if isinstance(indices, frozenset) else indices)
    )


@dataclass(frozen=True, slots=True)
class StoredAttempt:
    """An attempt as stored: enough to resume it or to show its result."""

    id: int
    player: str
    mode: str
    lang: str
    status: str
    spec: dict[str, Any]
    plan: list[dict[str, Any]]
    answers: tuple[AnswerRecord, ...]
    score: float
    max_score: float


def create_attempt(
    session: Session,
    *,
    player: str,
    owner: str,
    mode: str,
    lang: str,
    spec: dict[str, Any],
    plan: list[dict[str, Any]],
    scoring_profile: str,
    scoring_version: int,
    now: dt.datetime,
) -> int:
    player_row = PlayerRow(name=player, created_at=now)
    attempt = AttemptRow(
        player=player_row,
        owner=owner,
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
    session: Session, attempt_id: int, record: AnswerRecord, *, now: dt.datetime
) -> None:
    """Store an answer; in an exam a changed answer replaces the earlier one."""
    session.execute(
        delete(ResponseRow).where(
            ResponseRow.attempt_id == attempt_id, ResponseRow.position == record.position
        )
    )
    session.add(
        ResponseRow(
            attempt_id=attempt_id,
            position=record.position,
            question_id=record.question_id,
            category_id=record.category,
            difficulty=record.difficulty,
            chosen=_join(record.chosen),
            shown_order=_join(record.shown_order),
            correct=record.correct,
            points=record.points,
            max_points=record.max_points,
            elapsed_ms=record.elapsed_ms,
            answered_at=now,
        )
    )


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


def get_attempt(session: Session, attempt_id: int) -> StoredAttempt:
    a = session.get_one(AttemptRow, attempt_id)
    responses = session.scalars(
        select(ResponseRow)
        .where(ResponseRow.attempt_id == attempt_id)
        .order_by(ResponseRow.position)
    )
    return StoredAttempt(
        id=a.id,
        player=a.player.name,
        mode=a.mode,
        lang=a.lang,
        status=a.status,
        spec=json.loads(a.spec_json),
        plan=json.loads(a.plan_json),
        answers=tuple(_record(r) for r in responses),
        score=a.score,
        max_score=a.max_score,
    )


def interrupted_ids(session: Session) -> list[int]:
    """Attempts left open by a crash, a power cut or a closed window."""
    return list(session.scalars(select(AttemptRow.id).where(AttemptRow.status == "active")))


def _iso(value: dt.datetime | None) -> str:
    return value.isoformat(timespec="seconds") if value else ""


def finished_rows(session: Session) -> list[ResultRow]:
    """Every answer of every finished attempt, oldest attempt first."""
    stmt = (
        select(AttemptRow, ResponseRow)
        .join(ResponseRow, ResponseRow.attempt_id == AttemptRow.id)
        .where(AttemptRow.status == "finished")
        .order_by(AttemptRow.id, ResponseRow.position)
    )
    return [
        ResultRow(
            attempt_id=a.id,
            player=a.player.name,
            started_at=_iso(a.started_at),
            finished_at=_iso(a.finished_at),
            mode=a.mode,
            lang=a.lang,
            question_id=r.question_id,
            category=r.category_id,
            answer=letters(_indices(r.chosen)),
            correct=r.correct,
            points=r.points,
            seconds=round(r.elapsed_ms / 1000, 1),
        )
        for a, r in session.execute(stmt)
    ]
