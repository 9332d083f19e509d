"""benchmarks/report.py on a small class: the database's figures equal the naive ones
(the benchmark checks every item) and the workbook is written."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
import report as bench  # noqa: E402


def test_a_small_class(tmp_path: Path) -> None:
    figures = bench.run(tmp_path, students=60, questions=12)
    assert figures["answers"] > 0.9 * 60 * 12
    assert figures["statistics_s"] > 0
    assert figures["workbook_kib"] > 0
