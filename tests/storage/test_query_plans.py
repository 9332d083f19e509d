"""What a round costs must not grow with the bank or with the visitors: no table scans.

Each test records the statements a use case runs and asks SQLite for their query plans.
A plan fails the test if it reads a growing table (questions and their texts grow with
the bank; attempts, responses, rounds and persons with every visitor) whole, or by an
index key that most of its rows share (every finished attempt ever has the same status).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

from ipquiz.bank.bundle import read_bank
from ipquiz.config import resolve_locations
from ipquiz.domain.quiz import Phase
from ipquiz.services.app import open_services
from ipquiz.services.kiosk_service import KioskService
from ipquiz.storage import bank_repo
from ipquiz.storage.database import Database, sqlite_url

BANK_TABLES = ("questions", "question_texts", "choices", "choice_texts")
VISIT_TABLES = ("attempts", "responses", "kiosk_rounds", "persons")

Statement = tuple[str, object]
#: An index searched on the status alone: all finished attempts, ever.
BY_STATUS = re.compile(r"SEARCH (\w+) USING (?:COVERING )?INDEX \w+ \(status=\?\)$")


@contextmanager
def recorded(db: Database) -> Iterator[list[Statement]]:
    statements: list[Statement] = []

    def record(_c: object, _cur: object, sql: str, params: object, *_rest: object) -> None:
        statements.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def scans(path: Path, statements: list[Statement], tables: tuple[str, ...]) -> list[str]:
    """'table: statement' for each statement whose plan reads one of `tables` whole."""
    found = []
    with sqlite3.connect(path) as conn:
        for sql, params in statements:
            if not sql.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE", "INSERT")):
                continue
            args = params[0] if isinstance(params, list) else params
            plan = conn.execute(f"EXPLAIN QUERY PLAN {sql}", args or ()).fetchall()  # type: ignore[arg-type]
            found += [
                f"{table}: {' '.join(sql.split())[:160]}"
                for *_, detail in plan
                for table in tables
                if detail.startswith(f"SCAN {table}")
                or ((m := BY_STATUS.match(detail)) is not None and m.group(1) == table)
            ]
    return found


@pytest.mark.sqlite_only
def test_loading_questions_reads_only_their_rows(tmp_path: Path, small_bank: Path) -> None:
    db = Database(sqlite_url(tmp_path / "t.db"))
    db.upgrade()
    bank = read_bank(small_bank)
    with db.transaction() as s:
        bank_repo.save_categories(s, bank.categories)
        bank_repo.save_questions(s, bank.questions, origin="bundled")
    with recorded(db) as statements, db.transaction() as s:
        loaded = bank_repo.load_questions(s, ["a-single", "b-single"])
    assert [q.texts["en"].choices[0] for q in loaded] == ["10 years", "26 April"]
    assert scans(tmp_path / "t.db", statements, BANK_TABLES) == []
    db.dispose()


def play_visit(kiosk: KioskService) -> Callable[[], None]:
    def visit() -> None:
        active = kiosk.start_round(lang="en")
        quiz = active.quiz
        while quiz.phase is not Phase.FINISHED:
            kiosk.quiz.answer(active, quiz.current.question.correct, elapsed_ms=900)
            quiz.next()
        kiosk.quiz.finish(active)
        kiosk.rank_today(active.attempt_id)
        kiosk.join_board(active.attempt_id, "Brave Panda")
        kiosk.board()

    return visit


@pytest.mark.sqlite_only
def test_a_kiosk_visit_reads_no_whole_table_of_results(data_dir: Path, small_bank: Path) -> None:
    services = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank)
    kiosk = KioskService(services.db, services.quiz, station="plan")
    visit = play_visit(kiosk)
    for _ in range(3):  # some rows in every table, so the plans are the real ones
        visit()
    with recorded(services.db) as statements:
        visit()
    assert len(statements) > 10
    path = data_dir / "ipquiz.db"
    assert scans(path, statements, VISIT_TABLES) == []
    assert scans(path, statements, BANK_TABLES) == []
    services.close()


@pytest.mark.sqlite_only
def test_profiles_are_found_without_reading_every_visitor(data_dir: Path, small_bank: Path) -> None:
    services = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank)
    visit = play_visit(KioskService(services.db, services.quiz, station="plan"))
    for _ in range(3):  # guests in the persons table, as at a kiosk
        visit()
    persons = services.persons
    mei = persons.create("Mei")
    with recorded(services.db) as statements:
        persons.kept()
        persons.last_used()
        persons.touch(mei.id)
        persons.rename(mei.id, "Meimei")
    assert len(statements) >= 5
    assert scans(data_dir / "ipquiz.db", statements, VISIT_TABLES) == []
    services.close()
