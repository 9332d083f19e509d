"""This process as a station: registered in the database, its lease renewed while it runs.

An attempt belongs to the station and the process that started it. At start, a station
recovers only its own attempts whose process is dead: ended cleanly, gone from this
machine, or (another machine of the same name) silent for longer than the lease. So two
programs on one database never take each other's running attempts.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import sys
import threading

from ipquiz.storage import station_repo
from ipquiz.storage.database import Database
from ipquiz.storage.station_repo import OpenAttempt

log = logging.getLogger(__name__)

#: A process silent for this long is taken for dead by other machines.
LEASE = dt.timedelta(seconds=60)
RENEW_EVERY_S = 15.0


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def default_station() -> str:
    """Each machine is a station of its own unless told otherwise."""
    return platform.node() or "station"


def pid_alive(pid: int) -> bool | None:
    """Whether process `pid` runs on this machine; None where that cannot be asked."""
    if sys.platform.startswith("win"):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, alive
    return True


class StationLease:
    """Registers this process for `station`, renews its lease in a background thread."""

    def __init__(self, db: Database, station: str) -> None:
        self._db = db
        self.station = station
        self.host = platform.node()
        self.pid = os.getpid()
        self.process_id: int = db.run(
            lambda s: station_repo.register(
                s, station=station, host=self.host, pid=self.pid, now=utc_now()
            )
        )
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._renew, name="station-lease", daemon=True)
        self._thread.start()

    def _renew(self) -> None:
        while not self._stop.wait(RENEW_EVERY_S):
            try:
                self._db.run(lambda s: station_repo.renew(s, self.process_id, now=utc_now()))
            except Exception as exc:  # the server is away: try again next time
                log.warning("could not renew the station lease: %s", exc)

    def rename(self, station: str) -> None:
        """From now on this process plays as `station` (new attempts and rounds carry it)."""
        self._db.run(lambda s: station_repo.rename(s, self.process_id, station=station))
        self.station = station

    def is_dead(self, attempt: OpenAttempt) -> bool:
        """Whether the process that ran `attempt` is gone (so its attempt may be taken)."""
        if attempt.process_id is None or attempt.ended:
            return True  # from before stations were recorded, or ended cleanly
        here = attempt.host == self.host and attempt.pid not in (None, self.pid)
        if here and attempt.pid is not None and pid_alive(attempt.pid) is False:
            return True  # crashed, or the machine restarted
        # Another machine's (or a reused pid's): dead once it stopped renewing its lease.
        renewed = attempt.renewed_at or dt.datetime.min
        return utc_now() - renewed > LEASE

    def close(self) -> None:
        """Stop renewing and mark this process ended: its open attempts are recoverable."""
        self._stop.set()
        self._thread.join(timeout=5)
        try:
            self._db.run(lambda s: station_repo.end(s, self.process_id, now=utc_now()))
        except Exception as exc:
            log.warning("could not end the station lease: %s", exc)
