"""Files that hang or flood a reader that trusts a name: a FIFO, a link to /dev/zero."""

from __future__ import annotations

import os
from pathlib import Path

KINDS = ("fifo", "dev-zero")


def make_special(path: Path, kind: str) -> Path:
    """A FIFO (opening it waits for a writer) or a link to /dev/zero (endless) at `path`."""
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    return path
