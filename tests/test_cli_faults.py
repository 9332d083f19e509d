"""Every database fault and every unexpected error ends in one line and exit code 1.

Tests run as root, and root writes through chmod; so the faults are made for real in
other ways: a read-only mount and a tiny tmpfs in a private mount namespace
(`unshare -m`, when the machine allows it), a read-only SQLite open, a lock held by
another process.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from simulate_cli import simulate_command

from ipquiz.cli import main

PYTHON = sys.executable


def prepare(data_dir: Path) -> Path:
    assert main(["--data-dir", str(data_dir), "bank", "stats"]) == 0
    return data_dir / "ipquiz.db"


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("ipquiz: ")
    return lines[0]


def ipquiz(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "ipquiz", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


@cache
def private_mounts() -> bool:
    """Can this machine give a child process its own mounts (root, and unshare allowed)?"""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


needs_mounts = pytest.mark.skipif(
    not private_mounts(), reason="needs `unshare -m` and mount (root in a namespace)"
)


def in_private_mounts(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `sh -c script` in a mount namespace of its own: its mounts vanish with it."""
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_read_only_database_is_one_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = prepare(data_dir)
    capsys.readouterr()
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    assert main(["--database", url, "simulate", "--rounds", "1"]) == 1
    line = one_line(capsys.readouterr().err)
    assert "read-only" in line
    assert str(path) in line


@pytest.mark.slow
@needs_mounts
def test_a_read_only_data_folder_is_one_line(data_dir: Path) -> None:
    prepare(data_dir)
    proc = in_private_mounts(
        'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && shift && exec "$@"',
        str(data_dir),
        *simulate_command(data_dir, rounds=1),
    )
    assert proc.returncode == 1, proc.stderr
    line = one_line(proc.stderr)
    assert f"cannot write to the database {data_dir / 'ipquiz.db'}" in line
    assert "read-only" in line


@pytest.mark.slow
def test_a_database_locked_by_another_process_is_one_line(data_dir: Path) -> None:
    path = prepare(data_dir)
    holder = subprocess.Popen(
        [
            PYTHON,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(60)\n",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        proc = ipquiz(
            "--data-dir",
            str(data_dir),
            "simulate",
            "--rounds",
            "1",
            env={"IPQUIZ_BUSY_TIMEOUT": "0.5"},
        )
    finally:
        holder.kill()
        holder.communicate()
    assert proc.returncode == 1, proc.stderr
    line = one_line(proc.stderr)
    assert "another program holds the database" in line
    assert "gave up after 0.5 s" in line


@pytest.mark.slow
@needs_mounts
def test_a_full_disk_is_one_line_and_keeps_what_was_saved(data_dir: Path) -> None:
    original = shutil.copy(prepare(data_dir), data_dir.with_name("before.db"))
    size_kb = Path(original).stat().st_size // 1024 + 400
    # The database on a tmpfs with room for 100 KB more: the WAL fills it mid-run.
    proc = in_private_mounts(
        'mount -t tmpfs -o size="$2"k tmpfs "$1" && cp "$3" "$1"/ipquiz.db && '
        'dd if=/dev/zero of="$1"/filler bs=1k count=300 2>/dev/null && '
        'd="$1" && shift 3 && "$@"; code=$?; mkdir "$d".after && cp "$d"/ipquiz.db* "$d".after/; '
        "exit $code",
        str(data_dir),
        str(size_kb),
        str(original),
        *simulate_command(data_dir, rounds=200),
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    line = one_line(proc.stderr)
    assert "disk holding the database" in line
    assert "is full" in line
    after = data_dir.with_name("ipquiz-data.after") / "ipquiz.db"
    with sqlite3.connect(after) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM questions").fetchone()[0] > 0


def test_an_unexpected_error_is_one_line_and_a_logged_report(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import ipquiz.services.simulation as simulation

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("division by zero in the scorer")

    monkeypatch.setattr(simulation, "simulate", broken)
    assert main(["--data-dir", str(data_dir), "simulate", "--rounds", "1"]) == 1
    line = one_line(capsys.readouterr().err)
    log = data_dir / "logs" / "ipquiz.log"
    assert line == (
        "ipquiz: `ipquiz simulate` failed unexpectedly: ZeroDivisionError: division by zero "
        f"in the scorer; the full report is in {log}"
    )
    report = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in report
    assert "raise ZeroDivisionError" in report


def test_passwords_never_reach_the_screen_or_the_log(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for url in (
        "postgresql://quiz:s3cr3t-pw@127.0.0.1:9/ipquiz",  # nothing listens on port 9
        "nosuchdialect://quiz:s3cr3t-pw@db.example/ipquiz",
    ):
        code = main(["--data-dir", str(data_dir), "--database", url, "bank", "stats"])
        assert code == 1
        line = one_line(capsys.readouterr().err)
        assert "s3cr3t-pw" not in line
        assert "quiz:***@" in line or "psycopg" in line
    log = data_dir / "logs" / "ipquiz.log"
    assert not log.exists() or "s3cr3t-pw" not in log.read_text(encoding="utf-8")
