"""The database's certificate key: made once, the same for every station sharing it."""

from __future__ import annotations

import base64
import secrets

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ipquiz.domain.results import StoredAttempt
from ipquiz.storage import results_repo
from ipquiz.storage.bank_repo import get_meta
from ipquiz.storage.models import AttemptRow, Meta

CERTIFICATE_KEY = "certificate_key"


def existing_key(session: Session) -> bytes | None:
    """The key, or None while no certificate has been made with this database."""
    stored = get_meta(session, CERTIFICATE_KEY)
    return None if stored is None else base64.b64decode(stored)


def certificate_key(session: Session) -> bytes:
    """The key certificate codes are made with; the first call makes it. Two stations
    making it at once both insert-or-keep, then both read the one that won."""
    stored = get_meta(session, CERTIFICATE_KEY)
    if stored is None:
        fresh = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
        dialect = session.connection().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        session.execute(
            insert(Meta)
            .values(key=CERTIFICATE_KEY, value=fresh)
            .on_conflict_do_nothing(index_elements=["key"])
        )
        stored = get_meta(session, CERTIFICATE_KEY)
        assert stored is not None
    return base64.b64decode(stored)


def attempt(session: Session, attempt_id: int) -> StoredAttempt | None:
    """The attempt with every answer, or None if there is no such attempt."""
    if session.get(AttemptRow, attempt_id) is None:
        return None
    return results_repo.get_attempt(session, attempt_id)
