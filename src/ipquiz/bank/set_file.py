"""The quiz-set file: saved sets carried from one PC to another (docs/quiz-sets.md).

A small JSON document, versioned so a newer program can say what an older file
means and an older program refuses a newer file instead of half-reading it:

    {"format": "ipquiz-quiz-sets", "version": 1, "sets": [{"name": ..., ...}]}

The file is someone else's: every field is checked for type and range, unknown
fields are refused (a typo would otherwise be dropped silently), sizes are bounded,
and nothing in it is ever run or shown as rich text. Reading either returns every
set or raises SetFileError with every problem, each naming the set it is in.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import Any, TypeGuard

from ipquiz.domain.spec import MAX_COUNT, Mode, QuizSpec

FORMAT = "ipquiz-quiz-sets"
VERSION = 1
#: A set file holds a few sets of at most 500 question ids each: a few hundred KB.
MAX_BYTES = 2 * 1024 * 1024
MAX_SETS = 200
MAX_NAME = 120
MAX_ID = 128
MAX_CATEGORIES = 200
MAX_SECONDS = 24 * 3600
#: Modes a set is played in from the window (a kiosk round is the kiosk's settings).
SET_MODES = (Mode.PRACTICE, Mode.EXAM)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class SetFileError(ValueError):
    """A set file that cannot be read; `problems` says everything wrong with it."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def write_sets(specs: Iterable[QuizSpec]) -> bytes:
    """The file for `specs` (UTF-8 JSON, readable by people, Chinese kept as is)."""
    sets = [_set_fields(spec) for spec in specs]
    document = {"format": FORMAT, "version": VERSION, "sets": sets}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _set_fields(spec: QuizSpec) -> dict[str, Any]:
    data = spec.to_dict()
    del data["seed"]  # a draw's seed belongs to one PC's tests, not to a shared set
    return data


def read_sets(data: bytes) -> list[QuizSpec]:
    """The sets of a file's bytes; SetFileError with every problem otherwise."""
    if len(data) > MAX_BYTES:
        raise SetFileError([f"the file is larger than {MAX_BYTES // 2**20} MB"])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SetFileError([f"not UTF-8 text (byte {exc.start}): not a quiz-set file"]) from None
    try:
        document = json.loads(
            text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_repeats
        )
    except json.JSONDecodeError as exc:
        raise SetFileError([f"line {exc.lineno}: not valid JSON: {exc.msg}"]) from None
    except (ValueError, RecursionError) as exc:  # NaN, a repeated key, nesting, huge numbers
        raise SetFileError(
            [f"not a valid quiz-set file: {_short(str(exc) or 'too deep')}"]
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SetFileError(['not an ipquiz quiz-set file (no "format": "ipquiz-quiz-sets")'])
    version = document.get("version")
    if not _is_int(version) or version < 1:
        raise SetFileError(['"version" must be a whole number'])
    if version > VERSION:
        raise SetFileError(
            [f"made by a newer ipquiz (set file version {version}; this one reads {VERSION})"]
        )
    extra = set(document) - {"format", "version", "sets"}
    problems = [f"unknown field {_short(k)!r}" for k in sorted(extra)]
    sets = document.get("sets")
    if not isinstance(sets, list) or not sets:
        raise SetFileError([*problems, '"sets" must be a list of at least one set'])
    if len(sets) > MAX_SETS:
        raise SetFileError([f"{len(sets)} sets; a file holds at most {MAX_SETS}"])
    specs: list[QuizSpec] = []
    names: set[str] = set()
    for number, raw in enumerate(sets, start=1):
        where = f"set {number}"
        if isinstance(raw, dict) and isinstance(raw.get("name"), str):
            where += f" ({_short(raw['name'])!r})"
        found = _SetReader(raw).read()
        problems += [f"{where}: {p}" for p in found.problems]
        if found.spec is not None:
            key = found.spec.name
            if key in names:
                problems.append(f"{where}: a second set of the same name")
            names.add(key)
            specs.append(found.spec)
    if problems:
        raise SetFileError(problems)
    return specs


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _refuse_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the field {_short(key)!r} is given twice")
        result[key] = value
    return result


def _short(text: str) -> str:
    text = CONTROL.sub("?", text)
    return text if len(text) <= 60 else text[:60] + "…"


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[float]:
    return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)


class _SetReader:
    """Checks one set's fields, collecting every problem."""

    FIELDS = frozenset(QuizSpec().to_dict()) - {"seed"}

    def __init__(self, raw: object) -> None:
        self.raw = raw
        self.problems: list[str] = []
        self.spec: QuizSpec | None = None

    def read(self) -> _SetReader:
        raw = self.raw
        if not isinstance(raw, dict):
            self.problems.append("a set must be an object of fields")
            return self
        for key in sorted(set(raw) - self.FIELDS):
            self.problems.append(f"unknown field {_short(key)!r}")
        values: dict[str, Any] = {
            "name": self._name(raw.get("name")),
            "mode": self._mode(raw.get("mode", Mode.PRACTICE.value)),
            "categories": self._ids(raw.get("categories", []), "categories", MAX_CATEGORIES),
            "question_ids": self._ids(raw.get("question_ids", []), "question_ids", MAX_COUNT),
            "difficulty_mix": self._mix(raw.get("difficulty_mix", [1, 1, 1])),
            "count": self._whole(raw.get("count", 10), "count", 1, MAX_COUNT),
            "question_seconds": self._seconds(raw.get("question_seconds"), "question_seconds"),
            "total_seconds": self._seconds(raw.get("total_seconds"), "total_seconds"),
            "shuffle_choices": self._flag(raw.get("shuffle_choices", True), "shuffle_choices"),
            "shuffle_questions": self._flag(
                raw.get("shuffle_questions", True), "shuffle_questions"
            ),
            "scoring": raw.get("scoring", "accuracy"),
            "pass_mark": self._share(raw.get("pass_mark", 0.6)),
            "allow_superseded": self._flag(raw.get("allow_superseded", False), "allow_superseded"),
        }
        # Every field a set has is read here: a new QuizSpec field fails the round-trip tests
        # until it is checked too.
        assert set(values) == self.FIELDS, set(self.FIELDS) ^ set(values)
        if not isinstance(values["scoring"], str):
            self.problems.append('"scoring" must be the name of a scoring profile')
        if self.problems:
            return self
        try:
            self.spec = QuizSpec(**values)
        except ValueError as exc:
            self.problems.append(str(exc))
        return self

    def _name(self, value: object) -> str:
        if not isinstance(value, str) or not value.strip():
            self.problems.append('"name" must be a non-empty text')
            return ""
        if len(value) > MAX_NAME or CONTROL.search(value):
            self.problems.append(f'"name" must be one line of at most {MAX_NAME} characters')
        return value.strip()

    def _mode(self, value: object) -> Mode:
        if value in [m.value for m in SET_MODES]:
            return Mode(str(value))
        self.problems.append(f'"mode" must be {" or ".join(m.value for m in SET_MODES)}')
        return Mode.PRACTICE

    def _ids(self, value: object, field: str, most: int) -> tuple[str, ...]:
        ok = isinstance(value, list) and all(
            isinstance(v, str) and 0 < len(v) <= MAX_ID and not CONTROL.search(v) for v in value
        )
        if not ok:
            self.problems.append(f'"{field}" must be a list of ids (texts of 1 to {MAX_ID})')
            return ()
        assert isinstance(value, list)
        if len(value) > most:
            self.problems.append(f'"{field}" holds {len(value)} ids; at most {most}')
            return ()
        return tuple(value)

    def _mix(self, value: object) -> tuple[float, float, float]:
        if (
            isinstance(value, list)
            and len(value) == 3
            and all(_is_number(w) and 0 <= w <= 1000 for w in value)
            and any(value)
        ):
            return (float(value[0]), float(value[1]), float(value[2]))
        self.problems.append(
            '"difficulty_mix" must be three shares from 0 to 1000 (easy, medium, hard), not all 0'
        )
        return (1.0, 1.0, 1.0)

    def _whole(self, value: object, field: str, low: int, high: int) -> int:
        if _is_int(value) and low <= value <= high:
            return value
        self.problems.append(f'"{field}" must be a whole number from {low} to {high}')
        return low

    def _seconds(self, value: object, field: str) -> int | None:
        if value is None:
            return None
        return self._whole(value, field, 1, MAX_SECONDS)

    def _flag(self, value: object, field: str) -> bool:
        if isinstance(value, bool):
            return value
        self.problems.append(f'"{field}" must be true or false')
        return True

    def _share(self, value: object) -> float:
        if _is_number(value) and 0 <= value <= 1:
            return float(value)
        self.problems.append('"pass_mark" must be a share from 0 to 1 (0.6 is 60 %)')
        return 0.6
