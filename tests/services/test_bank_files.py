"""Importing is all or nothing; hostile files change nothing; exports import back the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from dbcheck import committed

from ipquiz.bank import interchange
from ipquiz.bank.formats import FORMATS, UnknownFormatError
from ipquiz.bank.problems import BankFileError
from ipquiz.config import resolve_locations
from ipquiz.domain.conflicts import OnConflict
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.bank_files import export_file, import_file
from ipquiz.services.bank_service import stats
from ipquiz.storage import bank_repo


@pytest.fixture
def services(data_dir: Path, small_bank: Path) -> AppServices:
    s = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank)
    yield s  # type: ignore[misc]
    s.close()


def snapshot(url: str) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for table in (
        "categories",
        "category_names",
        "questions",
        "question_texts",
        "choices",
        "choice_texts",
        "question_citations",
        "question_images",
    ):
        rows += [(table, *r) for r in committed(url, f"SELECT * FROM {table} ORDER BY 1, 2")]
    return rows


HOSTILE = {
    "garbage.csv": b"\x00\x01\x02\xff\xfe binary \x00 junk" * 50,
    "garbage.xlsx": b"this is not a zip file at all",
    "empty.yaml": b"",
    "broken.yaml": b"category: {id: c, name: {en: C}}\nquestions:\n  - id: [unclosed\n",
    "half-bad.yaml": (
        b"category: {id: c, name: {en: C}}\nquestions:\n"
        b"  - {id: good, type: single, difficulty: 1, answer: A, en: {prompt: P, choices: [a, b]}}\n"
        b"  - {id: bad, type: single, difficulty: 1, answer: C, en: {prompt: P, choices: [a, b]}}\n"
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_are_refused_and_change_nothing(
    services: AppServices, data_dir: Path, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])
    before = snapshot(services.db.url)
    with pytest.raises(BankFileError) as refused:
        import_file(services.db, path)
    assert refused.value.problems
    assert all(p.file == name for p in refused.value.problems)
    assert snapshot(services.db.url) == before


def test_a_file_over_the_size_limit_is_refused_unread(
    services: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as out:
        out.truncate(interchange.MAX_FILE_BYTES + 1)  # sparse: nothing to read if it were read
    with pytest.raises(BankFileError, match="the limit is 64 MB"):
        import_file(services.db, path)
    assert interchange.MAX_FILE_BYTES >= 10 * 1024 * 1024


def test_unknown_extension_needs_a_format(services: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "questions.doc"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(UnknownFormatError, match="give --format"):
        import_file(services.db, path)


def test_import_reports_progress_and_updates_by_id(services: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "alpha.yaml"
    export_file(services.db, path, category="alpha", lang="en")
    seen: list[tuple[int, int]] = []
    report = import_file(
        services.db,
        path,
        category="again",
        on_conflict=OnConflict.REPLACE,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert report.imported == 3
    assert report.replaced == ("a-multiple", "a-single", "a-tf")
    assert seen[-1] == (3, 3)
    assert stats(services.db)["questions"] == 5  # same ids: updated, not duplicated


#: The formats that hold a question's law citation (GIFT, Moodle XML, Aiken hold no sources).
CARRY_CITATIONS = {"yaml", "zip", "csv", "xlsx"}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_then_import_gives_the_same_questions(
    services: AppServices, tmp_path: Path, data_dir: Path, fmt: str
) -> None:
    """Each format carries what it can; the questions come back equal on a fresh database."""
    category = "alpha"
    out = tmp_path / f"out{FORMATS[fmt].extensions[0]}"
    with services.db.transaction() as s:
        original = bank_repo.all_questions(s, category=category)
    if fmt == "aiken":
        from ipquiz.bank.aiken import aiken_can_carry

        original = [q for q in original if aiken_can_carry(q)]
    export_file(services.db, out, fmt=fmt, category=category, lang="en")
    fresh = open_services(
        resolve_locations(data_dir=str(tmp_path / "fresh")), bank=tmp_path / "none"
    )
    try:
        import_file(fresh.db, out, fmt=fmt, category=category)
        with fresh.db.transaction() as s:
            back = {q.id: q for q in bank_repo.all_questions(s)}
    finally:
        fresh.close()
    for q in original:
        match = back.get(q.id) or next(
            (
                b
                for b in back.values()
                if b.texts.get("en", None) and b.texts["en"].prompt == q.texts["en"].prompt
            ),
            None,
        )
        assert match is not None, q.id
        assert match.type == q.type
        assert match.correct == q.correct
        assert match.texts["en"].prompt == q.texts["en"].prompt
        assert match.texts["en"].choices == q.texts["en"].choices
        if fmt in CARRY_CITATIONS:  # the law version and articles survive the round trip
            assert q.citations, q.id
            assert match.citations == q.citations


def test_export_says_what_a_format_cannot_hold(services: AppServices, tmp_path: Path) -> None:
    report = export_file(services.db, tmp_path / "a.aiken", category="alpha", lang="en")
    assert (report.written, report.left_out) == (1, 2)  # Aiken holds single choice only
    full = export_file(services.db, tmp_path / "a.gift", category="alpha", lang="en")
    assert (full.written, full.left_out) == (3, 0)


def test_an_import_citing_a_law_version_the_app_does_not_know_is_refused(
    services: AppServices, tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "cites.csv"
    path.write_text(
        "id,type,answer,prompt_en,choice_a_en,choice_b_en,law\n"
        "c1,single,A,How long?,10 years,20 years,patent-law@2020: 42\n"
        "c2,single,A,How long?,10 years,20 years,patent-law@2008: 42\n",
        encoding="utf-8",
    )
    before = snapshot(services.db.url)
    with pytest.raises(BankFileError) as caught:
        import_file(services.db, path)
    assert [p.message for p in caught.value.problems] == [
        "c2: source: unknown version 'patent-law@2008'; the registry has patent-law@2020"
    ]
    assert snapshot(services.db.url) == before
    path.write_text(path.read_text(encoding="utf-8").replace("2008", "2020"), encoding="utf-8")
    import_file(services.db, path)
    with services.db.transaction() as s:
        (q,) = bank_repo.load_questions(s, ["c2"])
    assert [c.text() for c in q.citations] == ["patent-law@2020: 42"]
