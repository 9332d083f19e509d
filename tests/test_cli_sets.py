"""`ipquiz sets list|export|import` as a user types them, from one PC's database to another's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipquiz.cli import main
from ipquiz.config import resolve_locations
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import open_services

SET = QuizSpec.exam(
    name="Class 7 · 专利", categories=("patents",), count=12, total_seconds=600, pass_mark=0.8
)


def run(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)


def test_sets_travel_from_one_pc_to_another(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, path = tmp_path / "first", tmp_path / "second", tmp_path / "sets.json"
    services = open_services(resolve_locations(data_dir=str(first)))
    try:
        services.sets.save(SET)
    finally:
        services.close()
    assert run("--data-dir", str(first), "sets", "list") == 0
    line = capsys.readouterr().out.strip()
    assert (
        line == "Class 7 · 专利\texam; 12 drawn questions; topics patents; 10 min in all; "
        "scoring accuracy; pass 80 %"
    )
    assert run("--data-dir", str(first), "sets", "export", SET.name, "-o", str(path)) == 0
    assert "1 quiz set(s) written" in capsys.readouterr().out

    assert run("--data-dir", str(second), "sets", "import", str(path)) == 0
    assert "1 quiz set(s) imported" in capsys.readouterr().out
    assert run("--data-dir", str(second), "sets", "list", "--json") == 0
    (back,) = json.loads(capsys.readouterr().out)
    assert QuizSpec.from_dict(back) == SET
    assert run("--data-dir", str(second), "sets", "import", str(path)) == 0
    assert "0 quiz set(s) imported; 1 already here" in capsys.readouterr().out


def test_bad_files_and_names_are_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "ipquiz-quiz-sets", "version": 1, "sets": [{"name": "x", '
        '"count": 0, "pass_mark": 5}]}',
        encoding="utf-8",
    )
    assert run("sets", "import", str(bad)) == 1
    err = capsys.readouterr().err
    assert f"{bad}: set 1 ('x'): \"count\" must be a whole number from 1 to 500" in err
    assert "nothing imported (2 problem(s))" in err
    assert "Traceback" not in err
    assert run("sets", "import", str(tmp_path / "missing.json")) == 1
    assert "no such file" in capsys.readouterr().err
    assert run("sets", "export", "nope", "-o", str(tmp_path / "out.json")) == 1
    assert "no quiz set is called 'nope'" in capsys.readouterr().err
    assert not (tmp_path / "out.json").exists()
