"""Real database faults (not mocks) come out as one typed, readable line."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from ipquiz.storage.database import Database, sqlite_url
from ipquiz.storage.faults import DatabaseFault, FaultKind, classify


def make_db(path: Path, **kwargs: Any) -> Database:
    db = Database(sqlite_url(path), **kwargs)
    with db.transaction() as s:
        s.execute(text("CREATE TABLE IF NOT EXISTS t (x TEXT)"))
    return db


def fault_of_write(db: Database, value: str = "x") -> DatabaseFault:
    with pytest.raises(sa_exc.DBAPIError) as caught, db.transaction() as s:
        s.execute(text("INSERT INTO t VALUES (:v)"), {"v": value})
    fault = db.fault(caught.value)
    assert fault is not None, caught.value
    return fault


def test_a_read_only_database_says_so_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    make_db(path).dispose()
    db = Database(f"sqlite:///file:{path}?mode=ro&uri=true")  # opened read-only for real
    fault = fault_of_write(db)
    assert fault.kind is FaultKind.READ_ONLY
    assert not fault.transient
    assert str(path) in fault.message
    assert "read-only" in fault.message
    assert "--data-dir" in fault.message
    assert "readonly database" in fault.detail  # SQLite's own words, for the log


def test_a_lock_held_by_another_connection_gives_up_after_the_busy_timeout(
    tmp_path: Path,
) -> None:
    path = tmp_path / "q.db"
    db = make_db(path, busy_timeout=0.3)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        fault = fault_of_write(db)
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert fault.kind is FaultKind.LOCKED
    assert fault.transient
    assert "another program holds the database" in fault.message
    assert "gave up after 0.3 s" in fault.message
    assert 0.25 <= waited < 5


def test_the_busy_timeout_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IPQUIZ_BUSY_TIMEOUT", "0.25")
    db = make_db(tmp_path / "q.db")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 250
    assert db.busy_timeout == 0.25


def test_a_full_database_is_a_full_disk(tmp_path: Path) -> None:
    db = make_db(tmp_path / "q.db")
    db.engine.dispose()
    # SQLite's own page limit makes SQLITE_FULL happen for real, as a full disk would.
    event.listen(db.engine, "connect", lambda conn, _r: conn.execute("PRAGMA max_page_count=8"))
    fault = fault_of_write(db, "x" * 200_000)
    assert fault.kind is FaultKind.DISK_FULL
    assert "is full" in fault.message
    assert "free some space" in fault.message


def test_a_file_that_is_no_database_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    path.write_bytes(b"this is not a database, just some text " * 200)
    db = Database(sqlite_url(path))
    with pytest.raises(sa_exc.DBAPIError) as caught, db.engine.connect() as conn:
        conn.execute(text("SELECT * FROM sqlite_master")).all()
    fault = db.fault(caught.value)
    assert fault is not None
    assert fault.kind is FaultKind.DAMAGED
    assert "ipquiz db start-fresh" in fault.message


def test_a_missing_folder_cannot_be_opened(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "no" / "such" / "q.db"))
    with pytest.raises(sa_exc.DBAPIError) as caught, db.engine.connect():
        pass
    fault = db.fault(caught.value)
    assert fault is not None
    assert fault.kind is FaultKind.CANNOT_OPEN


def test_errors_that_are_not_database_faults_are_left_alone() -> None:
    assert classify(ValueError("no"), url="sqlite:///x.db") is None
    assert classify(KeyError("no"), url="sqlite:///x.db") is None


def test_a_bad_url_is_named_with_its_password_masked() -> None:
    url = "nosuchdialect://ann:s3cret@db.example/quiz"
    with pytest.raises(sa_exc.ArgumentError) as caught:
        Database(url)
    fault = classify(caught.value, url=url)
    assert fault is not None
    assert fault.kind is FaultKind.BAD_URL
    assert "s3cret" not in fault.message
    assert "nosuchdialect://ann:***@db.example/quiz" in fault.message
    # The same rule as SQLAlchemy's own masking.
    assert make_url(url).render_as_string(hide_password=True) in fault.message


class _PgError(Exception):
    """Stands in for a psycopg error: what matters is its SQLSTATE."""

    def __init__(self, message: str, sqlstate: str | None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("sqlstate", "kind", "transient"),
    [
        ("40001", FaultKind.CONFLICT, True),  # serialization failure
        ("40P01", FaultKind.CONFLICT, True),  # deadlock
        ("55P03", FaultKind.LOCKED, True),
        ("25006", FaultKind.READ_ONLY, False),  # read-only transaction (a standby server)
        ("53100", FaultKind.DISK_FULL, False),
        ("XX001", FaultKind.DAMAGED, False),
        ("57P01", FaultKind.CONNECTION_LOST, True),  # server shut down
        ("08006", FaultKind.CONNECTION_LOST, True),
        ("28P01", FaultKind.CANNOT_OPEN, False),  # wrong password
        ("3D000", FaultKind.CANNOT_OPEN, False),  # no such database
    ],
)
def test_postgresql_sqlstates(sqlstate: str, kind: FaultKind, transient: bool) -> None:
    url = "postgresql+psycopg://quiz:hunter2@db.example:5432/ipquiz"
    error = sa_exc.OperationalError("INSERT …", {}, _PgError("password=hunter2 failed", sqlstate))
    fault = classify(error, url=url)
    assert fault is not None
    assert (fault.kind, fault.transient) == (kind, transient)
    assert "hunter2" not in fault.message + fault.detail
    assert "quiz:***@db.example:5432/ipquiz" in fault.message


def test_an_invalidated_connection_is_lost() -> None:
    error = sa_exc.OperationalError("SELECT 1", {}, Exception("gone"), connection_invalidated=True)
    fault = classify(error, url="postgresql://h/db")
    assert fault is not None
    assert fault.kind is FaultKind.CONNECTION_LOST
    assert fault.transient


def test_a_fault_found_deeper_in_the_chain_is_classified(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    make_db(path).dispose()
    db = Database(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        try:
            fault_of_write(db)
            with db.transaction() as s:
                s.execute(text("INSERT INTO t VALUES ('y')"))
        except sa_exc.DBAPIError as exc:
            raise RuntimeError("saving the answer failed") from exc
    except RuntimeError as wrapped:
        fault = db.fault(wrapped)
    assert fault is not None
    assert fault.kind is FaultKind.READ_ONLY
