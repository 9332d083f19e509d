"""Class lists as teachers bring them: Chinese or English headers, Excel's encodings,
XLSX, typed lines; every problem with its line, nothing half read."""

from __future__ import annotations

import codecs
import io

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipquiz.bank.roster_file import read_roster_file, read_roster_text

CLASS = "学号,姓名,性别\n2023001,王芳,女\n2023002,李雷,男\n2023010,韩梅梅,女\n"
EXPECTED = [("2023001", "王芳"), ("2023002", "李雷"), ("2023010", "韩梅梅")]


def students(data: bytes, **kw: str) -> list[tuple[str | None, str]]:
    read = read_roster_file(data, name="class.csv", **kw)
    assert read.problems == ()
    return [(s.number, s.name) for s in read.students]


def problems(data: bytes) -> list[str]:
    read = read_roster_file(data, name="class.csv")
    assert read.students == () or read.problems
    return [str(p) for p in read.problems]


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("gbk"),  # Excel's "CSV" on Chinese Windows
        lambda t: t.encode("utf-16"),  # "Unicode text" from Excel
        lambda t: t.replace(",", "\t").encode("utf-8"),
        lambda t: t.replace(",", ";").replace("\n", "\r\n").encode("gb18030"),
    ],
    ids=["utf8", "utf8-bom", "gbk", "utf16", "tabs", "semicolons-crlf-gb18030"],
)
def test_every_encoding_and_delimiter_excel_saves_reads_the_same(encode: object) -> None:
    assert students(encode(CLASS)) == EXPECTED  # type: ignore[operator]


def test_english_headers_in_another_order_and_no_header() -> None:
    english = "Name,Gender,Student number\nWang Fang,F,7\nLi Lei,M,8\n"
    assert students(english.encode()) == [("7", "Wang Fang"), ("8", "Li Lei")]
    assert students("1,王芳\n2,李雷\n".encode()) == [("1", "王芳"), ("2", "李雷")]
    assert students("姓名\n王芳\n李雷\n".encode()) == [(None, "王芳"), (None, "李雷")]
    assert students("王芳\n\n李雷\n".encode()) == [(None, "王芳"), (None, "李雷")]


def test_an_xlsx_workbook_is_read_from_its_students_sheet() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "封面"
    sheet.append(["初二(3)班名单"])
    roster = book.create_sheet("花名册")
    roster.append(["序号", "学号", "姓名"])
    roster.append([1, 2023001, "王芳"])  # a number cell, as Excel stores it
    roster.append([2, "2023002", " 李  雷 "])
    roster.append([3, "'=1+2", "'@韩梅梅"])  # neutralised on export, restored on import
    out = io.BytesIO()
    book.save(out)
    assert students(out.getvalue()) == [
        ("2023001", "王芳"),
        ("2023002", "李 雷"),
        ("=1+2", "@韩梅梅"),
    ]


def test_bad_rows_are_named_by_line() -> None:
    text = "学号,姓名\n1,王芳\n1,李雷\n2,\n3,王芳\n4,韩\x07梅梅\n" + "9" * 41 + ",张三\n"
    assert problems(text.encode()) == [
        "class.csv:3: student number 1 is on line 2 too",
        "class.csv:4: a name is needed (the student's name is missing or unusable)",
        "class.csv:5: 王芳 is on line 2 too: two students of a class need names that tell "
        "them apart (add a letter or a number, e.g. 王芳A)",
        "class.csv:6: a name cannot hold control characters (the student's name is missing "
        "or unusable)",
        "class.csv:7: the student number has more than 40 characters",
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "class.csv:1: the class list has no students"),
        (b"\xef\xbb\xbf\n\n", "class.csv:1: the class list has no students"),
        ("学号,姓名\n".encode(), "class.csv:1: the class list has no students"),
        ("学号,性别\n1,女\n".encode(), "no name column"),
        (b"PK\x03\x04broken", "the workbook is damaged"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "Excel workbook"),
        (b"\x00\x01\x02binary", "binary data"),
        ("1,王芳\n".encode("big5", errors="ignore") + b"\xff\xfe\xfa", "not UTF-8 or GB18030"),
    ],
    ids=["empty", "blank", "header-only", "no-name", "zip", "xls", "binary", "undecodable"],
)
def test_files_that_are_no_class_list_say_why(data: bytes, expected: str) -> None:
    found = problems(data)
    assert any(expected in p for p in found), found


def test_typed_lines_take_numbers_names_and_a_header() -> None:
    typed = (
        "学号 姓名\n2023001 王芳\n2023002\t李雷\n2023003，韩梅梅\nJohn Smith\nS-12 Mary Ann Lee\n"
    )
    read = read_roster_text(typed, name="typed list")
    assert read.problems == ()
    assert [(s.number, s.name) for s in read.students] == [
        ("2023001", "王芳"),
        ("2023002", "李雷"),
        ("2023003", "韩梅梅"),
        (None, "John Smith"),
        ("S-12", "Mary Ann Lee"),
    ]
    assert [s.line for s in read.students] == [2, 3, 4, 5, 6]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600) | st.text(max_size=600).map(lambda t: t.encode("utf-8")))
def test_any_bytes_give_students_or_problems_never_an_error(data: bytes) -> None:
    read = read_roster_file(data, name="x.csv")
    assert read.problems or read.students  # always one or the other to say
    for student in read.students:
        assert student.name == " ".join(student.name.split())
        assert student.name
        assert student.number is None or 0 < len(student.number) <= 40
