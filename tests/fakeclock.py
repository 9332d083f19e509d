"""A wall clock that moves only when a test moves it."""

from __future__ import annotations

import datetime as dt


class Clock:
    """The services' wall clock, moved by the test (`clock.now += ...`)."""

    def __init__(self, start: dt.datetime = dt.datetime(2026, 4, 26, 9, 30)) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now
