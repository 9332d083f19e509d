"""How often, and after what pause, a transaction that hit a transient fault is run again.

Transient (storage.faults): the database refused this transaction for reasons of the
moment, and the same work may succeed if run again: a serialization failure or a
deadlock (another station's transaction won), a lost or refused connection (the server
restarts), a busy SQLite file.
"""

from __future__ import annotations

#: Tries after the first; with the pauses below about 1.5 s in all, then the error.
RETRIES = 5
#: No new try once the first began this long ago (a busy SQLite file has already waited
#: its busy timeout: waiting that again would freeze the caller for a minute).
RETRY_WINDOW_S = 5.0
FIRST_PAUSE_S = 0.05
LONGEST_PAUSE_S = 0.8


def backoff_seconds(attempt: int, jitter: float) -> float:
    """The pause before try `attempt + 2`: doubling, capped, spread by `jitter` in [0, 1)
    so stations that clashed do not clash again in step."""
    pause = min(LONGEST_PAUSE_S, FIRST_PAUSE_S * float(1 << attempt))
    return pause * (0.5 + jitter)
