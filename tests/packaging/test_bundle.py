"""Build the onedir bundle from the working tree and run it as a user would.

Slow (a PyInstaller build, ~30-60 s); it runs in CI with the rest of `make test`.
PyInstaller comes with the `test` extra. Any output line the program does not print on
purpose fails a test (see ipquiz_run.ALLOWED_NOISE): that is how a missing file, Qt
plugin or library shows up.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest
from ipquiz_run import ROOT, SELF_TEST_PREFIX, describe, run, unexpected_lines

from ipquiz.bank.bundle import read_bank

pytestmark = pytest.mark.slow


def load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ipquiz_build", ROOT / "packaging" / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build_script()


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is not installed: pip install -e '.[test]' (make test does)")
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--postgresql",  # the stations' variant: the frozen tests reach PostgreSQL too
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert done.returncode == 0, describe(done)
    path: Path = out / "dist" / "ipquiz"
    return path


@pytest.fixture
def exe(bundle: Path) -> str:
    return str(build.cli_executable(bundle))  # on Windows the console program


def test_bundle_holds_what_the_app_needs_and_nothing_it_does_not(bundle: Path) -> None:
    assert build.check_bundle(bundle) == []


def test_frozen_self_test(exe: str, bundle: Path, tmp_path: Path) -> None:
    done = run([exe, "--self-test"], env={"IPQUIZ_DATA_DIR": str(tmp_path / "data")})
    assert done.returncode == 0, describe(done)
    assert done.stdout.splitlines()[0].startswith(f"{SELF_TEST_PREFIX} ipquiz ")
    assert "(frozen)" in done.stdout.splitlines()[0]
    assert done.stdout.splitlines()[-1] == f"{SELF_TEST_PREFIX} passed"
    assert unexpected_lines(done.stdout, own_prefix=SELF_TEST_PREFIX) == [], describe(done)
    assert unexpected_lines(done.stderr) == [], describe(done)


def test_frozen_bank_stats_counts_the_bundled_bank(exe: str, bundle: Path) -> None:
    """With no --data-dir the database goes to the user's data folder (XDG_DATA_HOME is a
    temporary folder in tests): never inside the bundle."""
    done = run([exe, "bank", "stats", "--json"], env={"IPQUIZ_DATA_DIR": ""})
    assert done.returncode == 0, describe(done)
    assert unexpected_lines(done.stderr) == [], describe(done)
    stats = json.loads(done.stdout)
    assert stats["questions"] == len(read_bank(ROOT / "questions").questions)
    assert stats["with_source"] == stats["questions"]
    assert list(bundle.rglob("*.db")) == []
    if sys.platform.startswith("linux"):
        assert (Path(os.environ["XDG_DATA_HOME"]) / "ipquiz" / "ipquiz.db").is_file()


@pytest.mark.both_databases
def test_frozen_db_upgrade_then_a_simulated_round(
    exe: str, database_url: str, empty_database_url: str, tmp_path: Path
) -> None:
    """The bundle built for stations reaches PostgreSQL too (`build.py --postgresql`)."""
    env = {"IPQUIZ_DATA_DIR": str(tmp_path / "data"), "IPQUIZ_DATABASE": empty_database_url}
    done = run([exe, "db", "upgrade"], env=env)
    assert done.returncode == 0, describe(done)
    assert done.stdout.startswith("the database was upgraded from schema none to "), describe(done)
    done = run([exe, "simulate", "--mode", "kiosk", "--rounds", "2", "--json"], env=env)
    assert done.returncode == 0, describe(done)
    assert unexpected_lines(done.stderr) == [], describe(done)
    assert json.loads(done.stdout)["answers"] == 10


def test_frozen_certificate_pdf(exe: str, tmp_path: Path) -> None:
    """A passed exam's certificate from the bundle: Qt's PDF writer and the bundled
    Chinese font work frozen, with no display."""
    env = {"IPQUIZ_DATA_DIR": str(tmp_path / "data")}
    done = run([exe, "simulate", "--mode", "exam", "--rounds", "3", "--seed", "3"], env=env)
    assert done.returncode == 0, describe(done)
    for attempt in (1, 2, 3):
        out = tmp_path / f"{attempt}.pdf"
        made = run([exe, "certificate", "--attempt", str(attempt), "-o", str(out)], env=env)
        if made.returncode == 0:
            break
    assert made.returncode == 0, describe(made)
    assert unexpected_lines(made.stderr) == [], describe(made)
    code = made.stdout.split()[1]
    assert out.read_bytes().startswith(b"%PDF-")
    assert b"ipquizSansSC" in out.read_bytes()
    checked = run([exe, "certificate", "verify", code], env=env)
    assert checked.returncode == 0, describe(checked)
    assert checked.stdout.startswith(f"valid: certificate {code}: ")


def test_frozen_startup_report(exe: str, tmp_path: Path) -> None:
    """benchmarks/startup.py can time the bundle: both moments, then a clean exit."""
    report = tmp_path / "report.json"
    started = time.monotonic_ns()
    done = run(
        [exe, "--lang", "zh-CN"],
        env={"IPQUIZ_STARTUP_REPORT": str(report), "IPQUIZ_DATA_DIR": str(tmp_path / "data")},
    )
    assert done.returncode == 0, describe(done)
    assert unexpected_lines(done.stdout + done.stderr) == [], describe(done)
    moments = json.loads(report.read_text(encoding="utf-8"))
    assert started < moments["window_painted"] < moments["screen_ready"] < time.monotonic_ns()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux install script")
def test_install_script_installs_and_removes_everything(bundle: Path, tmp_path: Path) -> None:
    root, home = tmp_path / "root", Path(os.environ["HOME"])
    env = {
        "DESTDIR": str(root),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    install = [str(bundle / "install.sh"), "--user", "--kiosk"]
    done = run(install, env=env)
    assert done.returncode == 0, describe(done)
    staged = root / str(home).lstrip("/")
    app = staged / ".local/opt/ipquiz"
    assert (app / "ipquiz").is_file()
    assert (app / "_internal/questions").is_dir()
    assert os.readlink(staged / ".local/bin/ipquiz") == str(home / ".local/opt/ipquiz/ipquiz")
    assert (staged / ".local/share/applications/ipquiz.desktop").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert (staged / f".local/share/icons/hicolor/{size}x{size}/apps/ipquiz.png").is_file()
    unit = (staged / ".config/systemd/user/ipquiz-kiosk.service").read_text(encoding="utf-8")
    assert f"ExecStart={home}/.local/opt/ipquiz/ipquiz --kiosk" in unit

    done = run([str(bundle / "install.sh"), "--user", "--uninstall"], env=env)
    assert done.returncode == 0, describe(done)
    assert not app.exists()
    assert not (staged / ".local/share/applications/ipquiz.desktop").exists()
