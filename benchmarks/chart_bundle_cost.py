"""What drawing charts and printing cost the bundle: QtCharts against QPainter helpers.

    python benchmarks/chart_bundle_cost.py          # three slim bare bundles (a few minutes)
    python benchmarks/chart_bundle_cost.py --json

The measurement behind the choice of chart library (README, "Charts"). Three onedir
bundles, each slimmed exactly like ipquiz's own (packaging/bundle_policy.py), built in
the same run with the PyInstaller of this environment:

- bare: a window with a label and four buttons (as benchmarks/bundle_size.py);
- painter: the same window, plus a bar chart drawn with QPainter, a PDF written with
  QPdfWriter and a print dialog (QtPrintSupport) — what the app uses;
- qtcharts: the painter bundle plus a QChartView bar chart from QtCharts, which needs
  PySide6-Addons installed (`pip install PySide6-Addons` of the same version as
  PySide6-Essentials); without it this variant is reported as not measured.

It prints each size and the cost of each step over the bare bundle, in MiB and as a
ratio of the bare bundle.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bundle_size import BARE_WINDOW, size_bytes

ROOT = Path(__file__).resolve().parents[1]

# The bare window of benchmarks/bundle_size.py, before it is shown: the variants add to it.
BARE, _, _ = BARE_WINDOW.partition("window.show()")
PAINTER = """
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPdfWriter, QColor
from PySide6.QtPrintSupport import QPrintDialog, QPrinter


class Bars(QWidget):
    def paintEvent(self, event):
        painter = QPainter(self)
        for n, value in enumerate((3, 5, 2)):
            painter.fillRect(QRectF(10 + 30 * n, 100 - 20 * value, 20, 20 * value), QColor("#0072B2"))


layout.addWidget(Bars())
writer = QPdfWriter(sys.argv[0] + ".pdf")
QPainter(writer).end()
printer = QPrinter()
QPrintDialog(printer, window)
"""
QTCHARTS = """
from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView

bars = QBarSet("answers")
bars.append([3, 5, 2])
series = QBarSeries()
series.append(bars)
chart = QChart()
chart.addSeries(series)
layout.addWidget(QChartView(chart))
"""
SHOW = """
window.show()
sys.exit(app.exec())
"""
SPEC = """
import sys
sys.path.insert(0, {packaging!r})
import bundle_policy as policy

keep = {keep!r}
for folder in {plugins!r}:  # Qt plugin folders the variant needs besides ipquiz's own
    policy.kept_plugins()[folder] = None
a = Analysis([{script!r}], excludes=[m for m in policy.EXCLUDES if m not in keep])
a.binaries = policy.slim_binaries(a.binaries)
a.datas = policy.slim_datas(a.datas, a.binaries)
pyz = PYZ(a.pure)
strip = sys.platform.startswith("linux")  # as packaging/ipquiz.spec
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name={name!r}, strip=strip, upx=False)
COLLECT(exe, a.binaries, a.datas, strip=strip, upx=False, name={name!r})
"""
VARIANTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "bare": (BARE, ()),
    "painter": (BARE + PAINTER, ("PySide6.QtPrintSupport",)),
    "qtcharts": (
        BARE + PAINTER + QTCHARTS,
        (
            "PySide6.QtPrintSupport",
            "PySide6.QtCharts",
            "PySide6.QtOpenGL",
            "PySide6.QtOpenGLWidgets",
        ),
    ),
}


def build(
    name: str, source: str, keep: tuple[str, ...], tmp: Path, plugins: tuple[str, ...] = ()
) -> int:
    """The size of a slim onedir bundle of `source`, with the modules in `keep` and the
    Qt plugin folders in `plugins` that ipquiz's own bundle leaves out."""
    script = tmp / f"{name}.py"
    script.write_text(source + SHOW, encoding="utf-8")
    spec = tmp / f"{name}.spec"
    spec.write_text(
        SPEC.format(
            packaging=str(ROOT / "packaging"),
            script=str(script),
            keep=keep,
            name=name,
            plugins=plugins,
        ),
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR"]
    command += ["--distpath", str(tmp / "dist"), "--workpath", str(tmp / "work"), str(spec)]
    done = subprocess.run(command, cwd=tmp, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"PyInstaller failed for {name}:\n{done.stdout}\n{done.stderr}")
    return size_bytes(tmp / "dist" / name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    has_charts = importlib.util.find_spec("PySide6.QtCharts") is not None
    sizes: dict[str, int | None] = {}
    with tempfile.TemporaryDirectory(prefix="ipquiz-charts-") as tmp_name:
        for name, (source, keep) in VARIANTS.items():
            if name == "qtcharts" and not has_charts:
                sizes[name] = None
                continue
            sizes[name] = build(name, source, keep, Path(tmp_name))
    bare = sizes["bare"]
    assert bare is not None
    result = {
        "bytes": sizes,
        "mib": {k: None if v is None else round(v / 2**20, 1) for k, v in sizes.items()},
        "ratio_to_bare": {k: None if v is None else round(v / bare, 3) for k, v in sizes.items()},
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    labels = {
        "bare": "bare PySide6 window, slimmed",
        "painter": "+ QPainter chart, QPdfWriter, print dialog",
        "qtcharts": "+ the same with a QtCharts chart",
    }
    for name, size in sizes.items():
        if size is None:
            print(f"{labels[name]:45} not measured: PySide6-Addons is not installed")
            continue
        extra = (size - bare) / 2**20
        print(
            f"{labels[name]:45} {size / 2**20:7.1f} MiB  (+{extra:5.1f} MiB, {size / bare:.2f} x bare)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
