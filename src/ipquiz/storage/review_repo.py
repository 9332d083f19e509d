"""The review deck's rows: one scheduler card per (person, question), found by due time."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from ipquiz.storage.models import QuestionRow, ReviewCardRow
from ipquiz.storage.upsert import upsert


def card_json(session: Session, person_id: int, question_id: str) -> str | None:
    return session.scalar(
        select(ReviewCardRow.card_json).where(
            ReviewCardRow.person_id == person_id, ReviewCardRow.question_id == question_id
        )
    )


def put_card(
    session: Session, person_id: int, question_id: str, *, card_json: str, due: dt.datetime
) -> None:
    row = {"person_id": person_id, "question_id": question_id, "card_json": card_json, "due": due}
    upsert(session, ReviewCardRow, [row], key=["person_id", "question_id"])


def _in_bank(person_id: int) -> list[ColumnElement[bool]]:
    """The person's cards whose question is still asked (a retired one waits)."""
    return [
        ReviewCardRow.person_id == person_id,
        ReviewCardRow.question_id.in_(select(QuestionRow.id).where(QuestionRow.active)),
    ]


def due_ids(session: Session, person_id: int, *, before: dt.datetime, limit: int) -> list[str]:
    """Question ids due before `before`, the longest overdue first."""
    stmt = (
        select(ReviewCardRow.question_id)
        .where(*_in_bank(person_id), ReviewCardRow.due < before)
        .order_by(ReviewCardRow.due, ReviewCardRow.question_id)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def due_count(session: Session, person_id: int, *, before: dt.datetime) -> int:
    stmt = select(func.count()).where(*_in_bank(person_id), ReviewCardRow.due < before)
    return session.scalar(stmt) or 0


def deck(session: Session, person_id: int) -> list[tuple[str, dt.datetime, str]]:
    """Every card of the person's deck: (question id, due, card JSON), soonest due first."""
    stmt = (
        select(ReviewCardRow.question_id, ReviewCardRow.due, ReviewCardRow.card_json)
        .where(*_in_bank(person_id))
        .order_by(ReviewCardRow.due, ReviewCardRow.question_id)
    )
    return [(q, due, raw) for q, due, raw in session.execute(stmt)]
