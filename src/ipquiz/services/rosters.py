"""Classes and their rosters: a class is a group, its students kept persons of that group
(services.persons), so a student's attempts, review deck and progress are a profile's.

A class list is imported from a file or typed, whole or not at all. Importing a list
into a class that exists brings it up to date: a student is found by student number
(else by name), renamed if the list spells the name anew, given the number the list
adds; new students are added; nobody is removed (a student's history stays).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ipquiz.bank.interchange import MAX_FILE_BYTES
from ipquiz.bank.problems import Problem
from ipquiz.bank.roster_file import (
    RosterEntry,
    RosterRead,
    read_roster_file,
    read_roster_text,
    write_roster_csv,
    write_roster_xlsx,
)
from ipquiz.domain.persons import (
    GROUP_NAME_MAX,
    ROSTER_NUMBER_MAX,
    Group,
    Person,
    PersonError,
    clean_name,
    same_name,
)
from ipquiz.safe_files import read_limited, write_bytes
from ipquiz.services.clock import Clock, local_now
from ipquiz.services.persons import add_kept
from ipquiz.storage import locks, person_repo
from ipquiz.storage.database import Database, Session

#: How a typed list is named in its problems ("typed list:3: ...").
TYPED = "typed list"


class RosterError(ValueError):
    """A class list that is not imported; `problems` says every reason, by line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True, slots=True)
class ClassSummary:
    group: Group
    students: int


@dataclass(frozen=True, slots=True)
class RosterReport:
    group: Group
    added: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # on the class already, as on the list
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (old, new)
    numbered: list[str] = field(default_factory=list)  # given the number the list has
    not_on_list: list[str] = field(default_factory=list)  # in the class, not on this list


def roster_order(person: Person) -> tuple[int, str, str]:
    """Students by number (2 before 10), those without one last, then by name."""
    number = person.roster_number or ""
    return (0 if number else 1, number.zfill(ROSTER_NUMBER_MAX), person.name.casefold())


class RosterService:
    def __init__(self, db: Database, *, clock: Clock = local_now) -> None:
        self._db = db
        self._clock = clock

    def classes(self) -> list[ClassSummary]:
        """Every class, by name, with its number of students."""

        def work(session: Session) -> list[ClassSummary]:
            return [
                ClassSummary(group, len(person_repo.kept(session, group_id=group.id)))
                for group in person_repo.groups(session)
            ]

        return self._db.run(work)

    def students(self, group_id: int) -> list[Person]:
        people = self._db.run(lambda session: person_repo.kept(session, group_id=group_id))
        return sorted(people, key=roster_order)

    def export(self, group_id: int, path: Path, *, lang: str) -> int:
        """Write the class's roster to `path` (.xlsx: a workbook, else CSV), as it reads
        back in; returns the number of students written."""
        students = [(p.roster_number, p.name) for p in self.students(group_id)]
        write = write_roster_xlsx if path.suffix.lower() == ".xlsx" else write_roster_csv
        write_bytes(path, write(students, lang=lang))
        return len(students)

    def import_file(self, path: Path, *, name: str, encoding: str | None = None) -> RosterReport:
        """Import a CSV or XLSX class list into the class called `name` (made if new)."""
        data = read_limited(path, MAX_FILE_BYTES)
        read = read_roster_file(data, name=path.name, encoding=encoding)
        return self._import(read, name, file=path.name)

    def import_text(self, text: str, *, name: str) -> RosterReport:
        """Import a typed or pasted list (one student a line)."""
        return self._import(read_roster_text(text, name=TYPED), name, file=TYPED)

    def _import(self, read: RosterRead, name: str, *, file: str) -> RosterReport:
        if read.problems:
            raise RosterError(list(read.problems))
        try:
            class_name = clean_name(name, limit=GROUP_NAME_MAX)
        except PersonError as exc:
            raise ValueError(f"the class name: {exc}") from None
        now = self._clock()

        def work(session: Session) -> RosterReport:
            group = person_repo.group_named(session, class_name)
            if group is None:
                group = Group(person_repo.add_group(session, class_name, now=now), class_name)
            locks.hold(session, locks.persons_of(group.id))
            report = RosterReport(group)
            merge = _Merge(session, group, report, file=file)
            problems = [p for entry in read.students if (p := merge.take(entry, now=now))]
            if problems:
                raise RosterError(problems)
            report.not_on_list.extend(p.name for p in merge.left_over())
            return report

        return self._db.run(work)


class _Merge:
    """Brings a class up to date with a list, one entry at a time."""

    def __init__(self, session: Session, group: Group, report: RosterReport, *, file: str) -> None:
        self.session, self.group, self.report, self.file = session, group, report, file
        self.existing = person_repo.kept(session, group_id=group.id)
        self.seen: set[int] = set()

    def _match(self, entry: RosterEntry) -> Person | None:
        if entry.number is not None:
            for person in self.existing:
                if person.roster_number == entry.number:
                    return person
        for person in self.existing:
            if same_name(person.name, entry.name):
                return person
        return None

    def take(self, entry: RosterEntry, *, now: dt.datetime) -> Problem | None:
        person = self._match(entry)
        if person is None:
            added = add_kept(
                self.session,
                entry.name,
                now=now,
                group_id=self.group.id,
                roster_number=entry.number,
            )
            self.existing.append(added)
            self.seen.add(added.id)
            self.report.added.append(added.name)
            return None
        self.seen.add(person.id)
        if entry.number and person.roster_number and person.roster_number != entry.number:
            return Problem(
                self.file,
                entry.line,
                f"{entry.name} is in the class already with student number "
                f"{person.roster_number}, not {entry.number}",
            )
        changes: dict[str, object] = {}
        if person.name != entry.name:
            clash = next(
                (p for p in self.existing if p.id != person.id and same_name(p.name, entry.name)),
                None,
            )
            if clash is not None:
                return Problem(
                    self.file,
                    entry.line,
                    f"{entry.name} is the name of another student of the class "
                    f"(number {clash.roster_number or 'none'})",
                )
            changes["name"] = entry.name
            self.report.renamed.append((person.name, entry.name))
        if entry.number and not person.roster_number:
            changes["roster_number"] = entry.number
            self.report.numbered.append(entry.name)
        if changes:
            person_repo.update_person(self.session, person.id, **changes)
        else:
            self.report.kept.append(person.name)
        return None

    def left_over(self) -> list[Person]:
        return [p for p in self.existing if p.id not in self.seen]
