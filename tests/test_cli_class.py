"""`ipquiz class import|list` as a teacher types them: an Excel class list in, the class out."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from ipquiz.cli import main


def run(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)


def test_an_excel_class_list_is_imported_and_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["学号", "姓名", "性别"], [2023002, "李雷", "男"], [2023001, "王芳", "女"]):
        sheet.append(row)
    path = tmp_path / "初二3班.xlsx"
    book.save(path)
    assert run("class", "import", str(path), "--name", "初二(3)班") == 0
    assert capsys.readouterr().out == "初二(3)班: 2 student(s) added\n"
    assert run("class", "list") == 0
    assert capsys.readouterr().out == "初二(3)班\t2 students\n"
    assert run("class", "list", "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["name"], listed["students"]) == ("初二(3)班", 2)
    assert run("class", "list", "初二(3)班", "--json") == 0
    students = json.loads(capsys.readouterr().out)["students"]
    assert [(s["number"], s["name"]) for s in students] == [
        ("2023001", "王芳"),
        ("2023002", "李雷"),
    ]

    copy = tmp_path / "copy.csv"
    assert run("class", "export", "初二(3)班", "-o", str(copy), "--lang", "zh-CN") == 0
    assert capsys.readouterr().out == f"初二(3)班: 2 student(s) written to {copy}\n"
    assert copy.read_bytes() == "\ufeff学号,姓名\r\n2023001,王芳\r\n2023002,李雷\r\n".encode()

    update = tmp_path / "update.csv"
    update.write_bytes("学号,姓名\n2023001,王芳\n2023003,韩梅梅\n".encode("gbk"))
    assert run("class", "import", str(update), "--name", "初二(3)班") == 0
    captured = capsys.readouterr()
    assert captured.out == "初二(3)班: 1 student(s) added; 1 already in the class\n"
    assert "1 student(s) of the class are not on this list and stay: 李雷" in captured.err


def test_a_bad_list_names_its_lines_and_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("学号,姓名\n1,王芳\n1,李雷\n", encoding="utf-8")
    assert run("class", "import", str(path), "--name", "X") == 1
    err = capsys.readouterr().err
    assert "bad.csv:3: student number 1 is on line 2 too" in err
    assert "nothing imported (1 problem(s))" in err
    assert run("class", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run("class", "list", "X") == 1
    assert "no class is called 'X'" in capsys.readouterr().err
    assert run("class", "export", "X", "-o", str(tmp_path / "x.csv")) == 1
    assert "no class is called 'X'" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
    assert run("class", "import", str(tmp_path / "none.csv"), "--name", "X") == 1
    assert "no such file" in capsys.readouterr().err
