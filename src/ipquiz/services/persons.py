"""Persons: the profiles a home learner picks on the start screen, and the students of a
class roster (the same kind of person, in a group). Guests are made here too.

Used by the start screen and `ipquiz profile`, by rosters (`add_kept` inside their own
transaction, a whole class at once), by the review deck and by progress. Every method
is one committed transaction; a person that no longer exists raises UnknownPersonError,
a name or PIN that cannot be used raises PersonError (DuplicateNameError for a name
already taken in the group).

A profile's PIN keeps it private on a shared PC: hashed like the kiosk operator's PIN
(services.pin_hash), and wrong tries lock it for a growing time (kept in the person's
settings, so a restart does not reset the count).
"""

from __future__ import annotations

import datetime as dt
import math

from ipquiz.domain.kiosk import MAX_LOCK_SECONDS, lock_seconds
from ipquiz.domain.persons import (
    DuplicateNameError,
    Person,
    PersonData,
    PersonError,
    UnknownPersonError,
    check_colour,
    check_profile_pin,
    clean_name,
    same_name,
)
from ipquiz.services.clock import Clock, local_now
from ipquiz.services.pin_hash import PinCheck, hash_pin, is_current, pin_matches, wrong_try
from ipquiz.storage import locks, person_repo
from ipquiz.storage.database import Database, Session

PIN_FAILURES_KEY = "pin_failures"
PIN_LOCKED_UNTIL_KEY = "pin_locked_until"

__all__ = [
    "DuplicateNameError",
    "Person",
    "PersonData",
    "PersonError",
    "PersonService",
    "UnknownPersonError",
    "add_kept",
]


def _person(session: Session, person_id: int) -> Person:
    person = person_repo.get(session, person_id)
    if person is None or person.guest:
        raise UnknownPersonError(f"no profile with id {person_id}")
    return person


def _check_free(session: Session, name: str, group_id: int | None, *, but: int | None) -> None:
    """Raise DuplicateNameError if another kept person of the group is called `name`.

    Holds the group's lock to the end of the transaction, so two stations adding the
    same name at once are checked one after the other."""
    locks.hold(session, locks.persons_of(group_id))
    for other in person_repo.kept(session, group_id=group_id):
        if other.id != but and same_name(other.name, name):
            raise DuplicateNameError(f"there is already a profile called {other.name}")


def add_kept(
    session: Session,
    name: str,
    *,
    now: dt.datetime,
    colour: str | None = None,
    group_id: int | None = None,
    roster_number: str | None = None,
    pin: str | None = None,
) -> Person:
    """A new kept person, within the caller's transaction (a roster adds a class at
    once). Checks the name (unique in its group, case ignored), colour and PIN."""
    cleaned = clean_name(name)
    check_colour(colour)
    hashed = hash_pin(check_profile_pin(pin)) if pin is not None else None
    _check_free(session, cleaned, group_id, but=None)
    person_id = person_repo.add_person(
        session,
        name=cleaned,
        guest=False,
        now=now,
        group_id=group_id,
        roster_number=roster_number.strip() or None if roster_number else None,
        colour=colour,
        pin_hash=hashed,
    )
    return _person(session, person_id)


class PersonService:
    def __init__(self, db: Database, *, clock: Clock = local_now) -> None:
        self._db = db
        self._clock = clock

    # -- reading -------------------------------------------------------------------
    def kept(self, group_id: int | None = None, *, every_group: bool = False) -> list[Person]:
        """The kept persons of a group (None: the profiles, in no group), or of every
        group; sorted by name."""
        return self._db.run(
            lambda s: person_repo.kept(s, group_id=group_id, every_group=every_group)
        )

    def get(self, person_id: int) -> Person:
        return self._db.run(lambda s: _person(s, person_id))

    def find(self, name: str, group_id: int | None = None) -> Person:
        """The kept person of the group called `name` (case and spacing ignored)."""
        for person in self.kept(group_id):
            if same_name(person.name, name):
                return person
        raise UnknownPersonError(f"no profile called {' '.join(name.split())}")

    def last_used(self) -> Person | None:
        """The profile to preselect: the kept person who played last (None: nobody yet)."""
        return self._db.run(person_repo.last_seen)

    def data_of(self, person_id: int) -> PersonData:
        """How much deleting the person would delete (for the confirmation)."""
        return self._db.run(lambda s: person_repo.data_of(s, _person(s, person_id).id))

    # -- changing ------------------------------------------------------------------
    def create(
        self,
        name: str,
        *,
        colour: str | None = None,
        pin: str | None = None,
        group_id: int | None = None,
        roster_number: str | None = None,
    ) -> Person:
        """A new profile (or roster student, with `group_id`)."""
        if pin is not None:
            check_profile_pin(pin)  # before hashing: a bad PIN fails fast
        now = self._clock()
        return self._db.run(
            lambda s: add_kept(
                s,
                name,
                now=now,
                colour=colour,
                group_id=group_id,
                roster_number=roster_number,
                pin=pin,
            )
        )

    def create_guest(self, name: str = "") -> Person:
        """A guest: a name for one attempt (empty: "guest"); nothing else is kept."""
        cleaned = " ".join(name.split())[:80] or "guest"
        now = self._clock()

        def work(session: Session) -> Person:
            person_id = person_repo.add_person(session, name=cleaned, guest=True, now=now)
            person = person_repo.get(session, person_id)
            assert person is not None
            return person

        return self._db.run(work)

    def rename(self, person_id: int, name: str) -> Person:
        """A new name; the history stays (attempts point at the person, not the name)."""
        cleaned = clean_name(name)

        def work(session: Session) -> Person:
            person = _person(session, person_id)
            _check_free(session, cleaned, person.group_id, but=person_id)
            person_repo.update_person(session, person_id, name=cleaned)
            return _person(session, person_id)

        return self._db.run(work)

    def set_colour(self, person_id: int, colour: str | None) -> Person:
        check_colour(colour)

        def work(session: Session) -> Person:
            person_repo.update_person(session, _person(session, person_id).id, colour=colour)
            return _person(session, person_id)

        return self._db.run(work)

    def delete(self, person_id: int) -> PersonData:
        """Delete the person with every attempt, answer, review card and setting;
        returns what was deleted."""

        def work(session: Session) -> PersonData:
            data = person_repo.data_of(session, _person(session, person_id).id)
            person_repo.delete_person(session, person_id)
            return data

        return self._db.run(work)

    def touch(self, person_id: int) -> None:
        """Mark the person as the one used last (preselected next time)."""
        now = self._clock()
        self._db.run(
            lambda s: person_repo.update_person(s, _person(s, person_id).id, last_seen_at=now)
        )

    # -- PIN -----------------------------------------------------------------------
    def set_pin(self, person_id: int, pin: str | None) -> Person:
        """Set a 4-digit PIN, or remove it with None."""
        hashed = hash_pin(check_profile_pin(pin)) if pin is not None else None

        def work(session: Session) -> Person:
            person_repo.update_person(session, _person(session, person_id).id, pin_hash=hashed)
            person_repo.drop_settings(session, person_id, [PIN_FAILURES_KEY, PIN_LOCKED_UNTIL_KEY])
            return _person(session, person_id)

        return self._db.run(work)

    def check_pin(self, person_id: int, pin: str) -> PinCheck:
        """Try the profile's PIN (a profile without one opens with any). Five wrong tries
        in a row lock it for a growing time; a try while locked is refused uncounted."""
        stored, settings = self._db.run(
            lambda s: (
                person_repo.pin_hash(s, _person(s, person_id).id),
                person_repo.settings(s, person_id),
            )
        )
        if not stored:
            return PinCheck(ok=True)
        locked = self._locked_for(settings)
        if locked:
            return PinCheck(ok=False, locked_seconds=locked, tries_left=0)
        if pin_matches(pin, stored):  # scrypt: outside the transaction, it takes a while
            rehashed = None if is_current(stored) else hash_pin(pin)

            def right(session: Session) -> None:
                person_repo.drop_settings(
                    session, person_id, [PIN_FAILURES_KEY, PIN_LOCKED_UNTIL_KEY]
                )
                if rehashed:
                    person_repo.update_person(session, person_id, pin_hash=rehashed)

            self._db.run(right)
            return PinCheck(ok=True)
        return self._db.run(lambda s: self._wrong(s, person_id))

    def _locked_for(self, settings: dict[str, str]) -> int:
        until = settings.get(PIN_LOCKED_UNTIL_KEY)
        if not until:
            return 0
        try:
            failures = int(settings.get(PIN_FAILURES_KEY, "0") or 0)
            left = (dt.datetime.fromisoformat(until) - self._clock()).total_seconds()
        except ValueError:
            return MAX_LOCK_SECONDS
        cap = lock_seconds(failures) or MAX_LOCK_SECONDS  # a clock set back cannot stretch it
        return max(0, math.ceil(min(left, float(cap)) - 1e-9))

    def _wrong(self, session: Session, person_id: int) -> PinCheck:
        locks.hold(session, locks.person_pin(person_id))
        settings = person_repo.settings(session, person_id)
        failures = int(settings.get(PIN_FAILURES_KEY, "0") or 0) + 1
        check, lock = wrong_try(failures)
        values = {PIN_FAILURES_KEY: str(failures)}
        if lock:
            values[PIN_LOCKED_UNTIL_KEY] = (self._clock() + dt.timedelta(seconds=lock)).isoformat()
        person_repo.put_settings(session, person_id, values)
        return check

    # -- per-person settings (daily goal, ...) -------------------------------------
    def settings(self, person_id: int) -> dict[str, str]:
        return self._db.run(lambda s: person_repo.settings(s, _person(s, person_id).id))

    def put_settings(self, person_id: int, values: dict[str, str]) -> None:
        self._db.run(lambda s: person_repo.put_settings(s, _person(s, person_id).id, values))
