"""Where the bundled files are, the same way from a source tree and a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding `questions/` and `resources/`.

    Frozen (PyInstaller) builds unpack them next to the code in `sys._MEIPASS`;
    a source checkout has them two levels above this package.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def bank_dir() -> Path:
    return app_root() / "questions"


def resource(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)
