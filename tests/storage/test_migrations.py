"""Alembic owns the schema: empty databases and old ones reach the head, keeping data."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from ipquiz.storage.database import HEAD_REVISION, Database, alembic_config
from ipquiz.storage.models import Base

FIRST_REVISION = "0001"


def test_head_constant_matches_the_scripts() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert script.get_current_head() == HEAD_REVISION


def test_upgrade_creates_every_table_from_empty(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    assert db.revision() is None
    db.upgrade()
    assert db.revision() == HEAD_REVISION
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    db.dispose()


def test_models_and_migrations_agree(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    db.upgrade()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert diff == []


def test_an_old_database_with_results_is_upgraded_in_place(empty_database_url: str) -> None:
    url = empty_database_url
    db = Database(url)
    command.upgrade(alembic_config(url, db.engine), FIRST_REVISION)
    now = dt.datetime(2026, 4, 26, 10, 0)
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO categories (id, position) VALUES ('patents', 0)"))
        conn.execute(
            text(
                "INSERT INTO questions (id, category_id, qtype, difficulty, jurisdiction, tags,"
                " source_url, active, origin) VALUES ('q1', 'patents', 'single', 1, 'CN', '', '', :yes, 'bundled')"
            ),
            {"yes": True},
        )
        conn.execute(
            text("INSERT INTO players (id, name, created_at) VALUES (1, '李雷', :t)"), {"t": now}
        )
        conn.execute(
            text(
                "INSERT INTO attempts (id, player_id, mode, lang, spec_json, plan_json, scoring_profile,"
                " scoring_version, status, started_at, finished_at, score, max_score)"
                " VALUES (1, 1, 'practice', 'zh-CN', '{}', '[]', 'accuracy', 1, 'finished', :t, :t, 1, 1)"
            ),
            {"t": now},
        )
        conn.execute(
            text(
                "INSERT INTO responses (attempt_id, position, question_id, category_id, difficulty, chosen,"
                " shown_order, correct, points, max_points, elapsed_ms, answered_at)"
                " VALUES (1, 0, 'q1', 'patents', 1, '2', '0,1,2,3', :yes, 1, 1, 1500, :t)"
            ),
            {"t": now, "yes": True},
        )
    db.dispose()
    reopened = Database(url)
    reopened.upgrade()
    assert reopened.revision() == HEAD_REVISION
    with reopened.engine.connect() as conn:
        # players became persons: every old row a guest, its attempt still pointing at it
        assert conn.execute(text("SELECT name, guest FROM persons")).one() == ("李雷", True)
        assert conn.execute(text("SELECT person_id FROM attempts")).scalar() == 1
        assert conn.execute(text("SELECT chosen, elapsed_ms FROM responses")).one() == ("2", 1500)
        assert conn.execute(text("SELECT status FROM attempts")).scalar() == "finished"
        # from before stations were recorded: any station may recover such an attempt
        assert conn.execute(text("SELECT station, process_id FROM attempts")).one() == ("", None)
    reopened.dispose()


def _fill_0005(url: str, db: Database, *, attempts: int) -> dt.datetime:
    """A database at 0005 with `attempts` finished attempts by as many players, two
    answers each, and a kiosk round on every other one."""
    command.upgrade(alembic_config(url, db.engine), "0005")
    now = dt.datetime(2026, 11, 30, 9, 0)
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO categories (id, position) VALUES ('patents', 0)"))
        for q in ("q1", "q2"):
            conn.execute(
                text(
                    "INSERT INTO questions (id, category_id, qtype, difficulty, jurisdiction,"
                    " tags, source_url, active, origin, rand_key)"
                    " VALUES (:q, 'patents', 'single', 1, 'CN', '', '', :yes, 'bundled', 0)"
                ),
                {"q": q, "yes": True},
            )
        for n in range(1, attempts + 1):
            conn.execute(
                text("INSERT INTO players (name, created_at) VALUES (:name, :t)"),  # id n
                {"name": f"访客{n}", "t": now},
            )
            conn.execute(
                text(
                    "INSERT INTO attempts (id, player_id, mode, lang, spec_json, plan_json,"
                    " scoring_profile, scoring_version, status, station, owner, started_at,"
                    " finished_at, score, max_score) VALUES (:n, :n, 'kiosk', 'zh-CN', '{}',"
                    " '[]', 'accuracy', 1, 'finished', 'stand-1', '', :t, :t, 1, 2)"
                ),
                {"n": n, "t": now},
            )
            for position, q in enumerate(("q1", "q2")):
                conn.execute(
                    text(
                        "INSERT INTO responses (attempt_id, position, question_id, category_id,"
                        " difficulty, chosen, shown_order, correct, points, max_points,"
                        " elapsed_ms, answered_at) VALUES (:n, :p, :q, 'patents', 1, '0',"
                        " '0,1', :ok, :pts, 1, 900, :t)"
                    ),
                    {
                        "n": n,
                        "p": position,
                        "q": q,
                        "ok": position == 0,
                        "pts": 1 - position,
                        "t": now,
                    },
                )
            if n % 2:
                conn.execute(
                    text(
                        "INSERT INTO kiosk_rounds (attempt_id, station, visit, started_at,"
                        " nickname, on_board) VALUES (:n, 'stand-1', :n, :t, :name, :yes)"
                    ),
                    {"n": n, "t": now, "name": f"访客{n}", "yes": True},
                )
    return now


def _counts(db: Database) -> tuple[int, int, int, int]:
    with db.engine.connect() as conn:
        return tuple(  # type: ignore[return-value]
            conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar()
            for table in ("attempts", "responses", "kiosk_rounds", "persons")
        )


def test_persons_keep_every_attempt_of_a_0005_database(empty_database_url: str) -> None:
    url = empty_database_url
    db = Database(url)
    now = _fill_0005(url, db, attempts=30)
    db.dispose()
    upgraded = Database(url)
    upgraded.upgrade()
    assert upgraded.revision() == HEAD_REVISION
    assert _counts(upgraded) == (30, 60, 15, 30)
    with upgraded.engine.begin() as conn:
        pairs = conn.execute(
            text(
                "SELECT a.id, p.name, p.guest FROM attempts a JOIN persons p ON p.id = a.person_id"
                " ORDER BY a.id"
            )
        ).all()
        assert pairs == [(n, f"访客{n}", True) for n in range(1, 31)]
        # the new columns are there and writable; new ids follow the old ones
        conn.execute(
            text("INSERT INTO groups (name, created_at) VALUES ('初二(3)班', :t)"), {"t": now}
        )
        group = conn.execute(text("SELECT id FROM groups")).scalar()
        new_id = conn.execute(
            text(
                "INSERT INTO persons (name, guest, group_id, roster_number, colour, created_at)"
                " VALUES ('韩梅梅', :no, :g, '2026001', 'teal', :t) RETURNING id"
            ),
            {"no": False, "g": group, "t": now},
        ).scalar()
        assert new_id == 31
        conn.execute(
            text(
                "INSERT INTO review_cards (person_id, question_id, card_json, due)"
                " VALUES (31, 'q1', '{}', :t)"
            ),
            {"t": now},
        )
        conn.execute(
            text("INSERT INTO person_settings (person_id, key, value) VALUES (31, 'goal', '10')")
        )
    upgraded.dispose()


def test_a_roster_number_is_unique_in_its_group(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    db.upgrade()
    now = dt.datetime(2026, 12, 1, 8, 0)
    insert = text(
        "INSERT INTO persons (name, guest, group_id, roster_number, created_at)"
        " VALUES (:name, :no, 1, '07', :t)"
    )
    with db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO groups (id, name, created_at) VALUES (1, 'A', :t)"), {"t": now}
        )
        conn.execute(insert, {"name": "甲", "no": False, "t": now})
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(insert, {"name": "乙", "no": False, "t": now})
    db.dispose()


def test_persons_downgrade_and_upgrade_again_keep_every_attempt(empty_database_url: str) -> None:
    url = empty_database_url
    db = Database(url)
    _fill_0005(url, db, attempts=4)
    db.upgrade()
    command.downgrade(alembic_config(url, db.engine), "0005")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM players")).scalar() == 4
        assert conn.execute(text("SELECT COUNT(DISTINCT player_id) FROM attempts")).scalar() == 4
    db.upgrade()
    assert _counts(db) == (4, 8, 2, 4)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert diff == []
