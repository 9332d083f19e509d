"""Named locks held to the end of a transaction: one writer at a time per name.

Used for the read-modify-writes that have no single row to lock before they start: a
draw reads and moves an owner's cursors (which may not exist yet), a wrong PIN counts
failures, a bank sync rewrites the strata. On PostgreSQL a transaction-level advisory
lock on a 64-bit hash of the name (two names sharing a hash only wait for each other);
on SQLite nothing to do: every transaction already holds the file's write lock
(BEGIN IMMEDIATE, see storage.database).
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

SCHEMA = "schema"
BANK = "bank"
KIOSK_PIN = "kiosk-pin"


def draw_owner(owner: str) -> str:
    return f"draw:{owner}"


def persons_of(group_id: int | None) -> str:
    """Adding or renaming a kept person of a group (None: of no group): names are unique."""
    return f"persons:{'' if group_id is None else group_id}"


def person_pin(person_id: int) -> str:
    return f"person-pin:{person_id}"


def lock_key(name: str) -> int:
    digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def hold(target: Session | Connection, name: str) -> None:
    """Wait for, then hold until commit or rollback, the lock called `name`."""
    bind = target.get_bind() if isinstance(target, Session) else target
    if bind.dialect.name == "postgresql":
        target.execute(select(func.pg_advisory_xact_lock(lock_key(name))))
