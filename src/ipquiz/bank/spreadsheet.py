"""Spreadsheets (CSV and XLSX): one row per question, a template teachers fill in
Excel or WPS. docs/spreadsheet-template.md documents the columns.

A row fills the Chinese columns, the English columns or both; the answer is given
once, by letter, so the languages cannot disagree. Headers may be English or
Chinese, in any order. Every problem names the row (the header is row 1) and the
column as the file spells it.

Writing puts every language a question has into its own columns (a row has room
for both); `lang` only decides which category names are written. Not carried:
partial-credit weights, per-choice feedback, `source_url` and `checked`. Choices
cannot be empty (an empty cell ends the choices), tags cannot hold commas or
semicolons, and there are at most eight choices (the template shows six).
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Mapping, Sequence

from ipquiz.bank.interchange import MAX_FILE_BYTES, ReadCollector, ReadResult, decode_text
from ipquiz.bank.spreadsheet_columns import (
    COLUMNS,
    HEADERS,
    SUFFIX,
    TEMPLATE_CHOICES,
    Column,
    columns,
    norm,
)
from ipquiz.bank.spreadsheet_rows import read_rows
from ipquiz.domain.language import LANGUAGES
from ipquiz.domain.laws import citations_text
from ipquiz.domain.question import CHOICE_LETTERS, Category, Question, QuestionType, letters
from ipquiz.domain.spreadsheet_cells import neutralize

__all__ = [
    "COLUMNS",
    "Column",
    "columns",
    "csv_rows",
    "decode_csv",
    "read_csv",
    "read_xlsx",
    "write_csv",
    "write_xlsx",
    "xlsx_rows",
]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the pre-2007 .xls format
#: A workbook unpacks to about ten times its size; far more is a zip bomb.
_MAX_UNPACKED = 16 * MAX_FILE_BYTES
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# --- reading -----------------------------------------------------------------------


def read_csv(
    data: bytes, *, name: str, category: str | None = None, encoding: str | None = None
) -> ReadResult:
    collector = ReadCollector(name)
    text = decode_csv(data, encoding, collector)
    if text is not None:
        rows = csv_rows(text, collector)
        if rows is not None:
            read_rows(rows, collector, category)
    return collector.result()


def read_xlsx(
    data: bytes, *, name: str, category: str | None = None, encoding: str | None = None
) -> ReadResult:
    """`encoding` is ignored: a workbook says its own."""
    collector = ReadCollector(name)
    rows = xlsx_rows(data, collector)
    if rows is not None:
        read_rows(rows, collector, category)
    return collector.result()


def decode_csv(data: bytes, encoding: str | None, c: ReadCollector) -> str | None:
    """CSV text in any encoding Excel, WPS or Notepad save (see decode_text); None with a
    problem recorded for a workbook or a file that is not text."""
    if data.startswith(b"PK\x03\x04") or data.startswith(_OLE_MAGIC):
        c.problem(1, "this is an Excel workbook, not CSV text: import it as .xlsx")
        return None
    return decode_text(data, c, encoding=encoding, kind="CSV")


def csv_rows(text: str, c: ReadCollector) -> list[tuple[int, list[str]]] | None:
    """Numbered rows; the delimiter from Excel's `sep=` line or the first line's cells."""
    first, _, rest = text.partition("\n")
    delimiter = None
    if re.fullmatch(r"sep=.\r?", first, flags=re.IGNORECASE):  # Excel's delimiter hint line
        delimiter, text = first[4], rest
    delimiter = delimiter or _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        for number, row in enumerate(reader, start=1):
            rows.append((number, row))
    except csv.Error as exc:
        c.problem(len(rows) + 1, f"not valid CSV: {exc}")
        return None
    return rows


def _sniff(text: str) -> str:
    """The delimiter that makes the most known headers of the first non-empty line."""
    line = next((ln for ln in text[:65536].splitlines() if ln.strip()), "")

    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([line], delimiter=delimiter), [])
        return sum(norm(h) in HEADERS for h in cells), len(cells)

    return max((",", ";", "\t"), key=score)


def xlsx_rows(
    data: bytes, c: ReadCollector, *, sheets: tuple[str, ...] = ("questions", "题目")
) -> list[tuple[int, list[str]]] | None:
    """The cells of the first of `sheets` the workbook has (else its first sheet) as text,
    numbered rows; None with a problem recorded if the file is not a sound workbook."""
    if len(data) > MAX_FILE_BYTES:
        c.problem(1, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
        return None
    if data.startswith(_OLE_MAGIC):
        c.problem(1, "this is an old .xls workbook: save it as .xlsx (Excel Workbook) or CSV")
        return None
    if not data.startswith(b"PK\x03\x04"):
        c.problem(1, "not an Excel .xlsx workbook (it is not a zip file)")
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        c.problem(1, f"the workbook is damaged or cut short: {exc}")
        return None
    if "[Content_Types].xml" not in {m.filename for m in members}:
        c.problem(1, "a zip file, but not an Excel .xlsx workbook")
        return None
    if sum(m.file_size for m in members) > _MAX_UNPACKED:
        c.problem(1, "the workbook unpacks to far more data than a question sheet holds")
        return None
    import openpyxl  # only here: start-up should not pay for it

    try:
        # A damaged workbook can fail anywhere inside openpyxl, with many exception
        # types; whatever it raises is a problem with the file, so it is reported.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. "no default style": harmless here
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                if not book.worksheets:
                    c.problem(1, "the workbook has no worksheet")
                    return None
                by_title = {s.title.strip().casefold(): s for s in book.worksheets}
                sheet = next((by_title[n] for n in sheets if n in by_title), book.worksheets[0])
                sheet.reset_dimensions()  # trust the cells, not a size the file claims
                values = sheet.iter_rows(values_only=True)
                return [(n, [_cell_text(v) for v in row]) for n, row in enumerate(values, 1)]
            finally:
                book.close()
    except Exception as exc:
        c.problem(1, f"cannot read the workbook: {type(exc).__name__}: {exc}")
        return None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores every number as a float: 2.0 means 2
    return str(value)


# --- writing -----------------------------------------------------------------------


def write_csv(
    questions: Sequence[Question], categories: Mapping[str, Category], *, lang: str
) -> bytes:
    """UTF-8 with a BOM, which Excel and WPS need to show Chinese text in a CSV file."""
    _, rows = _table(questions, categories, lang)
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([[neutralize(v) for v in r] for r in rows])
    return out.getvalue().encode("utf-8-sig")


def write_xlsx(
    questions: Sequence[Question], categories: Mapping[str, Category], *, lang: str
) -> bytes:
    """A workbook with a bold, frozen header, sized columns and drop-downs for type and difficulty."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    cols, rows = _table(questions, categories, lang)
    book = Workbook()
    book.properties.creator = "ipquiz"
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook always has one worksheet
    sheet.title = "questions"
    for row in rows:
        sheet.append([_xlsx_value(v) for v in row])
    bold, top = Font(bold=True), Alignment(vertical="top", wrap_text=True)
    for cell in sheet[1]:
        cell.font = bold
    for data_row in sheet.iter_rows(min_row=2):
        for cell in data_row:
            cell.alignment = top
    sheet.freeze_panes = "A2"
    for number, col in enumerate(cols, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = col.width
    keys = [col.key for col in cols]
    last = max(len(rows), 1000)
    for key, options in (
        ("type", "single,multiple,true_false,单选,多选,判断"),
        ("difficulty", "1,2,3"),
    ):
        letter = get_column_letter(keys.index(key) + 1)
        # A suggestion list only: other spellings the reader accepts stay allowed.
        menu = DataValidation(
            type="list", formula1=f'"{options}"', allow_blank=True, showErrorMessage=False
        )
        menu.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(menu)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_value(value: str | int) -> str | int:
    """Neutralised text without the control characters XML cannot hold."""
    if isinstance(value, str):
        return neutralize(_XML_ILLEGAL.sub("", value))
    return value


def _table(
    questions: Sequence[Question], categories: Mapping[str, Category], lang: str
) -> tuple[tuple[Column, ...], list[list[str | int]]]:
    """The header and one row per question; choice columns beyond F only when needed."""
    most = max(
        (q.choice_count for q in questions if q.type is not QuestionType.TRUE_FALSE), default=0
    )
    if most > len(CHOICE_LETTERS):
        raise ValueError(f"a spreadsheet row holds at most {len(CHOICE_LETTERS)} choices")
    cols = columns(max(TEMPLATE_CHOICES, most))
    rows: list[list[str | int]] = [[col.key for col in cols]]
    for q in questions:
        cells = _row(q, categories, lang)
        rows.append([cells.get(col.key, "") for col in cols])
    return cols, rows


def _row(q: Question, categories: Mapping[str, Category], lang: str) -> dict[str, str | int]:
    category = categories.get(q.category)
    if q.type is QuestionType.TRUE_FALSE:
        answer = "true" if 0 in q.correct else "false"
    else:
        answer = letters(q.correct)
    cells: dict[str, str | int] = {
        "id": q.id,
        "category": category.name(lang) if category else q.category,
        "type": q.type.value,
        "difficulty": q.difficulty,
        "answer": answer,
        "tags": ", ".join(q.tags),
        "jurisdiction": q.jurisdiction,
        "law": citations_text(q.citations),
    }
    for text_lang in LANGUAGES:
        text = q.texts.get(text_lang)
        if text is None:
            continue
        s = SUFFIX[text_lang]
        cells[f"prompt_{s}"] = text.prompt
        for x, choice in zip(CHOICE_LETTERS, text.choices, strict=False):
            cells[f"choice_{x.lower()}_{s}"] = choice
        cells[f"explanation_{s}"] = text.explanation
        cells[f"source_{s}"] = text.source
    return cells
