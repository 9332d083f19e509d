"""Certificates for a passed exam, and the short code that lets the app check one.

The code is the attempt's number and a keyed hash (HMAC-SHA256, cut to 40 bits) of the
attempt's unchangeable facts: its number, when it finished, its score and its quiz set.
The key is a random secret kept in the database, so every station sharing that database
can check a code, a code from another database is not taken, and a certificate whose
score was changed afterwards no longer checks. Codes are written in Crockford's base 32
(no I, L, O or U; reading is forgiving about case, spaces, dashes and 0/O, 1/I/L).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
MAC_CHARS = 8  # 40 bits
_READ_AS = {"O": "0", "I": "1", "L": "1"}


class CertificateError(ValueError):
    """No certificate for this attempt (not an exam, not finished, not passed, unknown)."""


@dataclass(frozen=True, slots=True)
class CertificateFacts:
    """What a certificate states, in both languages where it has words."""

    attempt_id: int
    name: str
    quiz_set: str  # "" for an exam not saved as a set
    points: float  # as the scoring profile shows them
    max_points: float
    percent: int
    pass_mark: float  # share, 0 to 1
    finished_at: dt.datetime
    topics: Mapping[str, tuple[str, ...]]  # language -> topic names
    code: str


def _base32(number: int, width: int = 0) -> str:
    digits = ""
    while number:
        number, rest = divmod(number, 32)
        digits = ALPHABET[rest] + digits
    return digits.rjust(width, "0") or "0"


@dataclass(frozen=True, slots=True)
class Sealed:
    """The facts a code is made from: a certificate checks only while they stay as issued."""

    attempt_id: int
    finished_at: dt.datetime
    score: float  # raw points, as stored
    max_score: float
    quiz_set: str

    def _mac(self, secret: bytes) -> str:
        message = "\n".join(
            (
                str(self.attempt_id),
                self.finished_at.replace(microsecond=0).isoformat(),
                repr(float(self.score)),
                repr(float(self.max_score)),
                self.quiz_set,
            )
        ).encode("utf-8")
        digest = hmac.new(secret, message, hashlib.sha256).digest()
        return _base32(int.from_bytes(digest[:5], "big"), MAC_CHARS)

    def code(self, secret: bytes) -> str:
        """E.g. '3F-K7QD-2M9X': the attempt number, then the hash in two groups of four."""
        mac = self._mac(secret)
        return f"{_base32(self.attempt_id)}-{mac[:4]}-{mac[4:]}"

    def matches(self, secret: bytes, mac: str) -> bool:
        return hmac.compare_digest(self._mac(secret), mac)


def read_code(code: str) -> tuple[int, str]:
    """(attempt number, hash) of a typed code; CertificateError if it cannot be one."""
    cleaned = "".join(c for c in code.upper() if c not in " -\t")
    cleaned = "".join(_READ_AS.get(c, c) for c in cleaned)
    if len(cleaned) <= MAC_CHARS or any(c not in ALPHABET for c in cleaned):
        raise CertificateError(f"{code.strip()!r} is not a certificate code (e.g. 3F-K7QD-2M9X)")
    number = 0
    for c in cleaned[:-MAC_CHARS]:
        number = number * 32 + ALPHABET.index(c)
    return number, cleaned[-MAC_CHARS:]
