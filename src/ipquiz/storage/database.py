"""Engine and session set-up, SQLite pragmas, and bringing the schema up to date.

Many writers: on SQLite every transaction starts with BEGIN IMMEDIATE, so it holds the
file's write lock from its first read and no read-modify-write can interleave with
another process's (others wait, up to the busy timeout). On PostgreSQL transactions run
at READ COMMITTED and take the locks they need (`storage.locks`). `Database.run` is the
services' transaction: a transient fault (a clash, a deadlock, a lost connection, a busy
file; see storage.faults) rolls it back and runs it again, a bounded number of times.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ipquiz.storage.faults import (
    DatabaseFault,
    DatabaseFaultError,
    FaultKind,
    classify,
    make_fault,
    sqlite_file,
)
from ipquiz.storage.retry import RETRIES, RETRY_WINDOW_S, backoff_seconds

__all__ = ["HEAD_REVISION", "Database", "Session", "make_engine", "sqlite_url"]

#: The newest migration; `tests/storage/test_migrations.py` keeps it equal to Alembic's head.
HEAD_REVISION = "0011"
MIGRATIONS = Path(__file__).with_name("migrations")
#: How long a write waits for another program's lock before it gives up (seconds).
BUSY_TIMEOUT_S = 10.0
BUSY_TIMEOUT_ENV = "IPQUIZ_BUSY_TIMEOUT"
#: The start-up check's time limit: seconds, not minutes, on the largest bank.
QUICK_CHECK_SECONDS = 5.0
log = logging.getLogger(__name__)
T = TypeVar("T")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def busy_timeout_s() -> float:
    """The lock wait: IPQUIZ_BUSY_TIMEOUT seconds if set (a kiosk may wait longer, a test
    shorter), else ten seconds."""
    try:
        value = float(os.environ.get(BUSY_TIMEOUT_ENV, "") or BUSY_TIMEOUT_S)
    except ValueError:
        return BUSY_TIMEOUT_S
    return min(max(value, 0.0), 3600.0)


def _sqlite_pragmas(timeout_s: float) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        """SQLite-only settings live here, so the rest of storage stays portable."""
        cursor = dbapi_connection.cursor()
        # First, so that the WAL switch below also waits for another program's lock.
        cursor.execute(f"PRAGMA busy_timeout={round(timeout_s * 1000)}")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before it returns, so an answer shown as accepted
        # survives a power cut (NORMAL in WAL mode may lose the last commits).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()
        # The driver's own transaction handling off: SQLAlchemy's "begin" starts them.
        dbapi_connection.isolation_level = None

    return on_connect


def _begin_immediate(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_deferred(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")  # a read-only file: there is no write lock to take


def make_engine(url: str, *, timeout_s: float | None = None) -> Engine:
    # No pre-ping on checkout (a round trip per transaction): a pooled connection that a
    # server restart cut fails as a lost connection, and `Database.run` tries again.
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        wait = busy_timeout_s() if timeout_s is None else timeout_s
        event.listen(engine, "connect", _sqlite_pragmas(wait))
        begin = _begin_deferred if "mode=ro" in url else _begin_immediate
        event.listen(engine, "begin", begin)
    return engine


class Database:
    """One engine and its session factory; services open one session per user action."""

    def __init__(self, url: str, *, busy_timeout: float | None = None) -> None:
        self.url = url
        self.busy_timeout = busy_timeout_s() if busy_timeout is None else busy_timeout
        self.engine = make_engine(url, timeout_s=self.busy_timeout)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # The same pool, for single statements that need no transaction around them.
        self._autocommit: Engine | None = (
            None
            if self.engine.dialect.name == "sqlite"
            else self.engine.execution_options(isolation_level="AUTOCOMMIT")
        )

    def fault(self, error: BaseException) -> DatabaseFault | None:
        """What `error` means for this database in one line, or None if it is no database fault."""
        return classify(error, url=self.url, busy_timeout_s=self.busy_timeout)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits at the end of the block, or rolls back on error."""
        with self._sessions.begin() as session:
            yield session

    def run(self, work: Callable[[Session], T], *, retries: int = RETRIES) -> T:
        """`work(session)` in one transaction, committed before this returns.

        A transient fault rolls the transaction back and runs `work` again, up to
        `retries` more times with a growing pause, while the first try is less than
        RETRY_WINDOW_S old; then the error is raised. `work` must therefore do nothing but
        database work that may be repeated.
        """

        def once() -> T:
            with self.transaction() as session:
                return work(session)

        return self._retried(once, retries)

    def run_statement(self, work: Callable[[Connection], T], *, retries: int = RETRIES) -> T:
        """`work(connection)` sends ONE statement, committed before this returns; retried
        as `run`. On a server it is sent in autocommit mode: one round trip instead of
        three (BEGIN, the statement, COMMIT), as atomic and as durable (a statement is
        its own transaction, and the server commits it before it answers). SQLite runs
        it in a transaction like `run` (its BEGIN IMMEDIATE orders the writers)."""
        if self._autocommit is None:
            return self.run(lambda session: work(session.connection()), retries=retries)
        engine = self._autocommit

        def once() -> T:
            with engine.connect() as conn:
                return work(conn)

        return self._retried(once, retries)

    def _retried(self, once: Callable[[], T], retries: int) -> T:
        began = time.monotonic()
        for attempt in range(retries + 1):
            try:
                return once()
            except Exception as exc:
                fault = self.fault(exc)
                late = time.monotonic() - began > RETRY_WINDOW_S
                if attempt >= retries or late or fault is None or not fault.transient:
                    raise
                log.info("%s: trying again (%d)", fault.kind, attempt + 1)
                time.sleep(backoff_seconds(attempt, random.random()))
        raise AssertionError("unreachable")  # pragma: no cover

    def revision(self) -> str | None:
        """The schema revision stored in the database, or None for an empty database."""
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def upgrade(self) -> None:
        """Migrate to the newest schema in place, keeping every row (Alembic loaded only then)."""
        if self.revision() == HEAD_REVISION:
            return
        from alembic import command

        command.upgrade(alembic_config(self.url, self.engine), "head")

    def dispose(self) -> None:
        self.engine.dispose()

    def check_intact(self, *, timeout_s: float = QUICK_CHECK_SECONDS) -> None:
        """Raise DatabaseFaultError(DAMAGED) if SQLite's quick_check finds damage.

        Bounded in time: on a slow disk or a huge file the check gives up after
        `timeout_s` and the start goes on (a damaged page is still reported when it is
        read). Server databases look after themselves: nothing to do for them.
        """
        if self.engine.dialect.name != "sqlite":
            return
        try:
            problems = _quick_check(self.engine, timeout_s)
        except DBAPIError as exc:
            fault = self.fault(exc)
            if fault is None or fault.kind is not FaultKind.DAMAGED:
                raise
            raise DatabaseFaultError(fault) from exc
        if problems:
            raise DatabaseFaultError(
                make_fault(FaultKind.DAMAGED, url=self.url, detail="; ".join(problems))
            )


def _quick_check(engine: Engine, timeout_s: float) -> list[str]:
    """SQLite's complaints (empty: intact, or no time left to finish the check)."""
    deadline = time.monotonic() + timeout_s
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
        try:
            rows = conn.exec_driver_sql("PRAGMA quick_check(5)").all()
        except OperationalError as exc:
            if getattr(exc.orig, "sqlite_errorname", "") != "SQLITE_INTERRUPT":
                raise
            log.warning("quick_check of %s stopped after %.0f s", engine.url, timeout_s)
            return []
        finally:
            raw.set_progress_handler(None, 0)
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def read_only_url(url: str) -> str:
    """The same SQLite file opened read-only (SQLite refuses every write on it)."""
    path = sqlite_file(url)
    return url if path is None else f"sqlite:///file:{path}?mode=ro&uri=true"


def set_aside(url: str, *, now: dt.datetime) -> Path:
    """Rename a SQLite database (with its WAL files) to a dated name beside it, so a fresh
    one can start without losing the old; returns the new path. Nothing is deleted."""
    path = sqlite_file(url)
    if path is None:
        raise ValueError("only a SQLite database file can be set aside")
    stamp = now.strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    n = 1
    while kept.exists():
        n += 1
        kept = path.with_name(f"{path.stem}-damaged-{stamp}-{n}{path.suffix}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(kept.with_name(kept.name + suffix))
    path.rename(kept)
    return kept


def alembic_config(url: str, engine: Engine | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["engine"] = engine
    return config
