"""Database faults for window tests: a real read-only database, a server that drops out."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy import exc as sa_exc

from ipquiz.services.app import AppServices


class ReadOnly:
    """Turns the services' SQLite database read-only and back (PRAGMA query_only: every
    write then fails with SQLite's own "attempt to write a readonly database")."""

    def __init__(self, services: AppServices) -> None:
        self.engine = services.db.engine
        self.on = False
        event.listen(self.engine, "connect", self._connected)

    def _connected(self, dbapi_connection: Any, _record: Any) -> None:
        if self.on:
            dbapi_connection.execute("PRAGMA query_only=ON")

    def set(self, on: bool) -> None:
        self.on = on
        self.engine.dispose()  # pooled connections are opened again with the setting


def connection_lost() -> sa_exc.OperationalError:
    """What SQLAlchemy raises when the PostgreSQL server goes away mid-call."""
    return sa_exc.OperationalError(
        "INSERT INTO responses ...",
        {},
        Exception("server closed the connection unexpectedly"),
        connection_invalidated=True,
    )


class Flaky:
    """A service whose `method` fails with a lost connection `times` times, then works."""

    def __init__(self, real: Any, method: str, times: int) -> None:
        self.real, self.method, self.left = real, method, times
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.real, name)
        if name != self.method:
            return value

        def flaky(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.left > 0:
                self.left -= 1
                raise connection_lost()
            return value(*args, **kwargs)

        return flaky
