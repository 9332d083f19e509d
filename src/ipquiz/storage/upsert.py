"""INSERT … ON CONFLICT DO UPDATE for the two dialects ipquiz runs on (and the plain
INSERT of a new row).

`session.merge` reads a row and then inserts or updates it: two stations saving the same
key at once both read "missing", both insert, and one fails. The database's own upsert
decides in one statement. Each statement is built once per table, key and columns (an
answer is stored with one: building and compiling it anew cost more than the round trip).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy import Connection, Executable, bindparam
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session


@functools.cache
def _statement(
    dialect: str, model: type[DeclarativeBase], key: tuple[str, ...], columns: tuple[str, ...]
) -> Executable:
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(model).values({c: bindparam(c) for c in columns})
    changed = {c: stmt.excluded[c] for c in columns if c not in key}
    if changed:
        return stmt.on_conflict_do_update(index_elements=list(key), set_=changed)
    return stmt.on_conflict_do_nothing(index_elements=list(key))


def upsert(
    session: Session | Connection,
    model: type[DeclarativeBase],
    rows: Sequence[Mapping[str, Any]],
    *,
    key: Sequence[str],
) -> None:
    """Insert `rows` (all with the same columns) in one statement; a row whose `key`
    columns exist already has its other columns set."""
    if not rows:
        return
    conn = session.connection() if isinstance(session, Session) else session
    stmt = _statement(conn.dialect.name, model, tuple(key), tuple(rows[0]))
    conn.execute(stmt, [dict(r) for r in rows])


class _Keyed(Protocol):
    @property
    def id(self) -> int: ...


def inserted(session: Session, row: _Keyed) -> int:
    """Insert a new row now (a plain INSERT, no conflict expected); its new id."""
    session.add(row)
    session.flush()
    return row.id
