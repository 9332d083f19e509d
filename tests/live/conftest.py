"""A live class hosted in the test's own process, on the five-question bank (SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ipquiz.config import resolve_locations
from ipquiz.services.app import AppServices, open_services


@pytest.fixture
def services(data_dir: Path, small_bank: Path) -> Iterator[AppServices]:
    s = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank)
    yield s
    s.close()
