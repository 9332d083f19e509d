"""A live class: its code, its paces and stages, and the messages a student's device may
send (validated here, before anything else reads them).

Plain Python: the server reads raw frames, this module says whether they are acceptable.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ipquiz.domain.scoring import profile_named

#: A session's join code has this many digits.
CODE_DIGITS = 6
#: The largest frame a device may send; anything larger closes its connection.
MAX_MESSAGE_BYTES = 1024
#: A device's per-device token: url-safe base64 of 32 random bytes.
TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")
CODE = re.compile(rf"[0-9]{{{CODE_DIGITS}}}")
#: Messages a device may send in a burst, and how many come back each second.
BURST = 20
REFILL_PER_SECOND = 5.0
MAX_CHOICES = 8
MAX_NAME_CHARS = 40


class Pace(StrEnum):
    #: Each student works through the set; the projector shows the live grid.
    SELF = "self"
    #: The projector shows each question and its countdown; the teacher goes on.
    TEACHER = "teacher"


class Stage(StrEnum):
    """Where a teacher-paced session stands (a self-paced one is LOBBY, then QUESTION)."""

    LOBBY = "lobby"
    QUESTION = "question"
    REVEAL = "reveal"
    FINISHED = "finished"


class SeatStatus(StrEnum):
    #: A student answering from the device that holds the seat's token.
    SEATED = "seated"
    #: The teacher freed the seat: the device's token no longer holds it, and the next
    #: device to claim the name takes the seat over, with the answers given so far (a
    #: student on a new device).
    FREE = "free"
    #: The teacher took the student out of the class: the token brings no one back in,
    #: the name cannot be claimed again in this session, and the answers (kept in the
    #: database) are left out of the class's result, its export and its reports.
    REMOVED = "removed"


#: The scoring a game lesson uses (scoring.SPEED_STREAK): 100 points a right answer,
#: in full within the first quarter of the question's time, then falling linearly to
#: half at its end; each right answer in a row before it adds 10 %, up to 50 %.
GAME_SCORING = "speed-streak"
#: How many leaders the projector shows in a game lesson.
BOARD_SIZE = 5


def session_scoring(set_scoring: str, *, game: bool) -> str:
    """A live class scores for accuracy unless the teacher makes it a game lesson: a set's
    own speed or streak scoring applies only then."""
    if game:
        return GAME_SCORING
    profile = profile_named(set_scoring)
    return "accuracy" if profile.speed or profile.streak_step else set_scoring


def current_streak(right: Sequence[bool | None]) -> int:
    """Right answers in a row up to the last one given (`right` by position, None for a
    question not answered); an unanswered question in between ends the run, as it does
    for the streak bonus (scoring.streak_factor)."""
    given = [i for i, r in enumerate(right) if r is not None]
    streak = 0
    for position in range(given[-1] if given else -1, -1, -1):
        if not right[position]:
            break
        streak += 1
    return streak


def leaders(points: Iterable[tuple[str, float]], size: int = BOARD_SIZE) -> list[tuple[str, int]]:
    """The top `size` (name, points), most points first, equal points by name."""
    ranked = sorted(((name, round(p)) for name, p in points), key=lambda np: (-np[1], np[0]))
    return ranked[:size]


class ProtocolError(ValueError):
    """A message a device should never send: its connection is closed."""


@dataclass(frozen=True, slots=True)
class Hello:
    """First message: which session, and the device's token when it has been here."""

    code: str
    token: str | None


@dataclass(frozen=True, slots=True)
class Claim:
    """Take a seat: a roster student (by person id) or a nickname."""

    person_id: int | None
    nickname: str | None


@dataclass(frozen=True, slots=True)
class Answer:
    position: int
    choices: frozenset[int]


@dataclass(frozen=True, slots=True)
class Next:
    """Self-paced: done with the question at `position` (its result read, or its own time
    up on the device): the next one, please."""

    position: int


Message = Hello | Claim | Answer | Next


def new_code(rng: random.Random, taken: Collection[str]) -> str:
    """A 6-digit code no running session has (never starting with 0, so it reads as typed)."""
    while True:
        code = str(rng.randrange(10 ** (CODE_DIGITS - 1), 10**CODE_DIGITS))
        if code not in taken:
            return code


def _int(value: object, what: str, *, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ProtocolError(f"{what} is not a number from {low} to {high}")
    return value


def parse_message(raw: str | bytes) -> Message:
    """The message in a device's frame, or ProtocolError (too large, not JSON, unknown
    type, a field missing, of the wrong type or out of range, a field too many)."""
    size = len(raw.encode("utf-8") if isinstance(raw, str) else raw)
    if size > MAX_MESSAGE_BYTES:
        raise ProtocolError(f"a message has at most {MAX_MESSAGE_BYTES} bytes")
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError("a message is one JSON object") from exc
    if not isinstance(data, dict):
        raise ProtocolError("a message is one JSON object")
    kind = data.get("type")
    fields = set(data) - {"type"}
    if kind == "hello" and fields <= {"code", "token"} and "code" in fields:
        code, token = data["code"], data.get("token")
        if not isinstance(code, str) or not CODE.fullmatch(code):
            raise ProtocolError("the code is six digits")
        if token is not None and (not isinstance(token, str) or not TOKEN.fullmatch(token)):
            raise ProtocolError("the token is not one this server gives")
        return Hello(code, token)
    if kind == "claim" and len(fields) == 1 and fields <= {"person", "nickname"}:
        if "person" in data:
            return Claim(_int(data["person"], "person", low=1, high=2**62), None)
        name = data["nickname"]
        if not isinstance(name, str) or not 0 < len(name) <= MAX_NAME_CHARS:
            raise ProtocolError(f"a nickname has 1 to {MAX_NAME_CHARS} characters")
        return Claim(None, name)
    if kind == "answer" and fields == {"position", "choices"}:
        position = _int(data["position"], "position", low=0, high=10_000)
        choices = data["choices"]
        if not isinstance(choices, list) or not 0 < len(choices) <= MAX_CHOICES:
            raise ProtocolError("choices is a list of choice numbers")
        picked = [_int(c, "a choice", low=0, high=MAX_CHOICES - 1) for c in choices]
        if len(set(picked)) != len(picked):
            raise ProtocolError("a choice is sent twice")
        return Answer(position, frozenset(picked))
    if kind == "next" and fields == {"position"}:
        return Next(_int(data["position"], "position", low=0, high=10_000))
    raise ProtocolError("unknown message")


class RateLimit:
    """A token bucket per device: BURST messages at once, REFILL_PER_SECOND after that."""

    def __init__(self, now: float) -> None:
        self._tokens = float(BURST)
        self._at = now

    def allow(self, now: float) -> bool:
        self._tokens = min(float(BURST), self._tokens + (now - self._at) * REFILL_PER_SECOND)
        self._at = now
        if self._tokens < 1.0:
            return False
        self._tokens -= 1.0
        return True


def shares(chosen: Sequence[frozenset[int]], choice_count: int) -> list[float]:
    """The share of the answers that picked each choice (0 when nobody answered)."""
    if not chosen:
        return [0.0] * choice_count
    return [sum(1 for c in chosen if i in c) / len(chosen) for i in range(choice_count)]
