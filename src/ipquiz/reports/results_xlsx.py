"""Results as an XLSX workbook: the CSV's columns, with real dates and numbers.

The header is bold and frozen, columns are sized for their content, long texts wrap.
Text is neutralised against formula injection as in the CSV, and characters that
XML cannot hold are dropped (openpyxl would refuse the whole file otherwise).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable

from ipquiz.domain.spreadsheet_cells import neutralize
from ipquiz.reports.result_columns import COLUMNS, Cell, cells, headers
from ipquiz.reports.result_rows import ExportRow

DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"
WRAPPED = frozenset({"question", "answer_given_text", "correct_answer_text"})


def _value(value: Cell) -> Cell:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        return neutralize(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def _display_width(text: str) -> int:
    """Chinese characters take two columns' worth of width."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in text)


def results_xlsx(rows: Iterable[ExportRow], *, lang: str) -> tuple[bytes, int]:
    """The workbook's bytes and the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook()
    book.properties.creator = "ipquiz"
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook always has one worksheet
    sheet.title = "结果" if lang == "zh-CN" else "results"
    sheet.append(headers(lang))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    count = 0
    for row in rows:
        sheet.append([_value(v) for v in cells(row, lang)])
        count += 1
    wrap = Alignment(vertical="top", wrap_text=True)
    top = Alignment(vertical="top")
    for number, (column, title) in enumerate(zip(COLUMNS, headers(lang), strict=True), start=1):
        letter = get_column_letter(number)
        sheet.column_dimensions[letter].width = max(column.width, _display_width(title) + 2)
        for (cell,) in sheet.iter_rows(min_row=2, min_col=number, max_col=number):
            cell.alignment = wrap if column.key in WRAPPED else top
            if isinstance(cell.value, dt.datetime):
                cell.number_format = DATE_FORMAT
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), count
