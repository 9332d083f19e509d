"""Exporting results for people: the attempts a filter picks, as CSV or XLSX."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from ipquiz.domain.question import Question
from ipquiz.domain.results import ResultFilter, StoredAttempt
from ipquiz.reports.result_rows import export_rows
from ipquiz.reports.results_csv import write_results_csv
from ipquiz.reports.results_xlsx import results_xlsx
from ipquiz.safe_files import atomic_text, write_bytes
from ipquiz.storage import bank_repo, results_repo
from ipquiz.storage.database import Database


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    @classmethod
    def for_path(cls, path: Path) -> ExportFormat:
        """XLSX for a .xlsx name, CSV for anything else."""
        return cls.XLSX if path.suffix.lower() == ".xlsx" else cls.CSV


def _questions(db: Database, attempts: Sequence[StoredAttempt]) -> dict[str, Question]:
    with db.transaction() as session:
        return bank_repo.questions_by_id(session, (i.question_id for a in attempts for i in a.plan))


def export_results(
    db: Database,
    path: Path,
    *,
    scope: ResultFilter | None = None,
    lang: str,
    fmt: ExportFormat | None = None,
) -> int:
    """Write the attempts `scope` picks to `path`; returns the number of rows written."""
    with db.transaction() as session:
        attempts = results_repo.attempts_matching(session, scope or ResultFilter())
    rows = export_rows(attempts, _questions(db, attempts))
    if (fmt or ExportFormat.for_path(path)) is ExportFormat.XLSX:
        data, count = results_xlsx(rows, lang=lang)
        write_bytes(path, data)
        return count
    with atomic_text(path, encoding="utf-8-sig", newline="") as out:
        return write_results_csv(rows, out, lang=lang)


class ResultsService:
    """Results as the window and the commands export them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def export(
        self,
        path: Path,
        *,
        scope: ResultFilter | None = None,
        lang: str,
        fmt: ExportFormat | None = None,
    ) -> int:
        """Write the attempts `scope` picks (every finished one by default) to `path`."""
        return export_results(self._db, path, scope=scope, lang=lang, fmt=fmt)

    def attempts(self, scope: ResultFilter | None = None) -> list[StoredAttempt]:
        """The attempts `scope` picks (every finished one by default), oldest first,
        with every answer."""
        return self._db.run(
            lambda session: results_repo.attempts_matching(session, scope or ResultFilter())
        )
