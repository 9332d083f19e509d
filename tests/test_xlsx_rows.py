"""Rows streamed into a workbook's sheet read back as written: text, numbers, formulas
kept as text, characters XML cannot hold dropped."""

from __future__ import annotations

import io

import openpyxl
import pytest

from ipquiz.reports.xlsx_rows import add_rows


def test_rows_read_back() -> None:
    book = openpyxl.Workbook(write_only=True)
    book.create_sheet("first").append(["a"])
    book.create_sheet("second").append(["name", "n", "x"])
    out = io.BytesIO()
    book.save(out)
    rows = [
        ["王<小>明 & co", 3, 1.5],
        ['=HYPERLINK("x")', None, 0],
        ["bell\x07 gone", "", -2.25],
    ]
    data = add_rows(out.getvalue(), 2, rows, first=2)
    sheet = openpyxl.load_workbook(io.BytesIO(data))["second"]
    assert list(sheet.iter_rows(values_only=True)) == [
        ("name", "n", "x"),
        ("王<小>明 & co", 3, 1.5),
        ('\'=HYPERLINK("x")', None, 0),
        ("bell gone", None, -2.25),
    ]
    with pytest.raises(ValueError, match=r"no xl/worksheets/sheet3\.xml"):
        add_rows(out.getvalue(), 3, rows, first=2)
