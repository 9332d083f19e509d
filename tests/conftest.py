"""Every test gets its own data folder and database; Qt runs offscreen."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does reaches the user's real data or config folders."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("IPQUIZ_DATABASE", raising=False)
    monkeypatch.setenv("IPQUIZ_DATA_DIR", str(tmp_path / "ipquiz-data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "ipquiz-data"


@pytest.fixture
def small_bank(tmp_path: Path) -> Iterator[Path]:
    """A copy of the five-question fixture bank that a test may edit."""
    folder = tmp_path / "bank"
    shutil.copytree(FIXTURES / "bank", folder)
    return folder
