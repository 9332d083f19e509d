"""`ipquiz results export` and `ipquiz simulate` through a real database."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from simulate_cli import play_rounds

from ipquiz.cli import main
from ipquiz.config import resolve_locations
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import open_services


def export(data_dir: Path, out: Path, *options: str) -> list[dict[str, str]]:
    assert main(["--data-dir", str(data_dir), "results", "export", "-o", str(out), *options]) == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def played(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Two exam rounds and one practice round, each finished by `simulate`."""
    play_rounds(data_dir, exam_rounds=2, exam_seed=1)
    capsys.readouterr()
    return data_dir


def test_simulate_finishes_what_it_starts(played: Path, tmp_path: Path) -> None:
    rows = export(played, tmp_path / "all.csv", "--lang", "en")
    assert {r["attempt"] for r in rows} == {"1", "2", "3"}
    assert {r["status"] for r in rows} == {"finished"}
    assert len(rows) == 20 + 20 + 10  # every planned question is a row


def test_filters(played: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.csv"
    today = dt.date.today()
    attempts = lambda *o: {r["attempt"] for r in export(played, out, "--lang", "en", *o)}  # noqa: E731
    assert attempts("--mode", "exam") == {"1", "2"}
    assert attempts("--mode", "practice") == {"3"}
    assert attempts("--player", "SIM-1") == {"2"}
    assert attempts("--since", str(today)) == {"1", "2", "3"}
    assert attempts("--until", str(today)) == {"1", "2", "3"}  # a date takes the whole day
    assert attempts("--since", str(today + dt.timedelta(days=1))) == set()
    assert attempts("--until", str(today - dt.timedelta(days=1))) == set()
    assert attempts("--status", "abandoned") == set()
    assert "rows written" in capsys.readouterr().out


def test_abandoned_attempts_on_request(played: Path, tmp_path: Path) -> None:
    services = open_services(resolve_locations(data_dir=str(played)))
    try:
        active = services.quiz.start(spec=QuizSpec(count=3, seed=2), lang="en", player="Lin")
        services.quiz.answer(active, frozenset({0}), elapsed_ms=1_000)
        services.quiz.abandon(active)
    finally:
        services.close()
    rows = export(played, tmp_path / "a.csv", "--status", "abandoned", "--lang", "en")
    assert {r["player"] for r in rows} == {"Lin"}
    assert len(rows) == 3
    assert {r["status"] for r in rows} == {"abandoned"}
    assert [r["result"] for r in rows][1:] == ["no answer", "no answer"]
    every = export(played, tmp_path / "b.csv", "--status", "all", "--lang", "en")
    assert len({r["attempt"] for r in every}) == 4


def test_xlsx_by_file_name_and_chinese_words(played: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    args = ["--data-dir", str(played), "--lang", "zh-CN", "results", "export", "-o", str(out)]
    assert main([*args, "--mode", "practice"]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet.max_row == 11
    assert sheet["A1"].value == "答卷编号"
    assert {c.value for c in sheet["C"][1:]} == {"练习"}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--since", "yesterday"], "is not a date"),
        (["--since", "2026-05-02", "--until", "2026-05-01"], "is not after"),
    ],
)
def test_bad_filters_are_one_line(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    message: str,
) -> None:
    out = str(tmp_path / "r.csv")
    assert main(["--data-dir", str(data_dir), "results", "export", "-o", out, *options]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
