"""The operator's PIN: a salted scrypt hash, and the wrong-try lockout kept in the database.

The failure count and the lock's end live in the database, so pulling the plug does
not reset the lockout. The clock is injected, so tests step through a lock without
waiting for it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
from dataclasses import dataclass

from ipquiz.domain.kiosk import PIN_FREE_TRIES, lock_seconds, valid_pin
from ipquiz.services.clock import Clock
from ipquiz.storage import kiosk_repo, locks
from ipquiz.storage.database import Database, Session

HASH_KEY = "pin_hash"
FAILURES_KEY = "pin_failures"
LOCKED_UNTIL_KEY = "pin_locked_until"
# scrypt cost: about 16 MB and a few tens of milliseconds per try on a small PC.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except ValueError:
        return False
    return hmac.compare_digest(candidate.hex(), digest)


@dataclass(frozen=True, slots=True)
class PinCheck:
    ok: bool
    locked_seconds: int = 0  # > 0: the pad is locked for this long
    tries_left: int = PIN_FREE_TRIES


class PinGuard:
    def __init__(self, db: Database, *, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def is_set(self) -> bool:
        return HASH_KEY in self._db.run(kiosk_repo.settings)

    def set(self, pin: str) -> None:
        if not valid_pin(pin):
            raise ValueError("a PIN has 4 to 8 digits")
        hashed = hash_pin(pin)

        def work(session: Session) -> None:
            locks.hold(session, locks.KIOSK_PIN)
            kiosk_repo.put_settings(session, {HASH_KEY: hashed})
            kiosk_repo.drop_settings(session, [FAILURES_KEY, LOCKED_UNTIL_KEY])

        self._db.run(work)

    def locked_for(self) -> int:
        """Seconds until the pad accepts another try (0: now)."""
        return self._locked_for(self._db.run(kiosk_repo.settings))

    def _locked_for(self, stored: dict[str, str]) -> int:
        until = stored.get(LOCKED_UNTIL_KEY)
        if not until:
            return 0
        left = (dt.datetime.fromisoformat(until) - self._clock()).total_seconds()
        return max(0, int(left + 0.999))

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
        if pin_matches(pin, stored.get(HASH_KEY, "")):
            kiosk_repo.drop_settings(session, [FAILURES_KEY, LOCKED_UNTIL_KEY])
            return PinCheck(ok=True)
        failures += 1
        lock = lock_seconds(failures)
        values = {FAILURES_KEY: str(failures)}
        if lock:
            until = self._clock() + dt.timedelta(seconds=lock)
            values[LOCKED_UNTIL_KEY] = until.isoformat()
        kiosk_repo.put_settings(session, values)
        return PinCheck(ok=False, locked_seconds=lock, tries_left=max(0, PIN_FREE_TRIES - failures))
