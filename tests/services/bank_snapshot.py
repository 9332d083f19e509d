"""Every bank row of a test database, to show that an import changed nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

BANK_TABLES = (
    "categories",
    "category_names",
    "questions",
    "question_texts",
    "choices",
    "choice_texts",
    "question_citations",
    "question_images",
    "strata",
)


def snapshot(data_dir: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / "ipquiz.db") as conn:
        return [
            (table, *row)
            for table in BANK_TABLES
            for row in sorted(conn.execute(f"SELECT * FROM {table}"), key=repr)
        ]
