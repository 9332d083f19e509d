"""PIN hashing, shared by the kiosk operator's PIN and the profiles' PINs: salted
scrypt, the parameters stored with the hash, so a PIN hashed with older, cheaper ones
still verifies (and `is_current` tells the caller to re-hash it at the next right entry).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from ipquiz.domain.kiosk import PIN_FREE_TRIES, lock_seconds

# scrypt cost as OWASP advises (N=2**17, r=8, p=1): 128 MiB and a few tenths of a
# second per try on a small PC; an offline guesser pays the same for every PIN tried.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MAX_SCRYPT_N = 2**20  # a stored hash asking for more is refused, not computed


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    if not (1 < n <= MAX_SCRYPT_N and 1 <= r <= 32 and 1 <= p <= 16):
        raise ValueError("scrypt parameters out of range")
    memory = 128 * r * n * p + 2**20  # what scrypt needs, plus room for its bookkeeping
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=memory)


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def is_current(stored: str) -> bool:
    """Hashed with today's parameters (else it is re-hashed at the next right PIN)."""
    return stored.startswith(f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}$")


@dataclass(frozen=True, slots=True)
class PinCheck:
    ok: bool
    locked_seconds: int = 0  # > 0: the pad is locked for this long
    tries_left: int = PIN_FREE_TRIES


def wrong_try(failures: int) -> tuple[PinCheck, int]:
    """The answer to the `failures`-th wrong PIN in a row, and the lock it starts (s)."""
    lock = lock_seconds(failures)
    check = PinCheck(ok=False, locked_seconds=lock, tries_left=max(0, PIN_FREE_TRIES - failures))
    return check, lock
