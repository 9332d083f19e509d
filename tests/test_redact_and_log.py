"""Passwords are masked wherever text is shown or logged; the error log rotates."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from ipquiz import error_log
from ipquiz.domain.question import Category
from ipquiz.redact import display_url, redact
from ipquiz.services.topic_cache import FILE_NAME, read_topics, write_topics


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("postgresql://ann:pw@host/db", "postgresql://ann:***@host/db"),
        (
            "postgresql+psycopg://ann:p@ss:w0rd@host:5432/db",
            "postgresql+psycopg://ann:***@host:5432/db",
        ),
        (
            "failed for postgresql://ann:pw@h/db (and more)",
            "failed for postgresql://ann:***@h/db (and more)",
        ),
        ("host=h user=ann password=pw dbname=q", "host=h user=ann password=*** dbname=q"),
        ("password='two words' host=h", "password=*** host=h"),
        ("postgresql://ann@host/db", "postgresql://ann@host/db"),
        ("no secrets here: 10:30 at a@b", "no secrets here: 10:30 at a@b"),
    ],
)
def test_redact(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_display_url_shows_a_sqlite_file_as_its_path() -> None:
    assert display_url("sqlite:////data/ipquiz.db") == "/data/ipquiz.db"
    assert display_url("sqlite:///file:/data/ipquiz.db?mode=ro&uri=true") == "/data/ipquiz.db"
    assert display_url("postgresql://a:b@h/d") == "postgresql://a:***@h/d"


def test_the_topic_cache_stores_no_password(tmp_path: Path) -> None:
    url = "postgresql://ann:s3cret@h/db"
    write_topics(tmp_path, url, [(Category(id="c", names={"en": "C"}), 3)])
    stored = (tmp_path / FILE_NAME).read_text(encoding="utf-8")
    assert "s3cret" not in stored
    assert json.loads(stored)["database"] == redact(url)
    assert [c.id for c, _ in read_topics(tmp_path, url)] == ["c"]


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    error_log.uninstall()


def test_the_log_is_created_on_the_first_record_and_masks_passwords(
    log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = error_log.install(log_dir)
    assert path == log_dir / "logs" / "ipquiz.log"
    assert not path.parent.exists()
    logging.getLogger("ipquiz.test").warning("connecting to postgresql://a:s3cret@h/db")
    assert "a:***@h" in capsys.readouterr().err
    assert "s3cret" not in path.read_text(encoding="utf-8")


def test_the_log_rotates(log_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(error_log, "LOG_MAX_BYTES", 2_000)
    path = error_log.install(log_dir)
    for n in range(200):
        error_log.note("line %d %s", n, "x" * 50)
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["ipquiz.log", "ipquiz.log.1", "ipquiz.log.2", "ipquiz.log.3"]
    assert all(p.stat().st_size <= 2_000 for p in path.parent.iterdir())


def test_an_unwritable_log_still_gives_one_line(
    log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = log_dir / "logs"
    blocker.write_text("a file where the log folder should be", encoding="utf-8")
    error_log.install(log_dir)
    try:
        raise OSError("boom")
    except OSError as exc:
        line = error_log.report_unexpected(exc, what="Export")
    assert line.startswith(
        "Export failed unexpectedly: OSError: boom (the report could not be written"
    )
    assert "Logging error" not in capsys.readouterr().err
