"""Persons: whoever an attempt belongs to. One model for a home profile, a roster
student, a live-class participant and a kiosk visitor's nickname.

A *kept* person (a profile, a roster student) has a history, a review deck and
settings; a *guest* is a name typed for one attempt, and nothing is kept for it beyond
that attempt. Either may belong to a group (a class), where a roster number picks one
student out.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

NAME_MAX = 80
GROUP_NAME_MAX = 120
ROSTER_NUMBER_MAX = 40
#: A profile's optional PIN: four digits, enough to keep a profile private at home.
PROFILE_PIN_DIGITS = 4
#: Avatar colour keys (the screens map them to colours that tell apart for colour-blind
#: eyes too, and always draw the name's first letter on them: never colour alone).
COLOURS = ("blue", "orange", "green", "purple", "red", "teal", "brown", "pink")


class PersonError(ValueError):
    """A name, PIN or colour that cannot be used, said in one line."""


class DuplicateNameError(PersonError):
    """Another kept person of the same group already has this name (case ignored)."""


class UnknownPersonError(LookupError):
    """No such kept person (deleted meanwhile, or a name that matches nobody)."""


@dataclass(frozen=True, slots=True)
class Group:
    """A class ("初二(3)班") or any other group of persons."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    guest: bool
    group_id: int | None = None
    group_name: str | None = None
    roster_number: str | None = None
    colour: str | None = None
    has_pin: bool = False
    created_at: dt.datetime | None = None
    last_seen_at: dt.datetime | None = None

    @property
    def initial(self) -> str:
        """The avatar's letter: the name's first character, upper-cased."""
        return self.name[:1].upper()


@dataclass(frozen=True, slots=True)
class PersonData:
    """What a person's deletion takes with it, for the confirmation to say."""

    attempts: int = 0
    answers: int = 0
    review_cards: int = 0


def clean_name(name: str, *, limit: int = NAME_MAX) -> str:
    """`name` as stored: spaces trimmed and runs of white space made one space.

    Raises PersonError for an empty name, a control character or one over `limit`.
    """
    cleaned = " ".join(name.split())
    if not cleaned:
        raise PersonError("a name is needed")
    if any(unicodedata.category(c).startswith("C") for c in cleaned):
        raise PersonError("a name cannot hold control characters")
    if len(cleaned) > limit:
        raise PersonError(f"a name has at most {limit} characters")
    return cleaned


def same_name(a: str, b: str) -> bool:
    """Two names count as one when they differ only in case or spacing."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def check_colour(colour: str | None) -> str | None:
    if colour is not None and colour not in COLOURS:
        raise PersonError(f"unknown colour {colour!r}; choose one of {', '.join(COLOURS)}")
    return colour


def check_profile_pin(pin: str) -> str:
    if not (pin.isascii() and pin.isdigit() and len(pin) == PROFILE_PIN_DIGITS):
        raise PersonError(f"a profile PIN has {PROFILE_PIN_DIGITS} digits")
    return pin


def person_owner(person_id: int) -> str:
    """Whose draw history a kept person's attempts count towards (kept through renames)."""
    return f"person:{person_id}"
