"""`ipquiz results report` through a real database: the files, the filters, bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
from simulate_cli import play_rounds

from ipquiz.cli import main
from ipquiz.config import resolve_locations
from ipquiz.domain.live import Pace
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import open_services


@pytest.fixture
def played(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    play_rounds(data_dir, exam_rounds=3, exam_seed=2)
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


def test_class_and_quiz_set(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = str(data_dir)
    names = tmp_path / "class.csv"
    names.write_text("学号,姓名\n01,李雷\n02,韩梅梅\n", encoding="utf-8")
    assert main(["--data-dir", d, "class", "import", str(names), "--name", "初二(3)班"]) == 0
    services = open_services(resolve_locations(data_dir=d))
    try:
        (group,) = [c.group for c in services.rosters.classes()]
        spec = QuizSpec.exam(name="期中", count=3, seed=1)
        for student in services.rosters.students(group.id):
            services.quiz.finish(services.quiz.start(spec=spec, lang="zh-CN", person_id=student.id))
        services.quiz.finish(
            services.quiz.start(spec=QuizSpec.exam(count=3), lang="en", player="x")
        )
    finally:
        services.close()
    capsys.readouterr()
    out = tmp_path / "r.json"
    assert report(data_dir, out, "--group", "初二(3)班") == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(s["name"] for s in data["students"]) == ["李雷", "韩梅梅"]
    assert data["scope"]["class"] == "初二(3)班"
    assert {(s["class"], s["roster_number"]) for s in data["students"]} == {
        ("初二(3)班", "01"),
        ("初二(3)班", "02"),
    }
    assert report(data_dir, out, "--quiz-set", "期中") == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["students"]) == 2
    assert report(data_dir, out) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["students"]) == 3
    assert report(data_dir, out, "--group", "初三(1)班") == 1
    assert "no such class (classes: 初二(3)班)" in capsys.readouterr().err


def test_live_class(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    services = open_services(resolve_locations(data_dir=str(data_dir)))
    try:
        room = services.live.open(QuizSpec(count=2, seed=3), pace=Pace.SELF)
        seat, _ = room.claim(person_id=None, nickname="Tiger")
        room.start()
        room.answer(seat, 0, frozenset({0}))
        room.end()
        services.quiz.finish(services.quiz.start(spec=QuizSpec.exam(count=2), lang="en"))
    finally:
        services.close()
    out = tmp_path / "live.json"
    assert report(data_dir, out, "--session", room.code, "--lang", "zh-CN") == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["name"] for s in data["students"]] == ["Tiger"]
    assert data["scope"]["live_class"] == room.code
    assert report(data_dir, out, "--session", "000000") == 1
    assert "no live class had this code" in capsys.readouterr().err
