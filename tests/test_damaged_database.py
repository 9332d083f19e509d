"""A damaged database is noticed at start, kept, and replaced only when asked."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest

from ipquiz.cli import main
from ipquiz.storage.database import Database, sqlite_url
from ipquiz.storage.faults import DatabaseFaultError, FaultKind

PAGE = 4096


def damage(path: Path, page: int = 12) -> None:
    """Overwrite one whole page in the middle of the file with garbage."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE
    conn.close()
    garbage = random.Random(7).randbytes(PAGE)
    with path.open("r+b") as f:
        f.seek(PAGE * (page - 1))
        f.write(garbage)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["--data-dir", str(data_dir), "simulate", "--rounds", "2"]) == 0
    path = data_dir / "ipquiz.db"
    damage(path)
    capsys.readouterr()
    return path


def test_the_start_up_check_finds_a_damaged_page(damaged: Path) -> None:
    db = Database(sqlite_url(damaged))
    with pytest.raises(DatabaseFaultError) as caught:
        db.check_intact()
    db.dispose()
    assert caught.value.fault.kind is FaultKind.DAMAGED
    assert str(damaged) in caught.value.fault.message


def test_an_intact_database_passes(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "ok.db"))
    db.upgrade()
    db.check_intact()  # nothing raised
    db.dispose()


def test_the_check_is_bounded_in_time(damaged: Path) -> None:
    db = Database(sqlite_url(damaged))
    db.check_intact(timeout_s=0.0)  # no time to look: the start goes on
    db.dispose()


def test_commands_refuse_a_damaged_database_and_leave_it_untouched(
    damaged: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(damaged)
    assert main(["--data-dir", str(data_dir), "simulate", "--rounds", "3"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith(f"ipquiz: the database {damaged} is damaged (")
    assert "`ipquiz db start-fresh`" in err
    assert digest(damaged) == before


def test_start_fresh_keeps_the_damaged_file_and_opens_a_new_one(
    damaged: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(damaged)
    assert main(["--data-dir", str(data_dir), "db", "start-fresh"]) == 0
    out = capsys.readouterr().out
    kept = sorted(data_dir.glob("ipquiz-damaged-*.db"))
    assert len(kept) == 1, kept
    assert digest(kept[0]) == before
    assert f"kept as {kept[0]}" in out
    assert main(["--data-dir", str(data_dir), "simulate", "--rounds", "2"]) == 0
    with sqlite3.connect(damaged) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM attempts").fetchone() == (2,)
    conn.close()


def test_start_fresh_leaves_an_intact_database_alone(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "bank", "stats"]) == 0
    assert main(["--data-dir", str(data_dir), "db", "start-fresh"]) == 1
    assert "passed the check: nothing to do" in capsys.readouterr().err
    assert sorted(p.name for p in data_dir.glob("*.db")) == ["ipquiz.db"]
