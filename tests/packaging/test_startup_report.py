"""The hidden start-up report benchmarks/startup.py relies on: both moments, in order,
then a clean exit (the frozen bundle is checked in test_bundle.py)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from ipquiz_run import describe, run, source_command, unexpected_lines

pytestmark = pytest.mark.slow


def test_startup_report_from_source(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    started = time.monotonic_ns()
    done = run(
        [*source_command(), "--lang", "en"],
        env={"IPQUIZ_STARTUP_REPORT": str(report), "IPQUIZ_DATA_DIR": str(tmp_path / "data")},
    )
    assert done.returncode == 0, describe(done)
    assert unexpected_lines(done.stdout + done.stderr) == [], describe(done)
    moments = json.loads(report.read_text(encoding="utf-8"))
    assert started < moments["window_painted"] < moments["screen_ready"] < time.monotonic_ns()


@pytest.mark.parametrize(
    "heavy",
    [
        "openpyxl",  # spreadsheets: only when a file is imported or exported
        "alembic",  # migrations: only when the schema is behind
        "mako",
        "defusedxml",  # Moodle XML
        "yaml",  # the bank loader: only when the bank's files changed
    ],
)
def test_nothing_heavy_before_the_first_screen(
    heavy: str, loaded_on_second_start: list[str]
) -> None:
    assert "sqlalchemy" in loaded_on_second_start  # the loader did run
    assert heavy not in loaded_on_second_start


@pytest.fixture(scope="module")
def loaded_on_second_start(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Top-level packages imported when the first screen is ready, on a second start:
    the database at the newest schema, the bank unchanged."""
    tmp = tmp_path_factory.mktemp("second-start")
    report = tmp / "report.json"
    env = {"IPQUIZ_STARTUP_REPORT": str(report), "IPQUIZ_DATA_DIR": str(tmp / "data")}
    for _ in range(2):
        done = run([*source_command(), "--lang", "en"], env=env)
        assert done.returncode == 0, describe(done)
    modules: list[str] = json.loads(report.read_text(encoding="utf-8"))["modules"]
    return modules
