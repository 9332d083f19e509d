"""`pip install .` ships the bank: the built wheel, installed into a fresh virtual
environment, counts the bundled questions and finds its resources and migrations.

The wheel is built from a copy of the tree without build isolation or downloads, and
installed without its dependencies: the new environment borrows the test environment's
installed libraries (a .pth file), but not its editable `ipquiz`, so the package, the
bank and the migrations all come from the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from ipquiz_run import ROOT

from ipquiz.bank.bundle import bank_files, read_bank

pytestmark = pytest.mark.slow

PIP = (sys.executable, "-m", "pip", "-q")
#: What the wheel build reads from the tree (setup.py, MANIFEST.in).
SOURCES = (
    "src",
    "questions",
    "resources",
    "pyproject.toml",
    "setup.py",
    "MANIFEST.in",
    "README.md",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = tmp_path_factory.mktemp("tree")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tree / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            *PIP,
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(out),
            str(tree),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("ipquiz-*.whl")
    return built


def test_the_wheel_carries_the_bank_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in bank_files(ROOT / "questions"):
        assert f"ipquiz/data/questions/{path.name}" in names
    for needed in (
        "ipquiz/data/questions/facts/facts.yaml",  # the attract screen's facts
        "ipquiz/data/resources/translations/ipquiz_zh_CN.qm",
        "ipquiz/data/resources/themes/light.qss",
        "ipquiz/data/resources/fonts/ipquiz-sans-sc-regular.otf",
        "ipquiz/data/resources/icons/ipquiz-256.png",
        "ipquiz/storage/migrations/env.py",
        "ipquiz/storage/migrations/versions/0001_initial.py",
    ):
        assert needed in names, needed
    assert not any(n.endswith(".ts") for n in names)  # translation sources stay out


def test_an_installed_wheel_counts_the_bundled_questions(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    borrowed = sysconfig.get_paths()["purelib"]  # PySide6, SQLAlchemy…: not downloaded again
    Path(purelib, "borrowed-libraries.pth").write_text(borrowed + "\n", encoding="utf-8")
    subprocess.run(
        [*PIP, "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "IPQUIZ_DATABASE")}
    run = subprocess.run(
        [venv / "bin" / "ipquiz", "--data-dir", str(tmp_path / "data"), "bank", "stats", "--json"],
        cwd=tmp_path,  # nowhere near the source tree
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    shipped = len(read_bank(ROOT / "questions").questions)
    assert shipped >= 320  # the files were found and read
    assert json.loads(run.stdout)["questions"] == shipped
    where = subprocess.run(
        [python, "-c", "import ipquiz.assets as a; print(a.app_root())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where) == Path(purelib) / "ipquiz" / "data"
