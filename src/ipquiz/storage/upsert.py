"""INSERT … ON CONFLICT DO UPDATE for the two dialects ipquiz runs on.

`session.merge` reads a row and then inserts or updates it: two stations saving the same
key at once both read "missing", both insert, and one fails. The database's own upsert
decides in one statement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session


def upsert(
    session: Session,
    model: type[DeclarativeBase],
    rows: Sequence[Mapping[str, Any]],
    *,
    key: Sequence[str],
) -> None:
    """Insert `rows`; a row whose `key` columns exist already has its other columns set."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(model).values(list(rows))
    changed = {c: stmt.excluded[c] for c in rows[0] if c not in key}
    session.execute(
        stmt.on_conflict_do_update(index_elements=list(key), set_=changed)
        if changed
        else stmt.on_conflict_do_nothing(index_elements=list(key))
    )
