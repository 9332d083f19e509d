"""Refresh the translation source from the code, then compile it for the app.

    python packaging/translations.py          # lupdate + lrelease
    python packaging/translations.py --check  # exit 1 if anything is untranslated or stale

Translators edit resources/translations/*.ts with Qt Linguist (pyside6-linguist).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
GUI = ROOT / "src" / "ipquiz" / "gui"


def tool(name: str) -> str:
    """The PySide6 tool next to this interpreter (a venv's bin/ or Scripts/)."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p) for p in GUI.rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", "-silent"], check=True
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    tree = ElementTree.parse(ts)
    return [
        m.findtext("source") or ""
        for m in tree.iter("message")
        if (t := m.find("translation")) is None
        or t.get("type") == "unfinished"
        or not (t.text or "")
    ]


def check() -> list[str]:
    """Problems: strings the code has but the .ts lacks, untranslated ones, a stale .qm."""
    problems = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            lupdate(copy)
            problems += [f"{ts.name}: not translated: {s!r}" for s in unfinished(copy)]
            qm = Path(tmp) / ts.with_suffix(".qm").name
            lrelease(ts, qm)
            if qm.read_bytes() != ts.with_suffix(".qm").read_bytes():
                problems.append(
                    f"{ts.with_suffix('.qm').name} is older than {ts.name}: run this script"
                )
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations up to date")
        return 1 if problems else 0
    for ts in sorted(TS_DIR.glob("*.ts")):
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
        for s in unfinished(ts):
            print(f"{ts.name}: not translated yet: {s!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
