"""Keeping the database's bank in step with the bundled files, and counting it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ipquiz.bank.bundle import content_hash, read_bank
from ipquiz.bank.problems import Problem
from ipquiz.domain.question import Category, Question
from ipquiz.storage import bank_repo, locks
from ipquiz.storage.database import Database

if TYPE_CHECKING:
    from ipquiz.services.bank_files import ExportReport, ImportReport

log = logging.getLogger(__name__)

BUNDLED = "bundled"


@dataclass(frozen=True, slots=True)
class SyncReport:
    changed: bool
    questions: int
    retired: int
    problems: tuple[Problem, ...]


def sync_bundled_bank(db: Database, folder: Path) -> SyncReport:
    """Load the files into the database when their content hash changed; results untouched."""
    digest = content_hash(folder)
    with db.transaction() as session:
        if bank_repo.get_meta(session, bank_repo.BANK_HASH_KEY) == digest:
            return SyncReport(changed=False, questions=0, retired=0, problems=())
    bank = read_bank(folder)
    for problem in bank.problems:
        log.warning("bundled bank: %s", problem)
    with db.transaction() as session:
        # Stations starting together on a new server: one loads the bank, the others
        # wait here and then find it loaded.
        locks.hold(session, locks.BANK)
        if bank_repo.get_meta(session, bank_repo.BANK_HASH_KEY) == digest:
            return SyncReport(changed=False, questions=0, retired=0, problems=())
        bank_repo.save_categories(session, bank.categories)
        bank_repo.save_questions(session, bank.questions, origin=BUNDLED)
        retired = bank_repo.retire_missing(session, (q.id for q in bank.questions), origin=BUNDLED)
        bank_repo.refresh_strata(session)
        bank_repo.set_meta(session, bank_repo.BANK_HASH_KEY, digest)  # hashed once, above
    log.info("bundled bank synced: %d questions, %d retired", len(bank.questions), retired)
    return SyncReport(True, len(bank.questions), retired, bank.problems)


class BankService:
    """The bank as the window and the commands use it: topics, figures, file import and export."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def categories(self) -> list[tuple[Category, int]]:
        return categories(self._db)

    def stats(self) -> dict[str, Any]:
        return stats(self._db)

    def questions(self) -> list[Question]:
        """Every question the bank can ask (retired ones left out)."""
        with self._db.transaction() as session:
            return bank_repo.all_questions(session)

    def import_file(self, path: Path, **options: Any) -> ImportReport:
        """`options` as for `bank_files.import_file` (format, category, encoding, progress…)."""
        from ipquiz.services.bank_files import import_file

        return import_file(self._db, path, **options)

    def export_file(self, path: Path, **options: Any) -> ExportReport:
        """`options` as for `bank_files.export_file` (format, category, lang…)."""
        from ipquiz.services.bank_files import export_file

        return export_file(self._db, path, **options)


def categories(db: Database) -> list[tuple[Category, int]]:
    with db.transaction() as session:
        return bank_repo.list_categories(session)


def stats(db: Database) -> dict[str, Any]:
    with db.transaction() as session:
        return bank_repo.bank_stats(session)
