"""The operator's PIN: a salted scrypt hash (services.pin_hash), and the wrong-try lockout
kept in the database.

The failure count and the lock's end live in the database, so pulling the plug does
not reset the lockout. Within a run the lock is timed on the monotonic clock, so setting
the wall clock back does not lengthen it; a lock read back after a restart is capped at
the length it was set for (never more than MAX_LOCK_SECONDS). Both clocks are injected,
so tests step through a lock without waiting for it.

A PIN hashed with older, cheaper scrypt parameters still verifies, and is re-hashed with
the current ones at its next right entry.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable

from ipquiz.domain.kiosk import (
    MAX_LOCK_SECONDS,
    PIN_FREE_TRIES,
    PIN_LENGTHS,
    lock_seconds,
    valid_pin,
)
from ipquiz.services.clock import Clock
from ipquiz.services.pin_hash import PinCheck, hash_pin, is_current, pin_matches, wrong_try
from ipquiz.storage import kiosk_repo, locks
from ipquiz.storage.database import Database, Session

HASH_KEY = "pin_hash"
FAILURES_KEY = "pin_failures"
LOCKED_UNTIL_KEY = "pin_locked_until"

__all__ = ["HASH_KEY", "PinCheck", "PinGuard", "SalvagedPin"]


class SalvagedPin:
    """The operator's PIN as read from a damaged database. It is checked here, with the
    same free tries and doubling locks (on the monotonic clock, for this run), and
    nothing is written to the damaged file."""

    def __init__(self, stored_hash: str, *, monotonic: Callable[[], float] = time.monotonic):
        self._hash = stored_hash
        self._monotonic = monotonic
        self._failures = 0
        self._lock_ends = monotonic()

    def locked_for(self) -> int:
        return max(0, math.ceil(self._lock_ends - self._monotonic() - 1e-9))

    def check(self, pin: str) -> PinCheck:
        locked = self.locked_for()
        if locked:
            return PinCheck(ok=False, locked_seconds=locked, tries_left=0)
        if pin_matches(pin, self._hash):
            self._failures = 0
            return PinCheck(ok=True)
        self._failures += 1
        check, lock = wrong_try(self._failures)
        self._lock_ends = self._monotonic() + lock
        return check


class PinGuard:
    def __init__(
        self, db: Database, *, clock: Clock, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._db = db
        self._clock = clock
        self._monotonic = monotonic
        # The lock as this run times it, on the monotonic clock, for the stored lock it saw
        # last (another station's new lock is a new value, read once, capped).
        self._lock_ends = monotonic()
        self._seen_until: str | None = None

    def is_set(self) -> bool:
        return HASH_KEY in self._db.run(kiosk_repo.settings)

    def set(self, pin: str) -> None:
        if not valid_pin(pin):
            raise ValueError(f"a PIN has {PIN_LENGTHS[0]} to {PIN_LENGTHS[-1]} digits")
        hashed = hash_pin(pin)

        def work(session: Session) -> None:
            locks.hold(session, locks.KIOSK_PIN)
            kiosk_repo.put_settings(session, {HASH_KEY: hashed})
            kiosk_repo.drop_settings(session, [FAILURES_KEY, LOCKED_UNTIL_KEY])

        self._db.run(work)
        self._seen_until, self._lock_ends = None, self._monotonic()

    def locked_for(self) -> int:
        """Seconds until the pad accepts another try (0: now)."""
        return self._locked_for(self._db.run(kiosk_repo.settings))

    def _locked_for(self, stored: dict[str, str]) -> int:
        until = stored.get(LOCKED_UNTIL_KEY)
        if until != self._seen_until:  # a lock this run has not timed yet: capped
            self._seen_until = until
            self._lock_ends = self._monotonic() + self._stored_lock_left(stored)
        return max(0, math.ceil(self._lock_ends - self._monotonic() - 1e-9))

    def _stored_lock_left(self, stored: dict[str, str]) -> float:
        """What is left of a lock written by an earlier run, by the wall clock, but never
        more than the lock was set for: a clock set back cannot stretch it."""
        until = stored.get(LOCKED_UNTIL_KEY)
        if not until:
            return 0.0
        try:
            failures = int(stored.get(FAILURES_KEY, "0") or 0)
            left = (dt.datetime.fromisoformat(until) - self._clock()).total_seconds()
        except ValueError:
            failures, left = PIN_FREE_TRIES, float(MAX_LOCK_SECONDS)
        cap = lock_seconds(failures) or MAX_LOCK_SECONDS
        return min(max(left, 0.0), float(cap), float(MAX_LOCK_SECONDS))

    def check(self, pin: str) -> PinCheck:
        """Try a PIN; a try while locked is refused without counting.

        Every station of a stand shares one count: wrong tries at two pads at once are
        counted one after the other (the lock), never one over the other.
        """
        return self._db.run(lambda session: self._check(session, pin))

    def _check(self, session: Session, pin: str) -> PinCheck:
        locks.hold(session, locks.KIOSK_PIN)
        stored = kiosk_repo.settings(session)
        locked = self._locked_for(stored)
        failures = int(stored.get(FAILURES_KEY, "0") or 0)
        if locked:
            return PinCheck(ok=False, locked_seconds=locked, tries_left=0)
        stored_hash = stored.get(HASH_KEY, "")
        if pin_matches(pin, stored_hash):
            kiosk_repo.drop_settings(session, [FAILURES_KEY, LOCKED_UNTIL_KEY])
            if not is_current(stored_hash):  # an older, cheaper hash: bring it up to date
                kiosk_repo.put_settings(session, {HASH_KEY: hash_pin(pin)})
            return PinCheck(ok=True)
        failures += 1
        check, lock = wrong_try(failures)
        values = {FAILURES_KEY: str(failures)}
        if lock:
            until = (self._clock() + dt.timedelta(seconds=lock)).isoformat()
            values[LOCKED_UNTIL_KEY] = until
            self._seen_until, self._lock_ends = until, self._monotonic() + lock
        kiosk_repo.put_settings(session, values)
        return check
