"""The `ipquiz` command line, run in-process and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from dbcheck import committed

from ipquiz import __version__
from ipquiz.cli import main
from ipquiz.storage.database import HEAD_REVISION


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"ipquiz {__version__}"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for word in ("--lang", "--data-dir", "--database", "bank", "results"):
        assert word in out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "fr", "bank", "stats"])
    assert exit_.value.code == 2
    assert "unsupported language" in capsys.readouterr().err


def test_bank_stats_json_counts_the_shipped_bank(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "bank", "stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {
        "questions",
        "by_category",
        "by_type",
        "by_difficulty",
        "languages",
        "with_source",
    }
    assert data["questions"] >= 30
    assert data["questions"] == sum(data["by_category"].values()) == sum(data["by_type"].values())
    assert data["languages"] == {"zh-CN": data["questions"], "en": data["questions"]}
    assert data["with_source"] == data["questions"]
    assert (data_dir / "ipquiz.db").exists()


def test_database_url_overrides_data_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'other.db'}"
    assert main(["--database", url, "bank", "stats", "--json"]) == 0
    assert (tmp_path / "other.db").exists()


def test_results_export_to_a_missing_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["results", "export", "--format", "csv", "-o", str(tmp_path / "no" / "r.csv")])
    assert code == 1
    err = capsys.readouterr().err
    assert "does not exist" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_unusable_database_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--database", "nosuchdialect://x", "bank", "stats"])
    assert code == 1
    err = capsys.readouterr().err
    assert "cannot use the database URL nosuchdialect://x" in err
    assert "Traceback" not in err


@pytest.mark.slow
def test_python_dash_m_and_env_data_dir(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    env_dir = tmp_path / "from-env"
    proc = subprocess.run(
        [sys.executable, "-m", "ipquiz", "results", "export", "-o", str(out)],
        capture_output=True,
        text=True,
        env={"IPQUIZ_DATA_DIR": str(env_dir), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert (env_dir / "ipquiz.db").exists()
    assert out.read_text(encoding="utf-8-sig").startswith("attempt,player")


@pytest.mark.both_databases
def test_db_upgrade_migrates_then_says_up_to_date(
    database_url: str, empty_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", empty_database_url, "db", "upgrade"]) == 0
    assert capsys.readouterr().out.strip() == (
        f"the database was upgraded from schema none to {HEAD_REVISION}"
    )
    assert main(["--database", empty_database_url, "db", "upgrade"]) == 0
    assert capsys.readouterr().out.strip() == f"the database is up to date (schema {HEAD_REVISION})"
    tables = committed(empty_database_url, "SELECT count(*) FROM draw_cursors")
    assert tables == [(0,)]


def test_db_upgrade_on_an_unreachable_server_is_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/ipquiz"
    assert main(["--database", url, "db", "upgrade"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ipquiz: lost the connection to the database")
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
