"""Station processes and their leases, and the open attempts a station may recover.

A process registers when it opens the database and renews its row while it runs; an
attempt records the station and the process that runs it. Whether a process is dead is
decided by the caller (it can look at its own machine's processes); this module only
reads and writes the rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from ipquiz.storage.models import AttemptRow, StationProcessRow
from ipquiz.storage.upsert import inserted


@dataclass(frozen=True, slots=True)
class OpenAttempt:
    """An attempt still marked active, and what is known of the process that ran it."""

    attempt_id: int
    process_id: int | None
    host: str | None
    pid: int | None
    renewed_at: dt.datetime | None
    ended: bool


def register(session: Session, *, station: str, host: str, pid: int, now: dt.datetime) -> int:
    row = StationProcessRow(
        station=station, host=host, pid=pid, started_at=now, renewed_at=now, ended=False
    )
    return inserted(session, row)


def renew(session: Session, process_id: int, *, now: dt.datetime) -> None:
    session.execute(
        update(StationProcessRow).where(StationProcessRow.id == process_id).values(renewed_at=now)
    )


def end(session: Session, process_id: int, *, now: dt.datetime) -> None:
    session.execute(
        update(StationProcessRow)
        .where(StationProcessRow.id == process_id)
        .values(renewed_at=now, ended=True)
    )


def rename(session: Session, process_id: int, *, station: str) -> None:
    """The process's station is renamed: its row and its running attempts (so a crash
    now is recovered under the new name); finished attempts keep the name they ran under."""
    session.execute(
        update(StationProcessRow).where(StationProcessRow.id == process_id).values(station=station)
    )
    session.execute(
        update(AttemptRow)
        .where(AttemptRow.process_id == process_id, AttemptRow.status == "active")
        .values(station=station)
    )


def open_attempts(session: Session, *, station: str) -> list[OpenAttempt]:
    """This station's active attempts (and those from before stations were recorded)."""
    stmt = (
        select(
            AttemptRow.id,
            AttemptRow.process_id,
            StationProcessRow.host,
            StationProcessRow.pid,
            StationProcessRow.renewed_at,
            StationProcessRow.ended,
        )
        .outerjoin(StationProcessRow, StationProcessRow.id == AttemptRow.process_id)
        .where(AttemptRow.status == "active")
        .where(or_(AttemptRow.station == station, AttemptRow.station == ""))
        .order_by(AttemptRow.id)
    )
    return [
        OpenAttempt(a, p, host, pid, renewed, bool(ended))
        for a, p, host, pid, renewed, ended in session.execute(stmt)
    ]


def take_over(session: Session, attempt: OpenAttempt, *, station: str, process_id: int) -> bool:
    """Make `attempt` this process's, unless another process claimed it since it was read."""
    result = session.execute(
        update(AttemptRow)
        .where(
            AttemptRow.id == attempt.attempt_id,
            AttemptRow.status == "active",
            AttemptRow.process_id.is_not_distinct_from(attempt.process_id),
        )
        .values(process_id=process_id, station=station)
    )
    return int(getattr(result, "rowcount", 0) or 0) == 1
