"""Alembic owns the schema: empty databases and old ones reach the head, keeping data."""

from __future__ import annotations

import datetime as dt

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

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
        assert conn.execute(text("SELECT name FROM players")).scalar() == "李雷"
        assert conn.execute(text("SELECT chosen, elapsed_ms FROM responses")).one() == ("2", 1500)
        assert conn.execute(text("SELECT status FROM attempts")).scalar() == "finished"
        # from before stations were recorded: any station may recover such an attempt
        assert conn.execute(text("SELECT station, process_id FROM attempts")).one() == ("", None)
    reopened.dispose()
