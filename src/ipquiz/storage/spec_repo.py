"""Named quiz specs (a teacher's exam), stored as JSON so old ones stay readable."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ipquiz.storage.models import SavedSpecRow
from ipquiz.storage.upsert import upsert


def save(session: Session, name: str, spec_json: str, *, now: dt.datetime) -> None:
    row = {"name": name, "spec_json": spec_json, "updated_at": now}
    upsert(session, SavedSpecRow, [row], key=["name"])


def remove(session: Session, name: str) -> bool:
    """Delete the set called `name`; False if there was none."""
    result = session.execute(delete(SavedSpecRow).where(SavedSpecRow.name == name))
    return bool(getattr(result, "rowcount", 0))


def all_json(session: Session) -> list[str]:
    return list(session.scalars(select(SavedSpecRow.spec_json).order_by(SavedSpecRow.name)))
