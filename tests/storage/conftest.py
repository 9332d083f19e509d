"""Every test here runs on SQLite and on PostgreSQL (see tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _on_each_database(database_url: str) -> str:
    return database_url
