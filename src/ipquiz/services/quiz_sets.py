"""Quiz sets a teacher shapes, keeps, and carries to another PC; and the bank browser
their questions are hand-picked from (read-only).

The window's home and exam screens and the command line use the same sets.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ipquiz.assets import bank_dir
from ipquiz.bank.law_registry import load_registry
from ipquiz.bank.set_file import CONTROL, MAX_BYTES, MAX_NAME, read_sets, write_sets
from ipquiz.domain.bank_query import BankPage, BankQuery
from ipquiz.domain.laws import NO_LAW
from ipquiz.domain.question import Question
from ipquiz.domain.spec import QuizSpec
from ipquiz.safe_files import read_limited, write_bytes
from ipquiz.services.clock import Clock, local_now
from ipquiz.storage import bank_repo, browse_repo, spec_repo
from ipquiz.storage.database import Database, Session


class UnknownSetError(LookupError):
    """No saved set has this name."""


@dataclass(frozen=True, slots=True)
class SetImportReport:
    """What an import did with each set of the file (by the name it is saved under)."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (name in file, saved as)
    unchanged: list[str] = field(default_factory=list)  # already here, the same
    #: Hand-picked questions this bank does not have (import the questions too), by set.
    missing_questions: dict[str, int] = field(default_factory=dict)
    #: Topics this bank does not have, by set.
    missing_topics: dict[str, list[str]] = field(default_factory=dict)

    @property
    def saved(self) -> list[str]:
        return [*self.added, *self.replaced, *(new for _, new in self.renamed)]


class QuizSetService:
    def __init__(self, db: Database, *, clock: Clock = local_now) -> None:
        self._db = db
        self._clock = clock

    # -- the saved sets ------------------------------------------------------------
    def sets(self) -> list[QuizSpec]:
        """Every saved set, by name."""
        return self._db.run(_all_sets)

    def save(self, spec: QuizSpec, *, replacing: str = "") -> QuizSpec:
        """Save `spec` under its name (a set of that name is replaced); `replacing` names
        the set it was edited from, which goes if the name changed."""
        spec = _named(spec)
        raw, now = json.dumps(spec.to_dict()), self._clock()

        def work(session: Session) -> None:
            if replacing and replacing != spec.name:
                spec_repo.remove(session, replacing)
            spec_repo.save(session, spec.name, raw, now=now)

        self._db.run(work)
        return spec

    def delete(self, name: str) -> None:
        if not self._db.run(lambda session: spec_repo.remove(session, name)):
            raise UnknownSetError(f"no quiz set is called {name!r}")

    # -- files ---------------------------------------------------------------------
    def export(self, path: Path, *, names: Sequence[str] = ()) -> list[QuizSpec]:
        """Write the named sets (all when none are named) to `path`; returns them."""
        saved = {spec.name: spec for spec in self.sets()}
        unknown = [n for n in names if n not in saved]
        if unknown:
            raise UnknownSetError(f"no quiz set is called {', '.join(map(repr, unknown))}")
        chosen = [saved[n] for n in dict.fromkeys(names)] if names else list(saved.values())
        if not chosen:
            raise UnknownSetError("there is no saved quiz set to export")
        write_bytes(path, write_sets(chosen))
        return chosen

    def import_file(self, path: Path, *, replace: bool = False) -> SetImportReport:
        """Read a set file (SetFileError if it is not a valid one: nothing is saved) and
        save all its sets in one transaction. A set whose name is taken by a different
        set is saved under a new name, or replaces it with `replace`."""
        specs = read_sets(read_limited(path, MAX_BYTES))
        now = self._clock()

        def work(session: Session) -> SetImportReport:
            report = SetImportReport()
            here = {spec.name: spec for spec in _all_sets(session)}
            topics = {c.id for c, _ in bank_repo.list_categories(session)}
            for spec in specs:
                name = spec.name
                if same := _copy_of(spec, here, renamed_too=not replace):
                    report.unchanged.append(same)
                    continue
                if name in here and not replace:
                    spec = dataclasses.replace(spec, name=_free_name(name, here))
                    report.renamed.append((name, spec.name))
                elif name in here:
                    report.replaced.append(name)
                else:
                    report.added.append(name)
                spec_repo.save(session, spec.name, json.dumps(spec.to_dict()), now=now)
                here[spec.name] = spec
                missing = len(spec.question_ids) - len(
                    bank_repo.active_ids(session, spec.question_ids)
                )
                if missing:
                    report.missing_questions[spec.name] = missing
                if absent := [c for c in spec.categories if c not in topics]:
                    report.missing_topics[spec.name] = absent
            return report

        return self._db.run(work)

    # -- the bank browser ----------------------------------------------------------
    def search(self, query: BankQuery) -> BankPage:
        return self._db.run(lambda session: browse_repo.search(session, query))

    def questions(self, ids: Sequence[str]) -> list[Question]:
        """The hand-picked questions the bank has, in the picked order."""
        return self._db.run(lambda session: bank_repo.load_questions(session, ids))

    def tags(self) -> list[str]:
        return self._db.run(browse_repo.tags)

    def laws(self, lang: str) -> list[tuple[str, str]]:
        """The law versions the bank's questions cite, as (key, title in `lang`) by title;
        "none" (no statute: an official page) comes last."""
        keys = self._db.run(browse_repo.cited_laws)
        registry = load_registry(bank_dir()).registry
        titled = []
        for key in keys:
            version = registry.version(key)
            titled.append((key, version.title(lang) if version is not None else key))
        return sorted(titled, key=lambda pair: (pair[0] == NO_LAW, pair[1]))


def _all_sets(session: Session) -> list[QuizSpec]:
    return [QuizSpec.from_dict(json.loads(raw)) for raw in spec_repo.all_json(session)]


def _named(spec: QuizSpec) -> QuizSpec:
    name = " ".join(spec.name.split())
    if not name:
        raise ValueError("a saved quiz set needs a name")
    if CONTROL.search(name):
        raise ValueError("a quiz set's name is one line of plain text")
    if len(name) > MAX_NAME:
        raise ValueError(f"a quiz set's name has at most {MAX_NAME} characters")
    return dataclasses.replace(spec, name=name)


def _copy_of(spec: QuizSpec, saved: dict[str, QuizSpec], *, renamed_too: bool) -> str:
    """The name `spec` is already saved under (its own, or `name (2)`… ), or ""."""
    for name, other in saved.items():
        renamed = renamed_too and name.startswith(spec.name + " (") and name.endswith(")")
        if (name == spec.name or renamed) and dataclasses.replace(spec, name=name) == other:
            return name
    return ""


def _free_name(name: str, taken: dict[str, QuizSpec]) -> str:
    """`name (2)`, `name (3)`… : the first one not taken, within the length limit."""
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = name[: MAX_NAME - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        number += 1
