"""Every real-world question file goes the whole way: parse, validate, store, read back,
export in every format, import the export again, and compare.

The corpus files (GIFT files with their expected parse, Moodle's own XML fixtures) are
read through the same service the CLI and the window use. Unsupported questions are
reported by type, name and line and skipped; a file with nothing usable imports
nothing and leaves the database as it was.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from bank_snapshot import snapshot

from ipquiz.bank.formats import FORMATS, format_for
from ipquiz.bank.interchange import plain_text
from ipquiz.bank.problems import BankFileError
from ipquiz.config import resolve_locations
from ipquiz.domain.language import EN
from ipquiz.domain.question import Question, QuestionText, QuestionType
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.bank_files import export_file, import_file, read_file
from ipquiz.storage import bank_repo

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
FILES = sorted(CORPUS.glob("gift/*.gift")) + sorted(CORPUS.glob("moodle-xml/*.xml"))
SKIPPED = re.compile(r"skipped (?P<kind>[\w ]+?) question '(?P<name>.+)'")

Fresh = Callable[[], tuple[AppServices, Path]]


pytestmark = (
    pytest.mark.sqlite_only
)  # file formats, not the database: each step gets its own SQLite file


@pytest.fixture(scope="module")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated, empty database; each test copies it instead of migrating again."""
    folder = tmp_path_factory.mktemp("empty")
    services = open_services(resolve_locations(data_dir=str(folder)), bank=folder / "no-bank")
    services.close()
    return folder / "ipquiz.db"


@pytest.fixture
def fresh(empty_database: Path, tmp_path: Path) -> Iterator[Fresh]:
    opened: list[AppServices] = []

    def make() -> tuple[AppServices, Path]:
        folder = tmp_path / f"db{len(opened)}"
        folder.mkdir()
        shutil.copy(empty_database, folder / "ipquiz.db")
        services = open_services(resolve_locations(data_dir=str(folder)), bank=tmp_path / "no-bank")
        opened.append(services)
        return services, folder

    yield make
    for services in opened:
        services.close()


def stored(services: AppServices) -> dict[str, Question]:
    with services.db.transaction() as session:
        return {q.id: q for q in bank_repo.all_questions(session)}


def _without(q: Question, *, feedback: bool = False, explanation: bool = False) -> Question:
    texts = {
        lang: dataclasses.replace(
            t,
            choice_feedback=() if feedback else t.choice_feedback,
            explanation="" if explanation else t.explanation,
        )
        for lang, t in q.texts.items()
    }
    return dataclasses.replace(q, texts=texts)


def _moodle_plain(q: Question) -> Question:
    """Moodle XML writes default multiple-answer credit as equal shares for the right
    choices and 0 for the rest, and reads that pattern back as the default."""
    if q.type is QuestionType.MULTIPLE and q.weights:
        share = 1 / len(q.correct)
        if all(
            w == pytest.approx(share) if i in q.correct else w == 0 for i, w in enumerate(q.weights)
        ):
            return dataclasses.replace(q, weights=())
        return dataclasses.replace(q, weights=tuple(round(w, 5) for w in q.weights))
    return q


def _content(q: Question) -> tuple[object, ...]:
    text: QuestionText = q.texts[EN]
    return (q.type, q.correct, text.prompt, text.choices)


#: What each format keeps of a question, for comparing an export read back with the
#: original. Spreadsheets have no per-choice feedback or weight columns; Aiken keeps
#: only the prompt, the choices and the answer, and no id.
AS_KEPT: dict[str, Callable[[Question], object]] = {
    "yaml": lambda q: q,
    "zip": lambda q: q,
    "gift": lambda q: q,
    "moodle": _moodle_plain,
    "csv": lambda q: dataclasses.replace(_without(q, feedback=True), weights=()),
    "xlsx": lambda q: dataclasses.replace(_without(q, feedback=True), weights=()),
    "aiken": _content,
}


def _says(node: dict[str, str] | None) -> bool:
    """Whether an expected-parse text has words once markup is gone (`<br><p></p>` has not)."""
    return bool(node and plain_text(node["text"]))


def check_against_expected_parse(path: Path, questions: list[Question]) -> None:
    """What the database gives back agrees with the GIFT grammar's expected parse on the
    type, the right answers, the number of choices and whether there is feedback."""
    items = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    expected = [e for e in items if e["type"] in ("MC", "TF")]
    assert len(questions) == len(expected)
    for q, item in zip(questions, expected, strict=True):
        text = next(iter(q.texts.values()))
        if item["type"] == "TF":
            assert q.type is QuestionType.TRUE_FALSE
            assert q.correct == {0 if item["isTrue"] else 1}
            has_feedback = _says(item["trueFeedback"]) or _says(item["falseFeedback"])
        else:
            choices = item["choices"]
            assert len(text.choices) == len(choices)
            assert q.correct == {
                i for i, c in enumerate(choices) if c["isCorrect"] or (c["weight"] or 0) > 0
            }
            has_feedback = any(_says(c["feedback"]) for c in choices)
        assert bool(any(text.choice_feedback)) == has_feedback
        assert bool(text.explanation) == _says(item["globalFeedback"])


def test_every_format_is_compared() -> None:
    assert set(AS_KEPT) == set(FORMATS)


def test_the_corpus_is_all_there() -> None:
    assert len([f for f in FILES if f.suffix == ".gift"]) > 40
    assert len([f for f in FILES if f.suffix == ".xml"]) == 12


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_corpus_file_round_trips_through_the_database(
    path: Path, fresh: Fresh, tmp_path: Path
) -> None:
    parsed = format_for(path).read(path.read_bytes(), name=path.name)
    assert not parsed.problems, parsed.problems
    for skip in parsed.skipped:  # reported by type, name and line
        assert skip.file == path.name
        assert skip.line >= 1
        assert SKIPPED.match(skip.message), skip.message

    services, folder = fresh()
    if not parsed.questions:
        before = snapshot(folder)
        with pytest.raises(BankFileError) as refused:
            import_file(services.db, path)
        assert set(parsed.skipped) <= set(refused.value.problems)
        assert snapshot(folder) == before
        return

    _, validated = read_file(path)
    assert validated.questions == parsed.questions
    report = import_file(services.db, path)
    assert report.imported == len(parsed.questions)
    assert report.skipped == parsed.skipped
    back = stored(services)
    assert back == {q.id: q for q in parsed.questions}
    if path.suffix == ".gift":
        check_against_expected_parse(path, [back[q.id] for q in parsed.questions])

    for name, fmt in FORMATS.items():
        carried = [q for q in back.values() if fmt.can_carry(q, lang=EN)]
        # ipquiz YAML holds one category per file: a bank of several goes to a folder
        out = tmp_path / (
            f"export-{name}" if name == "yaml" else f"export-{name}{fmt.extensions[0]}"
        )
        written = export_file(services.db, out, fmt=name, lang=EN)
        assert written.written == len(carried), name
        if not carried:
            continue
        again, _ = fresh()
        import_file(again.db, out, fmt=name)
        kept = AS_KEPT[name]
        got = sorted(map(repr, map(kept, stored(again).values())))
        want = sorted(map(repr, map(kept, carried)))
        if name == "aiken":  # no ids: questions that read the same become one
            want = sorted(set(want))
        assert got == want, name
