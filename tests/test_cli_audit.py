"""`ipquiz bank audit`: the shipped bank's questions on a law text not in force on a date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from law_bank import OLD, add_law_topic

from ipquiz.cli import main


def run(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)


def test_the_shipped_bank_cites_no_text_out_of_force(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--data-dir", str(data_dir), "bank", "audit", "--as-of", "2026-12-04") == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["0 question(s) cite a law version not in force on 2026-12-04"]


def test_the_audit_flags_questions_on_the_2019_aucl_from_the_day_it_was_replaced(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "topic"
    folder.mkdir()
    topic = add_law_topic(folder) / "gamma.yaml"
    assert run("--data-dir", str(data_dir), "bank", "import", str(topic)) == 0
    capsys.readouterr()
    base = ("--data-dir", str(data_dir), "bank", "audit")
    assert run(*base, "--as-of", "2025-10-15", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["as_of"] == "2025-10-15"
    flagged = report["questions"]
    assert {row["id"] for row in flagged} == OLD
    assert {row["law"] for row in flagged} == {"aucl@2019"}
    assert {row["replaced_by"] for row in flagged} == {"aucl@2025"}

    assert run(*base, "--as-of", "2025-10-15") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == f"{len(OLD)} question(s) cite a law version not in force on 2025-10-15"
    assert any(": cites aucl@2019; replaced by aucl@2025 on 2025-10-15" in line for line in lines)

    assert run(*base, "--as-of", "2025-10-14", "--json") == 0
    earlier = json.loads(capsys.readouterr().out)["questions"]
    assert all(row["law"] != "aucl@2019" for row in earlier)  # the old text still applied


def test_a_bad_date_is_a_usage_error(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--data-dir", str(data_dir), "bank", "audit", "--as-of", "2025-13-01") == 2
    assert "is not a date (YYYY-MM-DD)" in capsys.readouterr().err
