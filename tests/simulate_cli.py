"""The `ipquiz simulate` command line that the fault and interrupt tests run."""

from __future__ import annotations

import sys
from pathlib import Path

PYTHON = sys.executable


def simulate_command(data_dir: Path, *, rounds: int) -> list[str]:
    return [
        PYTHON,
        "-m",
        "ipquiz",
        "--data-dir",
        str(data_dir),
        "simulate",
        "--rounds",
        str(rounds),
    ]
