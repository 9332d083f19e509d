"""Every test gets its own data folder and database; Qt runs offscreen.

Storage and service tests run twice, on SQLite and on PostgreSQL (a throwaway cluster
started once for the session, only when a test asks for it; each test gets a fresh
database copied from a migrated template).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pgcluster import TEMPLATE, Postgres, running_cluster

from ipquiz.storage.database import Database, sqlite_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).parent
#: Folders whose every test runs on both databases (unless marked sqlite_only).
BOTH_DIALECTS = ("storage", "services")


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application() -> object:
    """One QApplication for the whole run, made before any test can start a bare
    QGuiApplication (pages drawn without a window: gui/paper.py), which the widget tests
    could not use, whatever order the tests run in."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["ipquiz-tests"])


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


# -- the databases ----------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    with running_cluster() as cluster:
        cluster.sql(f"CREATE DATABASE {TEMPLATE}")
        db = Database(cluster.url(TEMPLATE))
        db.upgrade()
        db.dispose()
        yield Postgres(cluster)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests under BOTH_DIALECTS, or marked both_databases, get one run per database."""
    if "database_url" not in metafunc.fixturenames:
        return
    marked = metafunc.definition.get_closest_marker
    folder = Path(str(metafunc.definition.path)).parent.name
    both = (folder in BOTH_DIALECTS or marked("both_databases")) and not marked("sqlite_only")
    dialects = ["sqlite", "postgresql"] if both else ["sqlite"]
    if marked("postgresql_only"):
        dialects = ["postgresql"]
    metafunc.parametrize("database_url", dialects, indirect=True)


def _database(request: pytest.FixtureRequest, data_dir: Path, *, migrated: bool) -> str:
    if getattr(request, "param", "sqlite") == "sqlite":
        data_dir.mkdir(parents=True, exist_ok=True)
        return sqlite_url(data_dir / "ipquiz.db")
    pg: Postgres = request.getfixturevalue("postgres")
    url = pg.fresh(migrated=migrated)
    # The app's own way to a server: services opened from the data folder use it too.
    request.getfixturevalue("monkeypatch").setenv("IPQUIZ_DATABASE", url)
    return url


@pytest.fixture
def database_url(request: pytest.FixtureRequest, data_dir: Path) -> str:
    """The test's database (at the newest schema on PostgreSQL; SQLite starts empty)."""
    return _database(request, data_dir, migrated=True)


@pytest.fixture
def other_database_url(request: pytest.FixtureRequest, tmp_path: Path, database_url: str) -> str:
    """A second database of the test's dialect at the newest schema (another site)."""
    if database_url.startswith("sqlite"):
        (tmp_path / "other").mkdir(exist_ok=True)
        return sqlite_url(tmp_path / "other" / "ipquiz.db")
    pg: Postgres = request.getfixturevalue("postgres")
    return pg.fresh()


@pytest.fixture
def empty_database_url(request: pytest.FixtureRequest, data_dir: Path, database_url: str) -> str:
    """An empty database of the test's dialect (for the migrations)."""
    if database_url.startswith("sqlite"):
        return sqlite_url(data_dir / "empty.db")
    pg: Postgres = request.getfixturevalue("postgres")
    return pg.fresh(migrated=False)
