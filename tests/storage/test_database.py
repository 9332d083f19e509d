from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from ipquiz.bank.bundle import Bank, read_bank
from ipquiz.storage import bank_repo
from ipquiz.storage.database import Database


def open_db(url: str) -> Database:
    db = Database(url)
    db.upgrade()
    return db


@pytest.mark.sqlite_only
def test_sqlite_is_opened_durable_and_strict(database_url: str) -> None:
    db = open_db(database_url)
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


@pytest.fixture
def stored(database_url: str, small_bank: Path) -> Iterator[tuple[Database, Bank]]:
    """A database holding the fixture bank, and the bank as read from its files."""
    db = open_db(database_url)
    bank = read_bank(small_bank)
    with db.transaction() as s:
        bank_repo.save_categories(s, bank.categories)
        bank_repo.save_questions(s, bank.questions, origin="bundled")
    yield db, bank
    db.dispose()


def test_questions_round_trip_through_the_database(stored: tuple[Database, Bank]) -> None:
    db, bank = stored
    with db.transaction() as s:
        loaded = bank_repo.load_questions(s, [q.id for q in bank.questions])
        assert loaded == list(bank.questions)
        cats = bank_repo.list_categories(s)
        assert [(c.id, n) for c, n in cats] == [("alpha", 3), ("beta", 2)]
        assert cats[0][0].name("zh-CN") == "甲类"


def test_saving_again_replaces_and_retire_hides(stored: tuple[Database, Bank]) -> None:
    db, bank = stored
    with db.transaction() as s:
        bank_repo.save_questions(s, bank.questions[:2], origin="bundled")  # same ids again
        assert (
            bank_repo.retire_missing(s, [q.id for q in bank.questions[:2]], origin="bundled") == 3
        )
    with db.transaction() as s:
        assert bank_repo.bank_stats(s)["questions"] == 2
        assert bank_repo.load_questions(s, [bank.questions[0].id]) == [bank.questions[0]]


def test_stats_shape(stored: tuple[Database, Bank]) -> None:
    db, _ = stored
    with db.transaction() as s:
        assert bank_repo.bank_stats(s) == {
            "questions": 5,
            "by_category": {"alpha": 3, "beta": 2},
            "by_type": {"multiple": 1, "single": 3, "true_false": 1},
            "by_difficulty": {"1": 2, "2": 2, "3": 1},
            "languages": {"zh-CN": 4, "en": 5},
            "with_source": 5,
        }
