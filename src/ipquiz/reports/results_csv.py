"""Results as CSV: UTF-8 with BOM so Excel shows Chinese, one row per planned question."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from typing import IO

from ipquiz.domain.spreadsheet_cells import neutralize
from ipquiz.reports.result_columns import Cell, cells, headers
from ipquiz.reports.result_rows import ExportRow

#: What Excel and LibreOffice read back as a date and time.
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"


def csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime(DATE_FORMAT)
    if isinstance(value, float):
        return f"{value:g}"
    return str(neutralize(value)) if isinstance(value, str) else str(value)


def write_results_csv(rows: Iterable[ExportRow], out: IO[str], *, lang: str) -> int:
    """Write the header and `rows` to `out`; returns the number of rows."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers(lang))
    count = 0
    for row in rows:
        writer.writerow(csv_text(v) for v in cells(row, lang))
        count += 1
    return count
