"""The `ipquiz simulate` command line that the fault and interrupt tests run, and the
played rounds the results tests read."""

from __future__ import annotations

import sys
from pathlib import Path

from ipquiz.cli import main

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


def play_rounds(data_dir: Path, *, exam_rounds: int, exam_seed: int) -> None:
    """Exam rounds, then one practice round, each finished by `simulate`."""
    d = str(data_dir)
    exam = ["--rounds", str(exam_rounds), "--mode", "exam", "--seed", str(exam_seed)]
    assert main(["--data-dir", d, "simulate", *exam]) == 0
    assert main(["--data-dir", d, "simulate", "--rounds", "1", "--seed", "5"]) == 0
