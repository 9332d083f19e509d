"""Persons, groups and per-person settings: the SQL behind services.persons."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ipquiz.domain.persons import Group, Person, PersonData, person_owner
from ipquiz.storage.models import (
    AttemptRow,
    DrawCursorRow,
    GroupRow,
    PersonRow,
    PersonSettingRow,
    ResponseRow,
    ReviewCardRow,
)
from ipquiz.storage.upsert import inserted, upsert


def _person(row: PersonRow) -> Person:
    return Person(
        id=row.id,
        name=row.name,
        guest=row.guest,
        group_id=row.group_id,
        group_name=row.group.name if row.group is not None else None,
        roster_number=row.roster_number,
        colour=row.colour,
        has_pin=bool(row.pin_hash),
        created_at=row.created_at,
        last_seen_at=row.last_seen_at,
    )


def add_person(
    session: Session,
    *,
    name: str,
    guest: bool,
    now: dt.datetime,
    group_id: int | None = None,
    roster_number: str | None = None,
    colour: str | None = None,
    pin_hash: str | None = None,
) -> int:
    row = PersonRow(
        name=name,
        guest=guest,
        group_id=group_id,
        roster_number=roster_number,
        colour=colour,
        pin_hash=pin_hash,
        created_at=now,
    )
    return inserted(session, row)


def get(session: Session, person_id: int) -> Person | None:
    row = session.get(PersonRow, person_id)
    return _person(row) if row is not None else None


def kept(
    session: Session, *, group_id: int | None = None, every_group: bool = False
) -> list[Person]:
    """Kept persons of `group_id` (None: of no group), or of every group; by name."""
    stmt = select(PersonRow).where(PersonRow.guest.is_(False))
    if not every_group:
        stmt = stmt.where(
            PersonRow.group_id.is_(None) if group_id is None else PersonRow.group_id == group_id
        )
    people = [_person(row) for row in session.scalars(stmt)]
    return sorted(people, key=lambda p: (p.name.casefold(), p.id))


def last_seen(session: Session) -> Person | None:
    """The kept person used most recently (never used: None)."""
    row = session.scalars(
        select(PersonRow)
        .where(PersonRow.guest.is_(False), PersonRow.last_seen_at.is_not(None))
        .order_by(PersonRow.last_seen_at.desc(), PersonRow.id.desc())
        .limit(1)
    ).first()
    return _person(row) if row is not None else None


def update_person(session: Session, person_id: int, **values: object) -> None:
    """Set columns of a person (name, colour, pin_hash, last_seen_at, ...)."""
    session.execute(update(PersonRow).where(PersonRow.id == person_id).values(**values))


def pin_hash(session: Session, person_id: int) -> str | None:
    return session.scalar(select(PersonRow.pin_hash).where(PersonRow.id == person_id))


def data_of(session: Session, person_id: int) -> PersonData:
    attempts = select(AttemptRow.id).where(AttemptRow.person_id == person_id)
    return PersonData(
        attempts=session.scalar(select(func.count()).select_from(attempts.subquery())) or 0,
        answers=session.scalar(select(func.count()).where(ResponseRow.attempt_id.in_(attempts)))
        or 0,
        review_cards=session.scalar(
            select(func.count()).where(ReviewCardRow.person_id == person_id)
        )
        or 0,
    )


def delete_person(session: Session, person_id: int) -> None:
    """The person and everything of theirs: attempts (their answers and kiosk rounds go
    with them), review cards, settings and draw history."""
    session.execute(delete(AttemptRow).where(AttemptRow.person_id == person_id))
    session.execute(delete(DrawCursorRow).where(DrawCursorRow.owner == person_owner(person_id)))
    session.execute(delete(PersonRow).where(PersonRow.id == person_id))


# -- groups ------------------------------------------------------------------------------


def add_group(session: Session, name: str, *, now: dt.datetime) -> int:
    row = GroupRow(name=name, created_at=now)
    return inserted(session, row)


def groups(session: Session) -> list[Group]:
    rows = session.scalars(select(GroupRow).order_by(GroupRow.name))
    return [Group(id=row.id, name=row.name) for row in rows]


def group_named(session: Session, name: str) -> Group | None:
    row = session.scalars(select(GroupRow).where(GroupRow.name == name)).first()
    return Group(id=row.id, name=row.name) if row is not None else None


def delete_group(session: Session, group_id: int) -> None:
    """The group only: its persons stay, in no group (the schema sets no ON DELETE rule)."""
    session.execute(update(PersonRow).where(PersonRow.group_id == group_id).values(group_id=None))
    session.execute(delete(GroupRow).where(GroupRow.id == group_id))


# -- per-person settings -----------------------------------------------------------------


def settings(session: Session, person_id: int) -> dict[str, str]:
    rows = session.scalars(select(PersonSettingRow).where(PersonSettingRow.person_id == person_id))
    return {row.key: row.value for row in rows}


def put_settings(session: Session, person_id: int, values: dict[str, str]) -> None:
    rows = [{"person_id": person_id, "key": k, "value": v} for k, v in values.items()]
    upsert(session, PersonSettingRow, rows, key=["person_id", "key"])


def drop_settings(session: Session, person_id: int, keys: list[str]) -> None:
    session.execute(
        delete(PersonSettingRow).where(
            PersonSettingRow.person_id == person_id, PersonSettingRow.key.in_(keys)
        )
    )
