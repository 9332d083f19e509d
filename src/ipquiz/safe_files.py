"""Reading and writing files a person names (imports, exports, `-o`), without surprises.

Writing: the data goes to a temporary file in the target's folder, which is then renamed
over the target, so a crash or a full disk never leaves half a file. Only a regular file
or a new path is written. A symbolic link is followed: the file it points to is replaced
and the link stays (a link to anything but a regular file, or to nothing, is refused).
FIFOs, devices and folders are refused with one line, never opened.

Reading: only regular files are read, at most `limit` bytes; a FIFO or a link to
/dev/zero is refused at once instead of hanging or filling the memory.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO


class UnsafeFileError(OSError):
    """A path that is not a regular file (or a new one); `strerror` is the one-line reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(errno.EINVAL, reason, str(path))

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def write_target(path: Path) -> Path:
    """The regular file (or new path) that writing `path` replaces; links are followed.

    Raises UnsafeFileError for anything else.
    """
    is_link = path.is_symlink()
    target = Path(os.path.realpath(path)) if is_link else path
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        if is_link:
            raise UnsafeFileError(path, "is a symbolic link to a missing file") from None
        if not target.parent.is_dir():
            raise UnsafeFileError(path, f"the folder {target.parent} does not exist") from None
        return target
    if not stat.S_ISREG(mode):
        through = " (through a symbolic link)" if is_link else ""
        raise UnsafeFileError(
            path, f"is {_kind(mode)}{through}; only a regular file or a new file is written"
        )
    return target


@contextmanager
def atomic_binary(path: Path) -> Iterator[BinaryIO]:
    """A temporary file beside `path`; on success it replaces `path` in one rename."""
    target = write_target(path)
    try:
        keep_mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        keep_mode = None  # a new file gets the usual permissions (0o666 less the umask)
    fd, tmp = _create_beside(target)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if keep_mode is not None:
            os.chmod(tmp, keep_mode)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text(
    path: Path, *, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[TextIO]:
    """atomic_binary for text."""
    with atomic_binary(path) as raw:
        out = io.TextIOWrapper(raw, encoding=encoding, newline=newline)
        yield out
        out.flush()
        out.detach()


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (see atomic_binary)."""
    with atomic_binary(path) as out:
        out.write(data)


def _create_beside(target: Path) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{os.urandom(4).hex()}.part")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; UnsafeFileError otherwise.

    The file is opened without blocking (a FIFO would wait for a writer) and checked
    on the open descriptor, so a swap between the check and the read changes nothing.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFileError(path, f"is {_kind(info.st_mode)}; only regular files are read")
        if info.st_size > limit:
            raise UnsafeFileError(path, _too_big(info.st_size, limit))
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        data = handle.read(limit + 1)
    if len(data) > limit:  # grew while being read
        raise UnsafeFileError(path, _too_big(len(data), limit))
    return data


def _too_big(size: int, limit: int) -> str:
    mb = 1024 * 1024
    return f"the file is {size / mb:.0f} MB; the limit is {limit // mb} MB"
