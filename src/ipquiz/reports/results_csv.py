"""Results as CSV: UTF-8 with BOM so Excel shows Chinese, one row per answer."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from ipquiz.domain.results import ResultRow
from ipquiz.domain.spreadsheet_cells import neutralize
from ipquiz.safe_files import atomic_text

COLUMNS = (
    "attempt",
    "player",
    "started_at",
    "finished_at",
    "mode",
    "language",
    "question_id",
    "category",
    "answer_given",
    "correct",
    "points",
    "seconds",
)


def write_results(rows: Iterable[ResultRow], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for r in rows:
        writer.writerow(
            neutralize(v)
            for v in (
                r.attempt_id,
                r.player,
                r.started_at,
                r.finished_at,
                r.mode,
                r.lang,
                r.question_id,
                r.category,
                r.answer,
                "yes" if r.correct else "no",
                f"{r.points:g}",
                f"{r.seconds:g}",
            )
        )
        count += 1
    return count


def export_results_file(rows: Iterable[ResultRow], path: Path) -> int:
    """Write to `path` atomically (a temp file renamed), so a crash leaves no half file."""
    with atomic_text(path, encoding="utf-8-sig", newline="") as out:
        return write_results(rows, out)
