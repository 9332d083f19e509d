"""Files a person names: written atomically to regular files only, read with a bound."""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest

from ipquiz.cli import main
from ipquiz.safe_files import (
    UnsafeFileError,
    atomic_text,
    read_limited,
    write_bytes,
    write_target,
)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_new_file_is_written_with_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_bytes(target, b"hello")
    assert target.read_bytes() == b"hello"
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert _leftovers(tmp_path) == []


def test_a_regular_file_is_replaced_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    target.chmod(0o640)
    with atomic_text(target, encoding="utf-8-sig", newline="") as out:
        out.write("新\r\n")
    assert target.read_bytes() == "\ufeff新\r\n".encode()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failure_while_writing_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path,
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")

    def fail_halfway() -> None:
        with atomic_text(target) as out:
            out.write("half")
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        fail_halfway()
    assert target.read_text() == "old"
    assert _leftovers(tmp_path) == []


def test_a_symbolic_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real" / "results.csv"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_bytes(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert _leftovers(tmp_path) == []
    assert _leftovers(real.parent) == []


@pytest.mark.parametrize("kind", ["fifo", "folder", "device", "dangling", "link-to-fifo"])
def test_anything_but_a_regular_file_or_a_new_path_is_refused(kind: str, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    elif kind == "device":
        target = Path("/dev/null")
    elif kind == "dangling":
        target.symlink_to(tmp_path / "missing.csv")
    else:
        os.mkfifo(tmp_path / "pipe")
        target.symlink_to(tmp_path / "pipe")
    before = target.lstat()
    with pytest.raises(UnsafeFileError) as caught:
        write_bytes(target, b"data")
    assert str(target) in str(caught.value)
    after = target.lstat()
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert not (tmp_path / "missing.csv").exists()
    assert _leftovers(tmp_path) == []


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(UnsafeFileError, match="does not exist"):
        write_target(tmp_path / "nowhere" / "out.csv")


def _refused_quickly(path: Path, limit: int = 1024) -> str:
    box: list[BaseException | bytes] = []

    def read() -> None:
        try:
            box.append(read_limited(path, limit))
        except BaseException as exc:
            box.append(exc)

    worker = threading.Thread(target=read, daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(5)
    assert not worker.is_alive(), f"reading {path} hangs"
    assert time.monotonic() - started < 5
    assert isinstance(box[0], UnsafeFileError), box[0]
    return str(box[0])


def test_reading_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "bank.yaml")
    assert "FIFO" in _refused_quickly(tmp_path / "bank.yaml")


def test_reading_a_link_to_dev_zero_is_refused(tmp_path: Path) -> None:
    (tmp_path / "bank.csv").symlink_to("/dev/zero")
    assert "device" in _refused_quickly(tmp_path / "bank.csv")


def test_reading_is_bounded(tmp_path: Path) -> None:
    (tmp_path / "big.csv").write_bytes(b"x" * 2048)
    assert "limit" in _refused_quickly(tmp_path / "big.csv")
    assert read_limited(tmp_path / "big.csv", 2048) == b"x" * 2048


@pytest.mark.parametrize("command", [["bank", "export"], ["results", "export"]])
def test_the_cli_refuses_a_fifo_as_output_in_one_line(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    assert main([*command, "-o", str(fifo)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert "named pipe" in err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_the_cli_writes_through_a_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert main(["bank", "export", "-o", str(link)]) == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8-sig").startswith("id,")
