"""Build the ipquiz bundle with PyInstaller, then check that it holds what the app needs.

    python packaging/build.py              # dist/ipquiz/ (onedir: what kiosks should use)
    python packaging/build.py --onefile    # dist/ipquiz  (one file, unpacks at every start)
    python packaging/build.py --smoke      # ... and run the frozen `ipquiz --self-test`
    python packaging/build.py --postgresql # with the PostgreSQL driver, for stations

From a fresh clone, `make bundle` creates the virtual environment first. The build uses
the interpreter that runs this script; PyInstaller comes with the `package` (and `test`)
extra: `pip install -e '.[package]'`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "ipquiz.spec"
WINDOWS = sys.platform.startswith("win")
EXE_NAME = "ipquiz.exe" if WINDOWS else "ipquiz"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def executable(bundle: Path) -> Path:
    """The program inside a onedir bundle (or the onefile executable itself)."""
    return bundle / EXE_NAME if bundle.is_dir() else bundle


def cli_executable(bundle: Path) -> Path:
    """The program to run commands and --self-test with: on Windows the console one."""
    if WINDOWS:
        return (bundle if bundle.is_dir() else bundle.parent) / "ipquiz-cli.exe"
    return executable(bundle)


def internal(bundle: Path) -> Path:
    """Where PyInstaller puts everything but the executable (sys._MEIPASS)."""
    return bundle / "_internal"


def size_bytes(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def add_linux_integration(bundle: Path) -> None:
    """Next to the program: install.sh, the menu entry, the icons and the kiosk unit."""
    linux, icons = HERE / "linux", ROOT / "resources" / "icons"
    copies = {
        linux / "install.sh": bundle / "install.sh",
        linux / "ipquiz.desktop": bundle / "share/applications/ipquiz.desktop",
        linux / "ipquiz-kiosk.service": bundle / "share/systemd/user/ipquiz-kiosk.service",
        icons / "ipquiz.svg": bundle / "share/icons/hicolor/scalable/apps/ipquiz.svg",
        **{
            icons / f"ipquiz-{s}.png": bundle / f"share/icons/hicolor/{s}x{s}/apps/ipquiz.png"
            for s in ICON_SIZES
        },
    }
    for source, target in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def check_bundle(bundle: Path) -> list[str]:
    """What is missing from, or should not be in, a onedir bundle; empty when all is well."""
    base = internal(bundle)
    problems = []
    if not executable(bundle).is_file():
        problems.append(f"no executable {executable(bundle)}")
    must_have = {
        "the bank": [
            str(p.relative_to(ROOT / "questions"))
            for pattern in ("*.yaml", "laws/*.yaml", "laws/texts/*.md", "facts/*.yaml")
            for p in (ROOT / "questions").glob(pattern)
        ],
        "the theme": ["resources/themes/light.qss"],
        "the icons": [f"resources/icons/ipquiz-{s}.png" for s in ICON_SIZES],
        "our translation": ["resources/translations/ipquiz_zh_CN.qm"],
        "Qt's translation": ["PySide6/Qt/translations/qtbase_zh_CN.qm"],
        "the migrations": [
            "ipquiz/storage/migrations/env.py",
            *(
                f"ipquiz/storage/migrations/versions/{p.name}"
                for p in (ROOT / "src/ipquiz/storage/migrations/versions").glob("*.py")
            ),
        ],
    }
    for what, names in must_have.items():
        for name in names:
            path = base / "questions" / name if what == "the bank" else base / name
            if not path.is_file():
                problems.append(f"{what}: {path.relative_to(bundle)} is missing")
    if sys.platform.startswith("linux"):
        for plugin in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so"):
            if not (base / "PySide6/Qt/plugins/platforms" / plugin).is_file():
                problems.append(f"Qt platform plugin {plugin} is missing")
        if not (base / "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so").is_file():
            problems.append(
                "Qt's CUPS print plugin is missing: the print dialog would find no printer"
            )
        for name in ("install.sh", "share/applications/ipquiz.desktop"):
            if not (bundle / name).is_file():
                problems.append(f"desktop integration: {name} is missing")
    unwanted = (
        "tkinter",
        "QtQml",
        "QtQuick",
        "QtNetwork",
        "Qt6Qml",
        "Qt6Quick",
        "Qt6Network",
        "libcups.so",
    )
    for path in base.rglob("*"):
        if any(name in path.name for name in unwanted):
            problems.append(f"should not be bundled: {path.relative_to(bundle)}")
    return problems


def smoke_test(bundle: Path) -> int:
    """Run the frozen self-test offscreen, in a throwaway data folder."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="ipquiz-smoke-") as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IPQUIZ_DATA_DIR=data)
        env.pop("IPQUIZ_DATABASE", None)
        command = [str(cli_executable(bundle)), "--self-test"]
        return subprocess.run(command, env=env, check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one executable; slower to start")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (dist)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's cache"
    )
    parser.add_argument("--smoke", action="store_true", help="run the frozen --self-test after")
    parser.add_argument(
        "--postgresql",
        action="store_true",
        help="carry the PostgreSQL driver (stations sharing a server; +16 MiB)",
    )
    args = parser.parse_args()

    try:
        import PyInstaller  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        print(
            "PyInstaller is not installed in this environment: pip install -e '.[package]' "
            "(or run `make bundle`, which sets everything up)",
            file=sys.stderr,
        )
        return 1
    icons = subprocess.run([sys.executable, str(HERE / "icons.py"), "--check"], check=False)
    if icons.returncode != 0:
        subprocess.run([sys.executable, str(HERE / "icons.py")], check=True)

    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(args.dist),
        "--workpath",
        str(args.work),
        str(SPEC),
    ]
    if args.onefile:
        command += ["--", "--onefile"]
    started = time.monotonic()
    print("$", " ".join(command), flush=True)
    env = {**os.environ, "IPQUIZ_BUNDLE_POSTGRESQL": "1" if args.postgresql else "0"}
    if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:
        return 1
    bundle = args.dist / (EXE_NAME if args.onefile else "ipquiz")
    print(
        f"built {bundle} in {time.monotonic() - started:.0f} s: "
        f"{size_bytes(bundle) / 2**20:.1f} MiB"
    )
    if not args.onefile:
        if sys.platform.startswith("linux"):
            add_linux_integration(bundle)
        problems = check_bundle(bundle)
        for problem in problems:
            print(f"bundle check: {problem}", file=sys.stderr)
        if problems:
            return 1
        print("bundle check: everything the app needs is there, nothing it does not use")
    if args.smoke:
        return smoke_test(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
