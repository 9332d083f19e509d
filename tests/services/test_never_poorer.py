"""An import never makes the bank poorer.

The shipped bank is bilingual and cited; exporting it to any format and importing the
export into the same database must leave it exactly as it was. Replacing a question
with a copy that lacks a language, a source or an explanation is refused, saying so.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from bank_snapshot import snapshot

from ipquiz.assets import bank_dir
from ipquiz.bank.bundle import read_bank
from ipquiz.bank.formats import FORMATS
from ipquiz.config import resolve_locations
from ipquiz.domain.conflicts import Loss, OnConflict, Part
from ipquiz.domain.language import EN, ZH
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.bank_files import export_file, import_file
from ipquiz.services.bank_service import stats
from ipquiz.services.import_conflicts import PoorerBankError
from ipquiz.storage import bank_repo

pytestmark = pytest.mark.sqlite_only  # the bank snapshot reads the SQLite file row by row

#: The questions in the bundled files (the bank grows; every figure below follows it).
SHIPPED = len(read_bank(bank_dir()).questions)


@pytest.fixture(scope="module")
def shipped_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("shipped")
    open_services(resolve_locations(data_dir=str(folder)), bank=bank_dir()).close()
    return folder / "ipquiz.db"


@pytest.fixture
def bank(shipped_database: Path, data_dir: Path) -> Iterator[AppServices]:
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(shipped_database, data_dir / "ipquiz.db")
    services = open_services(resolve_locations(data_dir=str(data_dir)), bank=bank_dir())
    yield services
    services.close()


def test_the_shipped_bank_is_bilingual_and_cited(bank: AppServices) -> None:
    figures = stats(bank.db)
    assert figures["questions"] == SHIPPED
    assert figures["languages"] == {ZH: SHIPPED, EN: SHIPPED}
    assert figures["with_source"] == SHIPPED


WHOLE_BANK = {name: f"bank{fmt.extensions[0]}" for name, fmt in FORMATS.items()}
WHOLE_BANK["yaml"] = "bank"  # one file per category, in a folder


@pytest.mark.parametrize("lang", [EN, ZH])
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_then_import_into_the_same_bank_changes_nothing(
    bank: AppServices, data_dir: Path, tmp_path: Path, fmt: str, lang: str
) -> None:
    out = tmp_path / WHOLE_BANK[fmt]
    written = export_file(bank.db, out, fmt=fmt, lang=lang).written
    assert written > 0
    before = snapshot(data_dir)
    report = import_file(bank.db, out, fmt=fmt)
    assert report.imported == 0
    assert len(report.kept) == written
    assert snapshot(data_dir) == before


def test_a_one_language_copy_cannot_replace_the_bilingual_original(
    bank: AppServices, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bank.gift"
    export_file(bank.db, out, lang=EN)
    before = snapshot(data_dir)
    with pytest.raises(PoorerBankError) as refused:
        import_file(bank.db, out, on_conflict=OnConflict.REPLACE)
    assert len(refused.value.refusals) == SHIPPED
    first = refused.value.refusals[0]
    assert set(first.lost) >= {Loss(Part.TEXT, ZH), Loss(Part.SOURCE, EN)}
    message = str(refused.value.problems[0])
    assert message.startswith("bank.gift:0: question ")
    assert "would drop the zh-CN text" in message
    assert "the en source" in message
    assert snapshot(data_dir) == before


def test_an_equal_or_richer_copy_replaces(bank: AppServices, tmp_path: Path) -> None:
    out = tmp_path / "bank.zip"
    export_file(bank.db, out, lang=EN)
    report = import_file(bank.db, out, on_conflict=OnConflict.REPLACE)
    assert len(report.replaced) == SHIPPED
    assert stats(bank.db)["questions"] == SHIPPED


def test_new_imports_copies_beside_the_originals(bank: AppServices, tmp_path: Path) -> None:
    out = tmp_path / "patents.gift"
    written = export_file(bank.db, out, category="patents", lang=EN).written
    report = import_file(bank.db, out, on_conflict=OnConflict.NEW)
    assert report.imported == written
    assert all(new == f"{old}-2" for old, new in report.renamed)
    assert stats(bank.db)["questions"] == SHIPPED + written
    again = import_file(bank.db, out, on_conflict=OnConflict.NEW)
    assert all(new == f"{old}-3" for old, new in again.renamed)


def test_aiken_has_no_ids_so_questions_are_matched_by_content(
    bank: AppServices, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bank.txt"
    written = export_file(bank.db, out, fmt="aiken", lang=ZH).written
    before = snapshot(data_dir)
    report = import_file(bank.db, out)  # .txt with Aiken content is read as Aiken
    assert report.format == "aiken"
    assert (report.imported, len(report.kept)) == (0, written)
    assert snapshot(data_dir) == before


def test_a_retired_question_in_the_file_comes_back(
    bank: AppServices, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "patents.gift"
    written = export_file(bank.db, out, category="patents", lang=EN).written
    with bank.db.transaction() as session:  # as when the bundled files drop them
        others = [q.id for q in bank_repo.all_questions(session) if q.category != "patents"]
        bank_repo.retire_missing(session, others, origin="bundled")
    report = import_file(bank.db, out)
    assert (report.imported, report.kept) == (written, ())
    assert stats(bank.db)["questions"] == SHIPPED
