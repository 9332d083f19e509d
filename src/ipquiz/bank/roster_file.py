"""Class lists: a CSV or XLSX file (student number, name) or lines typed in the window;
and a class's roster written back as such a file.

Headers may be Chinese or English (学号/姓名, Student number/Name, …) in any order, with
other columns (性别, 班级…) ignored; without a header, a line is "number, name" or a name
alone. Text files may be UTF-8 (with or without a BOM), GBK/GB18030 as Excel and WPS save
on Chinese Windows, Big5 or UTF-16. Every problem names its line (the header is line 1);
a file with any problem is refused whole, so a class is never half imported.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ipquiz.bank.interchange import ReadCollector
from ipquiz.bank.problems import Problem
from ipquiz.bank.spreadsheet import csv_rows, decode_csv, xlsx_rows
from ipquiz.domain.persons import ROSTER_NUMBER_MAX, PersonError, clean_name
from ipquiz.domain.spreadsheet_cells import neutralize, restore

#: A school's class holds tens of students; a year group some hundreds.
MAX_STUDENTS = 2000
NUMBER_HEADERS = frozenset(
    {
        "学号",
        "学生编号",
        "学籍号",
        "编号",
        "考号",
        "number",
        "no",
        "no.",
        "student number",
        "student no",
        "student no.",
        "student id",
        "id",
        "roster number",
    }
)
NAME_HEADERS = frozenset(
    {"姓名", "名字", "学生姓名", "学生", "name", "student", "student name", "full name"}
)
SHEETS = ("students", "roster", "学生", "名单", "花名册")
_NUMBER_LIKE = re.compile(r"[0-9A-Za-z][0-9A-Za-z\-_/.]*")


@dataclass(frozen=True, slots=True)
class RosterEntry:
    line: int
    name: str
    number: str | None


@dataclass(frozen=True, slots=True)
class RosterRead:
    students: tuple[RosterEntry, ...]
    problems: tuple[Problem, ...]


def _header_key(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").split()).casefold().rstrip(":：")


def read_roster_file(data: bytes, *, name: str, encoding: str | None = None) -> RosterRead:
    """A class list file's students; XLSX by its content, anything else as CSV text."""
    collector = ReadCollector(name)
    if data.startswith(b"PK\x03\x04"):
        rows = xlsx_rows(data, collector, sheets=SHEETS)
    else:
        text = decode_csv(data, encoding, collector)
        rows = csv_rows(text, collector) if text is not None else None
    if rows is None:
        return RosterRead((), tuple(collector.problems))
    return _read_rows(rows, name)


def read_roster_text(text: str, *, name: str) -> RosterRead:
    """Lines typed or pasted: "number name", "number, name", "number<TAB>name" or a name;
    a header line (学号 姓名) may come first."""
    rows: list[tuple[int, list[str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        cells = [c for c in re.split(r"\t|,|，|;|；", line) if c.strip()]
        if len(cells) == 1:
            first, _, rest = cells[0].strip().partition(" ")
            keys = {_header_key(first), _header_key(rest)}
            looks_numbered = _NUMBER_LIKE.fullmatch(first) and any(ch.isdigit() for ch in first)
            if rest.strip() and (looks_numbered or keys & NUMBER_HEADERS):
                cells = [first, rest]
        rows.append((number, cells))
    return _read_rows(rows, name)


def _columns(header: Sequence[str]) -> tuple[int | None, int | None]:
    keys = [_header_key(c) for c in header]
    number = next((i for i, k in enumerate(keys) if k in NUMBER_HEADERS), None)
    name = next((i for i, k in enumerate(keys) if k in NAME_HEADERS), None)
    return number, name


def _read_rows(rows: list[tuple[int, list[str]]], file: str) -> RosterRead:
    problems: list[Problem] = []
    filled = [(n, [restore(c).strip() for c in cells]) for n, cells in rows]
    filled = [(n, cells) for n, cells in filled if any(cells)]
    if not filled:
        return RosterRead((), (Problem(file, 1, "the class list has no students"),))
    first_line, header = filled[0]
    number_col, name_col = _columns(header)
    if name_col is not None:
        body = filled[1:]
    elif number_col is not None:
        problem = "the header has a student number column but no name column (姓名 / Name)"
        return RosterRead((), (Problem(file, first_line, problem),))
    else:  # no header: "number, name" or a name alone
        body = filled
    if len(body) > MAX_STUDENTS:
        problem = f"{len(body)} students; a class list holds at most {MAX_STUDENTS}"
        return RosterRead((), (Problem(file, first_line, problem),))
    students: list[RosterEntry] = []
    by_number: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for line, cells in body:
        if name_col is not None and len(cells) == 1 and not _NUMBER_LIKE.fullmatch(cells[0]):
            raw_number, raw_name = "", cells[0]  # a name alone under a two-column header
        elif name_col is not None:
            raw_name = cells[name_col] if name_col < len(cells) else ""
            raw_number = (
                cells[number_col] if number_col is not None and number_col < len(cells) else ""
            )
        elif len(cells) >= 2:
            raw_number, raw_name = cells[0], " ".join(cells[1:])
        else:
            raw_number, raw_name = "", cells[0]
        try:
            name = clean_name(raw_name)
        except PersonError as exc:
            problems.append(
                Problem(file, line, f"{exc} (the student's name is missing or unusable)")
            )
            continue
        number = raw_number or None
        if number is not None and len(number) > ROSTER_NUMBER_MAX:
            problems.append(
                Problem(
                    file, line, f"the student number has more than {ROSTER_NUMBER_MAX} characters"
                )
            )
            continue
        if number is not None and number in by_number:
            problems.append(
                Problem(file, line, f"student number {number} is on line {by_number[number]} too")
            )
            continue
        key = " ".join(name.split()).casefold()
        if key in by_name:
            other_line = by_name[key]
            problems.append(
                Problem(
                    file,
                    line,
                    f"{name} is on line {other_line} too: two students of a class need names "
                    "that tell them apart (add a letter or a number, e.g. 王芳A)",
                )
            )
            continue
        if number is not None:
            by_number[number] = line
        by_name[key] = line
        students.append(RosterEntry(line, name, number))
    if not students and not problems:
        problems.append(Problem(file, first_line, "the class list has no students"))
    return RosterRead(tuple(students), tuple(problems))


# --- writing -----------------------------------------------------------------------

#: The header a written class list has, per language (both read back).
WRITTEN_HEADERS = {"zh-CN": ("学号", "姓名"), "en": ("Student number", "Name")}


def _rows(students: Sequence[tuple[str | None, str]], lang: str) -> list[list[str]]:
    header = list(WRITTEN_HEADERS.get(lang, WRITTEN_HEADERS["en"]))
    return [header] + [[neutralize(number or ""), neutralize(name)] for number, name in students]


def write_roster_csv(students: Sequence[tuple[str | None, str]], *, lang: str) -> bytes:
    """(student number, name) rows as CSV in UTF-8 with a BOM (Excel and WPS show the
    Chinese); cells Excel would run as formulas are neutralised."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(_rows(students, lang))
    return out.getvalue().encode("utf-8-sig")


def write_roster_xlsx(students: Sequence[tuple[str | None, str]], *, lang: str) -> bytes:
    """The same as a workbook: one sheet, a bold frozen header, numbers kept as text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook always has one worksheet
    sheet.title = "students"
    for row in _rows(students, lang):
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cell in sheet["A"]:
        cell.number_format = "@"  # 2023001 stays text, 007 keeps its zeros
    sheet.freeze_panes = "A2"
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 24
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
