"""Where the bundled files are: the same way from a source tree, an installed wheel and a
frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def app_root() -> Path:
    """The folder holding `questions/` and `resources/`.

    Frozen (PyInstaller) builds unpack them next to the code in `sys._MEIPASS`; a wheel
    carries them in the package's `data/` folder (setup.py copies them there); a source
    checkout, editable installs included, has them two levels above this package.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parent
    installed = package / "data"
    if (installed / "questions").is_dir():
        return installed
    return package.parents[1]


def bank_dir() -> Path:
    return app_root() / "questions"


def resource(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)
