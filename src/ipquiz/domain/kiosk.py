"""Kiosk rules without I/O: the operator's settings, the board's day, the PIN lockout.

Settings are stored as strings (one key per setting) so that a newer version can add
one without a migration; a value that does not parse falls back to its default rather
than keeping an exhibition stand from starting.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

from ipquiz.domain.language import LANGUAGES
from ipquiz.domain.scoring import PROFILES
from ipquiz.domain.spec import QuizSpec

ROUND_LENGTHS = range(3, 16)
QUESTION_SECONDS = range(5, 121)
IDLE_SECONDS = range(15, 601)
FEEDBACK_SECONDS = range(2, 31)
COUNTDOWN_STYLES = ("ring", "bar")
STILL_THERE_SECONDS = 10

PIN_LENGTHS = range(4, 13)  # 4 to 12 digits: a longer PIN is much harder to guess offline
PIN_FREE_TRIES = 5
FIRST_LOCK_SECONDS = 60
MAX_LOCK_SECONDS = 3600  # an operator is never locked out for more than an hour

#: Which board: today's (from the daily reset) or the whole event's (from its first day).
BoardScope = Literal["today", "event"]
TODAY: BoardScope = "today"
EVENT: BoardScope = "event"


@dataclass(frozen=True, slots=True)
class KioskFact:
    """A fact the attract screen shows, in one language, with the source it names."""

    text: str
    source: str


@dataclass(frozen=True, slots=True)
class KioskSettings:
    """What the operator sets in the admin panel; defaults suit a walk-up stand."""

    round_length: int = 5
    question_seconds: int = 20
    idle_seconds: int = 45
    feedback_seconds: int = 6
    languages: tuple[str, ...] = LANGUAGES
    categories: tuple[str, ...] = ()  # empty: every category
    scoring: str = "speed-streak"
    title: str = ""  # empty: the translated product name
    logo: str = ""  # path of an image file; empty: the app icon
    leaderboard: bool = True
    reset_time: dt.time = dt.time(0, 0)
    touch: bool = True  # hide the mouse pointer on visitor screens
    countdown: str = "ring"
    #: The event's first day: the whole-event board counts from it (None: no event board).
    #: A stand setting like the others: every kiosk on the database shows the same boards.
    event_start: dt.date | None = None
    #: Ask questions whose cited law text has since been replaced (left out by default).
    allow_superseded: bool = False
    #: Short sounds on an answer, a streak and a top-10 place (off: stands are often quiet).
    sounds: bool = False
    #: Where the result screen's "keep learning" QR code points (empty: no code shown).
    learn_url: str = ""

    @property
    def has_event(self) -> bool:
        return self.event_start is not None

    def board_window(self, now: dt.datetime, scope: BoardScope) -> tuple[dt.datetime, dt.datetime]:
        """From when to when a board counts: today's board day, or the event so far (from
        its first day's reset up to the end of today's board day)."""
        start, end = board_day(now, self.reset_time)
        if scope == EVENT and self.event_start is not None:
            start = min(start, dt.datetime.combine(self.event_start, self.reset_time))
        return start, end

    def __post_init__(self) -> None:
        checks = (
            (self.round_length in ROUND_LENGTHS, "round length"),
            (self.question_seconds in QUESTION_SECONDS, "countdown"),
            (self.idle_seconds in IDLE_SECONDS, "idle time"),
            (self.feedback_seconds in FEEDBACK_SECONDS, "feedback time"),
            (bool(self.languages) and set(self.languages) <= set(LANGUAGES), "languages"),
            (self.scoring in PROFILES, "scoring profile"),
            (self.countdown in COUNTDOWN_STYLES, "countdown style"),
            (len(self.title) <= 80, "title"),
            (not self.learn_url or valid_learn_url(self.learn_url), "keep-learning address"),
        )
        for ok, what in checks:
            if not ok:
                raise ValueError(f"kiosk setting out of range: {what}")

    def spec(self) -> QuizSpec:
        """The round a visitor plays under these settings."""
        return QuizSpec.kiosk(
            count=self.round_length,
            question_seconds=self.question_seconds,
            scoring=self.scoring,
            categories=self.categories,
            allow_superseded=self.allow_superseded,
        )

    def to_strings(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                out[f.name] = ",".join(value)
            elif isinstance(value, bool):
                out[f.name] = "1" if value else "0"
            elif isinstance(value, dt.time):
                out[f.name] = value.strftime("%H:%M")
            elif isinstance(value, dt.date):
                out[f.name] = value.isoformat()
            elif value is None:
                out[f.name] = ""
            else:
                out[f.name] = str(value)
        return out

    @classmethod
    def from_strings(cls, stored: dict[str, str]) -> KioskSettings:
        """Parse stored values one by one; unknown keys and bad values are skipped."""
        settings = cls()
        for f in dataclasses.fields(cls):
            if f.name not in stored:
                continue
            try:
                raw = stored[f.name]
                value: Any = (
                    _parse_date(raw) if f.name in _DATES else _parse(getattr(settings, f.name), raw)
                )
                settings = dataclasses.replace(settings, **{f.name: value})
            except ValueError:
                continue
        return settings


_DATES = frozenset({"event_start"})  # optional dates: "" is None


def _parse_date(raw: str) -> dt.date | None:
    return dt.date.fromisoformat(raw) if raw else None


def _parse(default: Any, raw: str) -> Any:
    if isinstance(default, bool):
        return raw == "1"
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, tuple):
        return tuple(part for part in raw.split(",") if part)
    if isinstance(default, dt.time):
        return dt.time.fromisoformat(raw)
    return raw


MAX_URL = 300  # a QR code a phone reads from 1.5 m stays small


def valid_learn_url(url: str) -> bool:
    """An address a visitor's phone may open: http or https, a host, no spaces."""
    if not url or len(url) > MAX_URL or any(ch.isspace() for ch in url) or not url.isprintable():
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def board_day(now: dt.datetime, reset_time: dt.time) -> tuple[dt.datetime, dt.datetime]:
    """The board's current day: from the last daily reset up to the next one."""
    start = dt.datetime.combine(now.date(), reset_time)
    if now < start:
        start -= dt.timedelta(days=1)
    return start, start + dt.timedelta(days=1)


def valid_pin(pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and len(pin) in PIN_LENGTHS


def lock_seconds(failures: int) -> int:
    """How long the pad stays locked after `failures` wrong PINs in a row.

    Five wrong tries lock it for a minute; every wrong try after that doubles the lock.
    """
    if failures < PIN_FREE_TRIES:
        return 0
    return min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS << (failures - PIN_FREE_TRIES))


_SENTENCE_END = re.compile(r"[。！？]|(?<!\bArt)(?<!\bArts)(?<!\bNo)[.!?](?=\s+[A-Z\u201c\"(])")


def first_sentence(text: str, *, limit: int = 240) -> str:
    """The explanation's first sentence: what a visitor reads in the few feedback seconds.

    "Art. 62" and "i.e. the" do not end a sentence; a full stop before a capital does.
    """
    text = " ".join(text.split())
    end = _SENTENCE_END.search(text)
    if end is not None:
        text = text[: end.end()]
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text
