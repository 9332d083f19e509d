"""Live sessions and their seats: what a host needs to come back after a crash."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ipquiz.storage.models import AttemptRow, LiveSeatRow, LiveSessionRow, ResponseRow
from ipquiz.storage.upsert import inserted


@dataclass(frozen=True, slots=True)
class StoredSession:
    id: int
    code: str
    pace: str
    spec_json: str
    group_id: int | None
    stage: str
    position: int
    paused: bool
    status: str
    skipped: frozenset[int]
    ends_at_ms: int | None = None
    paused_at_ms: int | None = None


@dataclass(frozen=True, slots=True)
class StoredSeat:
    id: int
    person_id: int
    attempt_id: int
    token_hash: str
    name: str
    status: str
    asked_position: int | None = None
    asked_at_ms: int | None = None


def _session(row: LiveSessionRow) -> StoredSession:
    return StoredSession(
        row.id,
        row.code,
        row.pace,
        row.spec_json,
        row.group_id,
        row.stage,
        row.position,
        row.paused,
        row.status,
        frozenset(int(p) for p in row.skipped.split(",") if p),
        row.ends_at_ms,
        row.paused_at_ms,
    )


def running_codes(session: Session) -> set[str]:
    rows = session.scalars(select(LiveSessionRow.code).where(LiveSessionRow.status == "running"))
    return set(rows)


def add_session(
    session: Session,
    *,
    code: str,
    pace: str,
    spec_json: str,
    group_id: int | None,
    station: str,
    now: dt.datetime,
) -> int:
    row = LiveSessionRow(
        code=code,
        status="running",
        pace=pace,
        spec_json=spec_json,
        group_id=group_id,
        stage="lobby",
        position=0,
        paused=False,
        station=station,
        created_at=now,
    )
    return inserted(session, row)


def running(session: Session, *, station: str) -> list[StoredSession]:
    """This station's sessions that were not ended (a crash left them), newest first."""
    rows = session.scalars(
        select(LiveSessionRow)
        .where(LiveSessionRow.status == "running", LiveSessionRow.station == station)
        .order_by(LiveSessionRow.id.desc())
    )
    return [_session(r) for r in rows]


def get_session(session: Session, session_id: int) -> StoredSession:
    return _session(session.get_one(LiveSessionRow, session_id))


def set_stage(
    session: Session,
    session_id: int,
    *,
    stage: str,
    position: int,
    paused: bool,
    ends_at_ms: int | None = None,
    paused_at_ms: int | None = None,
) -> None:
    session.execute(
        update(LiveSessionRow)
        .where(LiveSessionRow.id == session_id)
        .values(
            stage=stage,
            position=position,
            paused=paused,
            ends_at_ms=ends_at_ms,
            paused_at_ms=paused_at_ms,
        )
    )


def set_asked(session: Session, asked: list[tuple[int, int | None, int]]) -> None:
    """(seat id, position, wall-clock ms): the question each seat was sent, and when."""
    for seat_id, position, at_ms in asked:
        session.execute(
            update(LiveSeatRow)
            .where(LiveSeatRow.id == seat_id)
            .values(asked_position=position, asked_at_ms=at_ms)
        )


def shift_asked(session: Session, session_id: int, *, by_ms: int) -> None:
    """Every seat's question sent `by_ms` later (the class was paused that long)."""
    session.execute(
        update(LiveSeatRow)
        .where(LiveSeatRow.session_id == session_id, LiveSeatRow.asked_at_ms.is_not(None))
        .values(asked_at_ms=LiveSeatRow.asked_at_ms + by_ms)
    )


def end_session(session: Session, session_id: int, *, now: dt.datetime) -> None:
    session.execute(
        update(LiveSessionRow)
        .where(LiveSessionRow.id == session_id)
        .values(status="ended", stage="finished", ended_at=now)
    )


def add_seat(
    session: Session,
    *,
    session_id: int,
    person_id: int,
    attempt_id: int,
    token_hash: str,
    name: str,
    now: dt.datetime,
    asked_position: int | None = None,
    asked_at_ms: int | None = None,
) -> int:
    row = LiveSeatRow(
        session_id=session_id,
        person_id=person_id,
        attempt_id=attempt_id,
        token_hash=token_hash,
        name=name,
        joined_at=now,
        asked_position=asked_position,
        asked_at_ms=asked_at_ms,
    )
    return inserted(session, row)


def seats(session: Session, session_id: int) -> list[StoredSeat]:
    rows = session.scalars(
        select(LiveSeatRow).where(LiveSeatRow.session_id == session_id).order_by(LiveSeatRow.id)
    )
    return [
        StoredSeat(
            r.id,
            r.person_id,
            r.attempt_id,
            r.token_hash,
            r.name,
            r.status,
            r.asked_position,
            r.asked_at_ms,
        )
        for r in rows
    ]


def set_seat(session: Session, seat_id: int, *, status: str, token_hash: str | None = None) -> None:
    """A seat freed, removed or taken again (with the new device's token)."""
    values: dict[str, str] = {"status": status}
    if token_hash is not None:
        values["token_hash"] = token_hash
    session.execute(update(LiveSeatRow).where(LiveSeatRow.id == seat_id).values(**values))


def skip_question(session: Session, session_id: int, *, skipped: frozenset[int]) -> None:
    """Store the skipped positions and take back the answers given to them."""
    session.execute(
        update(LiveSessionRow)
        .where(LiveSessionRow.id == session_id)
        .values(skipped=",".join(str(p) for p in sorted(skipped)))
    )
    attempts = select(LiveSeatRow.attempt_id).where(LiveSeatRow.session_id == session_id)
    session.execute(
        delete(ResponseRow).where(
            ResponseRow.attempt_id.in_(attempts), ResponseRow.position.in_(sorted(skipped))
        )
    )


def person_of(session: Session, attempt_id: int) -> int:
    return session.get_one(AttemptRow, attempt_id).person_id
