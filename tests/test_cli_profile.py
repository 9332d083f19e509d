"""`ipquiz profile`, `ipquiz review due` and `ipquiz simulate --player --now`: a learner's
days scripted from the command line, read back as the window would."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from ipquiz.cli import main
from ipquiz.config import resolve_locations
from ipquiz.domain.results import ResultFilter
from ipquiz.services.app import open_services


def run(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data_dir), *args])
    except SystemExit as usage:  # argparse: exit 2
        code = int(str(usage.code))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> object:
    code, out, err = run(data_dir, capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_profiles_from_the_command_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    made = run_json(data_dir, capsys, "profile", "create", "小明", "--colour", "teal", "--pin")
    assert made == {
        "id": 1,
        "name": "小明",
        "colour": "teal",
        "pin": True,
        "created": made["created"],  # type: ignore[index]
        "last_seen": None,
    }
    assert run(data_dir, capsys, "profile", "create", "Amy")[:2] == (0, "created Amy\n")
    code, _, err = run(data_dir, capsys, "profile", "create", "amy")
    assert code == 1
    assert "already a profile called Amy" in err
    code, _, err = run(data_dir, capsys, "profile", "create", "Bo", "--colour", "gold")
    assert code == 2  # argparse: not one of the colours
    listed = run_json(data_dir, capsys, "profile", "list")
    assert [(p["name"], p["pin"]) for p in listed] == [("Amy", False), ("小明", True)]  # type: ignore[index, union-attr]
    renamed = run_json(data_dir, capsys, "profile", "rename", "AMY", "Amy Li")
    assert renamed["name"] == "Amy Li"  # type: ignore[index]
    code, _, err = run(data_dir, capsys, "profile", "rename", "nobody", "x")
    assert (code, err.strip()) == (1, "ipquiz: no profile called nobody")


def missed_by(data_dir: Path, name: str) -> set[str]:
    """The questions the profile answered wrong or partly, read from its stored attempts."""
    services = open_services(resolve_locations(data_dir=str(data_dir)))
    try:
        person = services.persons.find(name)
        attempts = services.results.attempts(ResultFilter(person_id=person.id))
        return {r.question_id for a in attempts for r in a.answers if not r.correct}
    finally:
        services.close()


def test_a_learners_days_scripted(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, capsys, "profile", "create", "Li")[0] == 0
    day1, day2 = "2026-12-01T19:00", "2026-12-02T19:00"
    played = run_json(
        data_dir,
        capsys,
        "simulate",
        "--player",
        "Li",
        "--now",
        day1,
        "--rounds",
        "3",
        "--seed",
        "7",
    )
    assert played["rounds"] == 3  # type: ignore[index]
    missed = missed_by(data_dir, "Li")
    assert missed  # right about two times in three
    assert run_json(data_dir, capsys, "review", "due", "--profile", "li", "--now", day1) == {
        "due": 0,
        "questions": [],
    }
    due = run_json(data_dir, capsys, "review", "due", "--profile", "Li", "--now", day2)
    assert due["due"] == len(missed)  # type: ignore[index]
    assert {q["id"] for q in due["questions"]} == missed  # type: ignore[index]
    assert all(q["due"].startswith("2026-12-02") for q in due["questions"])  # type: ignore[index]
    # the next day's review, as one session of the due questions
    reviewed = run_json(
        data_dir,
        capsys,
        "simulate",
        "--player",
        "Li",
        "--mode",
        "review",
        "--now",
        day2,
        "--rounds",
        "1",
        "--seed",
        "3",
    )
    assert reviewed["answers"] == min(len(missed), 20)  # type: ignore[index]
    after = run_json(data_dir, capsys, "review", "due", "--profile", "Li", "--now", day2)
    assert after["due"] == len(missed) - reviewed["answers"]  # type: ignore[index]
    # a guest of another name is played as before, and keeps no deck
    assert run(data_dir, capsys, "simulate", "--player", "visitor", "--rounds", "1")[0] == 0
    code, _, err = run(data_dir, capsys, "review", "due", "--profile", "visitor")
    assert (code, err.strip()) == (1, "ipquiz: no profile called visitor")
    code, _, err = run(data_dir, capsys, "simulate", "--player", "visitor", "--mode", "review")
    assert code == 1
    assert "a review is played by a profile" in err
    code, _, err = run(data_dir, capsys, "review", "due", "--profile", "Li", "--now", "tomorrow")
    assert code == 2
    assert "not a date and time" in err

    # deleting says how much, and takes only with --yes
    code, out, err = run(data_dir, capsys, "profile", "delete", "Li")
    assert code == 1
    assert "nothing deleted" in err
    assert out.startswith("would delete Li with 4 attempt(s), ")
    gone = run_json(data_dir, capsys, "profile", "delete", "Li", "--yes")
    assert gone["attempts"] == 4  # type: ignore[index]
    assert gone["review_cards"] == len(missed)  # type: ignore[index]
    assert run_json(data_dir, capsys, "profile", "list") == []
