"""Results as an XLSX workbook: the CSV's columns, with real dates and numbers.

The header is bold and frozen, columns are sized for their content, long texts wrap.
Text is neutralised against formula injection as in the CSV, and characters that
XML cannot hold are dropped (openpyxl would refuse the whole file otherwise). The
sheet is streamed (openpyxl's write-only mode), so memory stays flat however many rows.
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


def _display_width(text: str) -> int:
    """Chinese characters take two columns' worth of width."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in text)


def results_xlsx(rows: Iterable[ExportRow], *, lang: str) -> tuple[bytes, int]:
    """The workbook's bytes and the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    book.properties.creator = "ipquiz"
    sheet = book.create_sheet("结果" if lang == "zh-CN" else "results")
    titles = headers(lang)
    for number, (column, title) in enumerate(zip(COLUMNS, titles, strict=True), start=1):
        width = max(column.width, _display_width(title) + 2)
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    bold, wrap = Font(bold=True), Alignment(vertical="top", wrap_text=True)
    header = []
    for title in titles:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    wrapped = [c.key in WRAPPED for c in COLUMNS]

    def styled(value: Cell, wraps: bool) -> object:
        if isinstance(value, str):
            value = neutralize(ILLEGAL_CHARACTERS_RE.sub("", value))
            if not wraps:
                return value
            cell = WriteOnlyCell(sheet, value=value)
            cell.alignment = wrap
            return cell
        if isinstance(value, dt.datetime):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = DATE_FORMAT
            return cell
        return value

    count = 0
    for row in rows:
        sheet.append([styled(v, w) for v, w in zip(cells(row, lang), wrapped, strict=True)])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), count
