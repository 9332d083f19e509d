"""How big the ipquiz bundle is, against a bare PySide6 Widgets bundle built in the same run.

    python benchmarks/bundle_size.py                   # builds all three (about a minute)
    python benchmarks/bundle_size.py --ipquiz dist/ipquiz --json

Three onedir bundles, built with the PyInstaller of this environment:

- bare, default: a window with a label and four buttons, `pyinstaller bare.py`;
- bare, slim: the same window built like ipquiz (packaging/bundle_policy.py: unused Qt
  plugins, Qt translations and modules left out, binaries stripped);
- ipquiz: packaging/ipquiz.spec (or an existing bundle given with --ipquiz).

The target is ipquiz <= 1.3 x the slim bare bundle.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.3
BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

app = QApplication(sys.argv)
window = QWidget()
layout = QVBoxLayout(window)
layout.addWidget(QLabel("A bare PySide6 window"))
for n in range(4):
    layout.addWidget(QPushButton(f"Button {n + 1}"))
window.show()
sys.exit(app.exec())
"""
SLIM_SPEC = """
import sys
sys.path.insert(0, {packaging!r})
import bundle_policy as policy

a = Analysis([{script!r}], excludes=list(policy.EXCLUDES))
a.binaries = policy.slim_binaries(a.binaries)
a.datas = policy.slim_datas(a.datas, a.binaries)
pyz = PYZ(a.pure)
strip = sys.platform.startswith("linux")  # as packaging/ipquiz.spec
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", strip=strip, upx=False)
COLLECT(exe, a.binaries, a.datas, strip=strip, upx=False, name="bare-slim")
"""


def size_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def pyinstaller(args: list[str], cwd: Path) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", *args]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"PyInstaller failed:\n{done.stdout}\n{done.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ipquiz", type=Path, help="measure this onedir bundle, do not build")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ipquiz-size-") as tmp_name:
        tmp = Path(tmp_name)
        script = tmp / "bare.py"
        script.write_text(BARE_WINDOW, encoding="utf-8")
        dist, work = tmp / "dist", tmp / "work"
        common = ["--distpath", str(dist), "--workpath", str(work)]
        pyinstaller([*common, "--onedir", "--name", "bare-default", str(script)], tmp)
        spec = tmp / "bare-slim.spec"
        spec.write_text(
            SLIM_SPEC.format(packaging=str(ROOT / "packaging"), script=str(script)),
            encoding="utf-8",
        )
        pyinstaller([*common, str(spec)], tmp)
        ipquiz = args.ipquiz
        if ipquiz is None:
            pyinstaller([*common, str(ROOT / "packaging" / "ipquiz.spec")], ROOT)
            ipquiz = dist / "ipquiz"
        sizes = {
            "bare_default": size_bytes(dist / "bare-default"),
            "bare_slim": size_bytes(dist / "bare-slim"),
            "ipquiz": size_bytes(ipquiz),
        }
    ratio = sizes["ipquiz"] / sizes["bare_slim"]
    result = {
        "bytes": sizes,
        "mib": {k: round(v / 2**20, 1) for k, v in sizes.items()},
        "ipquiz_to_bare_slim": round(ratio, 3),
        "target_ratio": TARGET_RATIO,
        "meets_target": ratio <= TARGET_RATIO,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        mib = result["mib"]
        print(f"bare PySide6 window, default build: {mib['bare_default']:7.1f} MiB")
        print(f"bare PySide6 window, slimmed:       {mib['bare_slim']:7.1f} MiB")
        print(
            f"ipquiz onedir bundle:               {mib['ipquiz']:7.1f} MiB  "
            f"= {ratio:.2f} x the slim bare bundle "
            f"(target <= {TARGET_RATIO}: {'ok' if result['meets_target'] else 'MISSED'})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
