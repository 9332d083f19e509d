"""`ipquiz --self-test` from the source tree: passes, says why when it fails, and never
touches the user's data. (test_bundle.py runs the same self-test frozen.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from ipquiz_run import SELF_TEST_PREFIX, describe, run, source_command, unexpected_lines

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_self_test_passes(lang: str) -> None:
    done = run([*source_command(), "--lang", lang, "--self-test"])
    assert done.returncode == 0, describe(done)
    lines = done.stdout.splitlines()
    assert lines[-1] == f"{SELF_TEST_PREFIX} passed"
    assert any("played 5 questions" in line for line in lines)
    assert any("exported and checked 5 answers" in line for line in lines)
    assert unexpected_lines(done.stdout, own_prefix=SELF_TEST_PREFIX) == []
    assert unexpected_lines(done.stderr) == [], describe(done)


def test_self_test_leaves_the_users_data_alone(tmp_path: Path) -> None:
    data, database = tmp_path / "data", tmp_path / "elsewhere.db"
    done = run(
        [*source_command(), "--self-test"],
        env={"IPQUIZ_DATA_DIR": str(data), "IPQUIZ_DATABASE": f"sqlite:///{database}"},
    )
    assert done.returncode == 0, describe(done)
    assert not data.exists()
    assert not database.exists()


def test_a_missing_resource_fails_with_the_reason(tmp_path: Path) -> None:
    """As a bundle built without resources/ would: exit 1, and say which file."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "import ipquiz.assets\n"
        f"ipquiz.assets.app_root = lambda: Path({str(tmp_path)!r})\n"
        "from ipquiz.cli import main\n"
        "sys.exit(main(['--self-test']))\n"
    )
    done = run([sys.executable, "-c", script])
    assert done.returncode == 1, describe(done)
    failure = [line for line in done.stderr.splitlines() if line.startswith(SELF_TEST_PREFIX)]
    assert len(failure) == 1, describe(done)
    assert failure[0].startswith(f"{SELF_TEST_PREFIX} FAILED:")
    assert "light.qss" in failure[0]


def test_self_test_checks_the_database_it_is_pointed_at(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "ipquiz.db").write_bytes(b"not a database at all " * 500)
    done = run([*source_command(), "--data-dir", str(data), "--self-test"])
    assert done.returncode == 1, describe(done)
    assert f"{SELF_TEST_PREFIX} passed" not in done.stdout
    assert "scratch folder" in done.stdout
    failure = [line for line in done.stderr.splitlines() if line.startswith(SELF_TEST_PREFIX)]
    assert failure == [
        f"{SELF_TEST_PREFIX} FAILED: the database {data / 'ipquiz.db'} is damaged (file is not "
        "a database); nothing was changed: run `ipquiz db start-fresh` to keep it aside under "
        "a dated name and start on a fresh one"
    ], describe(done)
    assert sorted(p.name for p in data.iterdir()) == ["ipquiz.db"]  # nothing written


def test_self_test_reports_a_healthy_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run([*source_command(), "--data-dir", str(data), "bank", "stats"]).returncode == 0
    done = run([*source_command(), "--data-dir", str(data), "--self-test"])
    assert done.returncode == 0, describe(done)
    assert f"ok your database {data / 'ipquiz.db'}: readable, writable, intact" in done.stdout
