"""What went wrong with the database, in one line a person can act on.

SQLite and PostgreSQL report the same few real-world faults in many shapes (error codes,
SQLSTATEs, driver messages). `classify` turns any of them into a `DatabaseFault`: a
kind the window maps to its own translated text, whether trying again may help, and an
English line for the command line and the log that says what is wrong and what to do,
naming the file or the masked server URL. Anything else is not a database fault (None).
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from ipquiz.redact import display_url, redact

__all__ = ["DatabaseFault", "DatabaseFaultError", "FaultKind", "classify", "sqlite_file"]


class FaultKind(enum.StrEnum):
    READ_ONLY = "read-only"
    LOCKED = "locked"
    DISK_FULL = "disk-full"
    DAMAGED = "damaged"
    CANNOT_OPEN = "cannot-open"
    BAD_URL = "bad-url"
    CONNECTION_LOST = "connection-lost"
    CONFLICT = "conflict"


#: Kinds that may go away by themselves: a retry (later) can succeed.
TRANSIENT = frozenset({FaultKind.LOCKED, FaultKind.CONNECTION_LOST, FaultKind.CONFLICT})

_MESSAGES = {
    FaultKind.READ_ONLY: "cannot write to the database {where}: its folder or file is "
    "read-only; make both writable, or choose another folder with --data-dir",
    FaultKind.LOCKED: "another program holds the database {where}: gave up after {wait}; "
    "close the other program or wait for it to finish, then try again",
    FaultKind.DISK_FULL: "the disk holding the database {where} is full: free some space, "
    "then try again (nothing was saved from the last step)",
    FaultKind.DAMAGED: "the database {where} is damaged ({detail}); nothing was changed: "
    "run `ipquiz db start-fresh` to keep it aside under a dated name and start on a fresh one",
    FaultKind.CANNOT_OPEN: "cannot open the database {where}: check that the folder exists "
    "and is writable, and that the name, user and password are right",
    FaultKind.BAD_URL: "cannot use the database URL {where} ({detail}): give a URL such as "
    "sqlite:///path/to/ipquiz.db or postgresql+psycopg://user@host/ipquiz",
    FaultKind.CONNECTION_LOST: "lost the connection to the database {where}: check that the "
    "server is running and reachable, then try again",
    FaultKind.CONFLICT: "the database {where} stopped a change that clashed with another "
    "station's: try again",
}


@dataclass(frozen=True, slots=True)
class DatabaseFault:
    """One database fault. `message` is English; the window shows its own text per kind."""

    kind: FaultKind
    where: str  # the file path, or the server URL with the password masked
    message: str
    detail: str  # the driver's own words, masked: for the log, not for the screen

    @property
    def transient(self) -> bool:
        return self.kind in TRANSIENT


class DatabaseFaultError(Exception):
    """Raised where a fault is found outside a driver call (the start-up check)."""

    def __init__(self, fault: DatabaseFault) -> None:
        super().__init__(fault.message)
        self.fault = fault


def make_fault(
    kind: FaultKind, *, url: str, detail: str = "", busy_timeout_s: float | None = None
) -> DatabaseFault:
    where = display_url(url)
    wait = f"{busy_timeout_s:g} s" if busy_timeout_s is not None else "waiting"
    detail = redact(" ".join(detail.replace("*** in database main ***", "").split()))
    short = detail if len(detail) <= 160 else detail[:159] + "…"
    message = _MESSAGES[kind].format(where=where, wait=wait, detail=short)
    return DatabaseFault(kind=kind, where=where, message=message, detail=detail)


def classify(
    error: BaseException, *, url: str, busy_timeout_s: float | None = None
) -> DatabaseFault | None:
    """The fault behind `error` (or any exception it was raised from), or None."""
    if isinstance(error, DatabaseFaultError):
        return error.fault
    for cause in _chain(error):
        kind = _kind(cause)
        if kind is FaultKind.CANNOT_OPEN:
            kind = _why_sqlite_cannot_open(url)
        if kind is not None:
            return make_fault(kind, url=url, detail=_detail(cause), busy_timeout_s=busy_timeout_s)
    return None


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL (None for a server or an in-memory database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    name = parsed.database.removeprefix("file:").split("?")[0]
    return Path(name) if name and name != ":memory:" else None


def _why_sqlite_cannot_open(url: str) -> FaultKind:
    """SQLite says only "unable to open" or "disk I/O error" when WAL cannot create its
    files next to an existing database: look at the folder for the reason (a read-only
    mount defeats even root, so access() is asked rather than the file mode)."""
    try:
        path = sqlite_file(url)
    except sa_exc.ArgumentError:
        return FaultKind.CANNOT_OPEN
    if path is None or not path.is_file():
        return FaultKind.CANNOT_OPEN
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return FaultKind.READ_ONLY
    try:
        if os.statvfs(path.parent).f_bavail == 0:
            return FaultKind.DISK_FULL
    except OSError:
        pass
    return FaultKind.CANNOT_OPEN


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        if isinstance(current, sa_exc.DBAPIError) and isinstance(current.orig, BaseException):
            seen.append(current.orig)
        current = current.__cause__ or current.__context__
    return seen


def _detail(error: BaseException) -> str:
    if isinstance(error, sa_exc.DBAPIError):
        return str(error.orig).strip().splitlines()[0] if error.orig is not None else ""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _kind(error: BaseException) -> FaultKind | None:
    if isinstance(error, sa_exc.ArgumentError):  # no such dialect, or not a URL at all
        return FaultKind.BAD_URL
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return FaultKind.CONNECTION_LOST
    name = getattr(error, "sqlite_errorname", None)
    if isinstance(name, str):
        return _sqlite_kind(name)
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if isinstance(state, str) and state:
        return _postgres_kind(state)
    if _is_postgres_connection_error(error):
        return _postgres_message_kind(str(error))
    return None


def _is_postgres_connection_error(error: BaseException) -> bool:
    return type(error).__module__.split(".")[0] in {"psycopg", "psycopg2"} and any(
        c.__name__ in {"OperationalError", "InterfaceError"} for c in type(error).__mro__
    )


# SQLite's primary result codes (extended names like SQLITE_IOERR_WRITE share the prefix).
_SQLITE = (
    ("SQLITE_READONLY", FaultKind.READ_ONLY),
    ("SQLITE_PERM", FaultKind.READ_ONLY),
    ("SQLITE_AUTH", FaultKind.READ_ONLY),
    ("SQLITE_BUSY", FaultKind.LOCKED),
    ("SQLITE_LOCKED", FaultKind.LOCKED),
    ("SQLITE_FULL", FaultKind.DISK_FULL),
    ("SQLITE_CORRUPT", FaultKind.DAMAGED),
    ("SQLITE_NOTADB", FaultKind.DAMAGED),
    ("SQLITE_CANTOPEN", FaultKind.CANNOT_OPEN),
    ("SQLITE_IOERR", FaultKind.CANNOT_OPEN),
)


def _sqlite_kind(name: str) -> FaultKind | None:
    if name == "SQLITE_IOERR_SHMSIZE":  # WAL's shared-memory file cannot grow: no space
        return FaultKind.DISK_FULL
    for prefix, kind in _SQLITE:
        if name == prefix or name.startswith(prefix + "_"):
            return kind
    return None


# PostgreSQL SQLSTATEs, most specific first; a two-character entry is a class.
_POSTGRES = (
    ("40001", FaultKind.CONFLICT),  # serialization_failure
    ("40P01", FaultKind.CONFLICT),  # deadlock_detected
    ("55P03", FaultKind.LOCKED),  # lock_not_available
    ("57014", FaultKind.LOCKED),  # query_canceled (statement or lock timeout)
    ("25006", FaultKind.READ_ONLY),  # read_only_sql_transaction
    ("42501", FaultKind.READ_ONLY),  # insufficient_privilege
    ("53100", FaultKind.DISK_FULL),  # disk_full
    ("XX001", FaultKind.DAMAGED),  # data_corrupted
    ("XX002", FaultKind.DAMAGED),  # index_corrupted
    ("57P01", FaultKind.CONNECTION_LOST),  # admin_shutdown
    ("57P02", FaultKind.CONNECTION_LOST),  # crash_shutdown
    ("57P03", FaultKind.CONNECTION_LOST),  # cannot_connect_now
    ("08", FaultKind.CONNECTION_LOST),  # connection exceptions
    ("28", FaultKind.CANNOT_OPEN),  # invalid authorization
    ("3D", FaultKind.CANNOT_OPEN),  # invalid catalog name: no such database
    ("53", FaultKind.DISK_FULL),  # insufficient resources
)


def _postgres_kind(state: str) -> FaultKind | None:
    for code, kind in _POSTGRES:
        if state.startswith(code):
            return kind
    return None


_POSTGRES_WORDS = (
    ("password authentication failed", FaultKind.CANNOT_OPEN),
    ("does not exist", FaultKind.CANNOT_OPEN),
    ("server closed the connection", FaultKind.CONNECTION_LOST),
    ("connection refused", FaultKind.CONNECTION_LOST),
    ("could not connect", FaultKind.CONNECTION_LOST),
    ("connection is closed", FaultKind.CONNECTION_LOST),
    ("terminating connection", FaultKind.CONNECTION_LOST),
    ("timeout expired", FaultKind.CONNECTION_LOST),
    ("consuming input failed", FaultKind.CONNECTION_LOST),
)


def _postgres_message_kind(text: str) -> FaultKind:
    """psycopg errors raised before the server answered carry no SQLSTATE: read the words."""
    lowered = text.lower()
    for words, kind in _POSTGRES_WORDS:
        if words in lowered:
            return kind
    return FaultKind.CONNECTION_LOST
