"""A station's name: how a machine is told apart from the others sharing a database."""

from __future__ import annotations

MAX_STATION = 60  # a room and a number ("Hall A 3"), shown in figures and exports


def tidy_station(raw: str) -> str:
    """Spaces as one would type them: none at the ends, one between words."""
    return " ".join(raw.split())


def valid_station(name: str) -> bool:
    """A tidy name of 1 to MAX_STATION printable characters."""
    return 0 < len(name) <= MAX_STATION and name == tidy_station(name) and name.isprintable()
