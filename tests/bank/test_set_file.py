"""The quiz-set file: what is written reads back the same; a bad or hostile file is refused
with every problem named, and nothing is half-read."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipquiz.bank.set_file import FORMAT, SetFileError, read_sets, write_sets
from ipquiz.domain.spec import Mode, QuizSpec

EXAM = QuizSpec.exam(
    name="初二(3)班 · 专利单元测验",
    categories=("patents", "trademarks"),
    difficulty_mix=(1.0, 2.0, 0.0),
    count=15,
    total_seconds=900,
    scoring="weighted",
    pass_mark=0.75,
    shuffle_choices=False,
    shuffle_questions=False,
)
PICKED = QuizSpec.practice(
    name="Hand-picked",
    question_ids=("b-single", "a-tf"),
    count=2,
    question_seconds=30,
    allow_superseded=True,
)


def document(**changes: Any) -> bytes:
    base = json.loads(write_sets([EXAM]))
    one = base["sets"][0]
    for key, value in changes.items():
        if value is ...:
            one.pop(key, None)
        else:
            one[key] = value
    return json.dumps(base).encode()


def problems(data: bytes) -> list[str]:
    with pytest.raises(SetFileError) as caught:
        read_sets(data)
    return caught.value.problems


def test_sets_come_back_as_written() -> None:
    data = write_sets([EXAM, PICKED])
    assert read_sets(data) == [EXAM, PICKED]
    assert "初二(3)班" in data.decode("utf-8")  # readable, not \u escapes
    assert json.loads(data)["format"] == FORMAT


def test_a_bom_from_a_windows_editor_is_accepted() -> None:
    assert read_sets(b"\xef\xbb\xbf" + write_sets([EXAM])) == [EXAM]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"count": 0}, '"count" must be a whole number from 1 to 500'),
        ({"count": True}, '"count" must be a whole number'),
        ({"count": "15"}, '"count" must be a whole number'),
        ({"pass_mark": 60}, '"pass_mark" must be a share from 0 to 1'),
        ({"difficulty_mix": [0, 0, 0]}, '"difficulty_mix" must be three shares'),
        ({"difficulty_mix": [1, 1]}, '"difficulty_mix" must be three shares'),
        ({"mode": "kiosk"}, '"mode" must be practice or exam'),
        ({"scoring": "gold-stars"}, "unknown scoring profile 'gold-stars'"),
        ({"name": "  "}, '"name" must be a non-empty text'),
        ({"name": "a\nb"}, '"name" must be one line'),
        ({"name": ...}, '"name" must be a non-empty text'),
        ({"total_seconds": -5}, '"total_seconds" must be a whole number from 1'),
        ({"question_ids": ["x", 3]}, '"question_ids" must be a list of ids'),
        ({"question_ids": ["x" * 129]}, '"question_ids" must be a list of ids'),
        ({"question_ids": ["x", "x"], "count": 2}, "a question is picked twice"),
        ({"question_ids": ["x", "y"]}, "as many questions as were picked"),
        ({"shuffle_choices": "yes"}, '"shuffle_choices" must be true or false'),
        ({"colour": "red"}, "unknown field 'colour'"),
    ],
)
def test_every_bad_field_is_named_with_its_set(changes: dict[str, Any], expected: str) -> None:
    found = problems(document(**changes))
    assert any(expected in p for p in found), found
    assert all(p.startswith("set 1") for p in found), found


def test_all_problems_are_reported_at_once() -> None:
    found = problems(document(count=0, pass_mark=2, scoring=7))
    assert len(found) == 3


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "not valid JSON"),
        (b'{\n  "format": \n', "line 3: not valid JSON"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b"[]", "not an ipquiz quiz-set file"),
        (b'{"format": "ipquiz-quiz-sets", "version": 9, "sets": []}', "made by a newer ipquiz"),
        (b'{"format": "ipquiz-quiz-sets", "version": 1, "sets": []}', "at least one set"),
        (b'{"format": "ipquiz-quiz-sets", "version": "1", "sets": []}', '"version" must'),
        (b'{"format": "x", "format": "ipquiz-quiz-sets"}', "given twice"),
        (b"[" * 100_000 + b"]" * 100_000, "not a valid quiz-set file"),
        (b'{"format": "ipquiz-quiz-sets", "version": ' + b"9" * 5000 + b"}", "not a valid"),
        (b'{"format": "ipquiz-quiz-sets", "version": 1, "sets": [{"pass_mark": NaN}]}', "NaN"),
        (b" " * (3 * 1024 * 1024), "larger than 2 MB"),
    ],
    ids=[
        "empty",
        "cut",
        "binary",
        "not-a-set-file",
        "newer",
        "no-sets",
        "version-text",
        "repeated-key",
        "deep",
        "huge-number",
        "nan",
        "huge",
    ],
)
def test_a_broken_or_hostile_file_is_refused_in_one_line(data: bytes, expected: str) -> None:
    found = problems(data)
    assert any(expected in p for p in found), found


def test_two_sets_of_one_name_are_refused() -> None:
    assert len(read_sets(write_sets([EXAM, PICKED]))) == 2
    found = problems(write_sets([EXAM, EXAM]))
    assert any("a second set of the same name" in p for p in found)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_any_bytes_either_read_or_are_refused_cleanly(data: bytes) -> None:
    problems: list[str] = []
    try:
        specs = read_sets(data)
    except SetFileError as exc:
        problems = exc.problems
        specs = []
    assert problems or all(s.mode in (Mode.PRACTICE, Mode.EXAM) for s in specs)
    assert not (problems and specs)
