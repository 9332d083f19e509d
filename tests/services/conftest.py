"""Every test here runs on SQLite and on PostgreSQL (see tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakeclock import Clock

from ipquiz.config import resolve_locations
from ipquiz.services.app import AppServices, open_services


@pytest.fixture(autouse=True)
def _on_each_database(database_url: str) -> str:
    return database_url


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def services(data_dir: Path, small_bank: Path, clock: Clock) -> Iterator[AppServices]:
    """The app's services on the five-question bank, on `clock`."""
    s = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank, clock=clock)
    yield s
    s.close()
