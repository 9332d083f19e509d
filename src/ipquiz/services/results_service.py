"""Exporting results for people."""

from __future__ import annotations

from pathlib import Path

from ipquiz.reports.results_csv import export_results_file
from ipquiz.storage import results_repo
from ipquiz.storage.database import Database


def export_results_csv(db: Database, path: Path) -> int:
    """Write every finished attempt's answers to `path`; returns the number of rows."""
    with db.transaction() as session:
        rows = results_repo.finished_rows(session)
    return export_results_file(rows, path)


class ResultsService:
    """Results as the window and the commands export them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def export_csv(self, path: Path) -> int:
        return export_results_csv(self._db, path)
