"""`ipquiz results report` through a real database: the files, the filters, bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest

from ipquiz.cli import main


@pytest.fixture
def played(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    d = str(data_dir)
    assert (
        main(["--data-dir", d, "simulate", "--rounds", "3", "--mode", "exam", "--seed", "2"]) == 0
    )
    assert main(["--data-dir", d, "simulate", "--rounds", "1", "--seed", "5"]) == 0
    capsys.readouterr()
    return data_dir


def report(data_dir: Path, out: Path, *options: str) -> int:
    return main(["--data-dir", str(data_dir), "results", "report", "-o", str(out), *options])


def test_json_and_xlsx(played: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "class.json"
    assert report(played, out, "--mode", "exam") == 0
    assert "report on 3 attempts" in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["scope"]["mode"] == "exam"
    assert len(data["students"]) == 3
    assert all(
        {"question_id", "facility", "item_rest_correlation"} <= q.keys() for q in data["questions"]
    )
    book = tmp_path / "class.data"
    assert report(played, book, "--format", "xlsx", "--lang", "zh-CN") == 0
    assert openpyxl.load_workbook(io.BytesIO(book.read_bytes())).sheetnames[0] == "概要"


def test_bad_input_is_a_message(
    played: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.json"
    assert report(played, out, "--since", "yesterday") == 1
    assert "is not a date" in capsys.readouterr().err
    assert report(played, out, "--since", "2026-05-02", "--until", "2026-05-01") == 1
    assert not out.exists()
    with pytest.raises(SystemExit) as usage:
        report(played, out, "--format", "doc")
    assert usage.value.code == 2
