"""The soak benchmark runs (a small N here; the 5,000-round run is in docs/kiosk.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def test_soak_benchmark_smoke() -> None:
    run = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "kiosk_soak.py"), "--rounds", "20", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["rounds"] == 20
    assert report["seconds"] > 0
    assert 0 < report["rss_start_mb"] <= report["rss_end_mb"] + 50
    assert {"growth_mb", "growth_from_start_mb", "first_chunk_s", "rss_by_chunk_mb"} <= set(report)
    assert len(report["steady_cpu_by_chunk"]) == len(report["seconds_by_chunk"]) == 10
    assert all(s > 0 for s in report["steady_cpu_by_chunk"])
