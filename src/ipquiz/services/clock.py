"""Wall-clock time as a dependency, so tests can fix it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]


def local_now() -> dt.datetime:
    """Local wall time without tzinfo: what a teacher or operator reads on the screen."""
    return dt.datetime.now().replace(microsecond=0)
