"""How fast ipquiz starts, against a bare PySide6 window measured in the same run.

    python benchmarks/startup.py                    # source install (+ dist/ipquiz if built)
    python benchmarks/startup.py --bundle dist/ipquiz --runs 10 --json

Every figure is measured from process start (the moment this script starts the process)
to a moment the process reports on the same monotonic clock:

- floor: a bare PySide6 window with a label and four buttons, first paint finished;
- window painted: ipquiz's main window, first paint finished;
- screen ready: ipquiz's start screen with its topics painted and the event loop free.

ipquiz reports its moments when IPQUIZ_STARTUP_REPORT names a file (see
src/ipquiz/gui/startup_report.py); it then closes itself. Runs are interleaved (floor,
source, bundle, floor, ...) so that other load on the machine hits every subject alike,
and each subject gets one untimed warm-up run first (it also creates the database and
loads the bank, which a normal start does not do). Qt runs offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT_ENV = "IPQUIZ_STARTUP_REPORT"
WINDOW_PAINTED, SCREEN_READY = "window_painted", "screen_ready"
TARGETS = {WINDOW_PAINTED: 1.5, SCREEN_READY: 3.0}

# The floor: the same stamping as ipquiz's report (first paint of the window, then the
# next turn of the event loop), on a window of the size ipquiz opens.
BARE_WINDOW = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

app = QApplication(sys.argv)
window = QWidget()
layout = QVBoxLayout(window)
layout.addWidget(QLabel("A bare PySide6 window"))
for n in range(4):
    layout.addWidget(QPushButton(f"Button {n + 1}"))

def stamp():
    with open(os.environ["IPQUIZ_STARTUP_REPORT"], "w") as out:
        json.dump({"window_painted": time.monotonic_ns()}, out)
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is window:
            window.removeEventFilter(self)
            QTimer.singleShot(0, stamp)
        return False

first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.resize(1280, 820)
window.show()
sys.exit(app.exec())
"""


@dataclass
class Subject:
    name: str
    command: list[str]
    moments: tuple[str, ...]
    data_dir: Path | None = None
    runs: dict[str, list[float]] = field(default_factory=dict)

    def run_once(self, report: Path) -> dict[str, float]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env[REPORT_ENV] = str(report)
        env.pop("IPQUIZ_DATABASE", None)
        if self.data_dir is not None:
            env["IPQUIZ_DATA_DIR"] = str(self.data_dir)
        report.unlink(missing_ok=True)
        started = time.monotonic_ns()
        done = subprocess.run(self.command, env=env, capture_output=True, text=True, timeout=120)
        if done.returncode != 0 or not report.exists():
            raise SystemExit(
                f"{self.name}: exit code {done.returncode}\n{done.stdout}\n{done.stderr}"
            )
        data = json.loads(report.read_text(encoding="utf-8"))
        if "error" in data:
            raise SystemExit(f"{self.name}: {data['error']}")
        return {m: (data[m] - started) / 1e9 for m in self.moments}

    def record(self, figures: dict[str, float]) -> None:
        for moment, seconds in figures.items():
            self.runs.setdefault(moment, []).append(seconds)


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "stdev": statistics.stdev(values) if len(values) > 1 else 0.0,
    }


def ipquiz_command() -> list[str]:
    script = Path(sys.executable).with_name("ipquiz")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ipquiz"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="timed runs per subject (10)")
    parser.add_argument(
        "--bundle",
        type=Path,
        default=ROOT / "dist" / "ipquiz",
        help="a built onedir bundle (default dist/ipquiz; skipped if absent)",
    )
    parser.add_argument("--onefile", type=Path, help="also time this onefile executable")
    parser.add_argument("--no-source", action="store_true", help="skip the source install")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ipquiz-startup-") as tmp_name:
        tmp = Path(tmp_name)
        both = (WINDOW_PAINTED, SCREEN_READY)
        subjects = [
            Subject(
                "floor: bare PySide6 window", [sys.executable, "-c", BARE_WINDOW], (WINDOW_PAINTED,)
            )
        ]
        if not args.no_source:
            subjects.append(Subject("ipquiz (source)", [*ipquiz_command(), "--lang", "en"], both))
        executable = args.bundle / ("ipquiz.exe" if os.name == "nt" else "ipquiz")
        if executable.exists():
            subjects.append(
                Subject("ipquiz (onedir bundle)", [str(executable), "--lang", "en"], both)
            )
        elif args.bundle != parser.get_default("bundle"):
            parser.error(f"{executable} does not exist: build it with packaging/build.py")
        else:
            print(
                f"no bundle at {executable}: python packaging/build.py builds it", file=sys.stderr
            )
        if args.onefile:
            subjects.append(
                Subject("ipquiz (onefile bundle)", [str(args.onefile), "--lang", "en"], both)
            )
        for n, subject in enumerate(subjects):
            if subject.moments != (WINDOW_PAINTED,):
                subject.data_dir = tmp / f"data-{n}"
        report = tmp / "report.json"
        load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
        for subject in subjects:  # warm-up: page cache, .pyc files, database and bank
            subject.run_once(report)
        for _ in range(args.runs):
            for subject in subjects:
                subject.record(subject.run_once(report))
        load_after = os.getloadavg() if hasattr(os, "getloadavg") else None
        for subject in subjects:
            if subject.data_dir is not None:
                shutil.rmtree(subject.data_dir, ignore_errors=True)

    floor = statistics.median(subjects[0].runs[WINDOW_PAINTED])
    results = []
    for subject in subjects:
        for moment, values in subject.runs.items():
            stats = summary(values)
            ratio = stats["median"] / floor
            target = TARGETS.get(moment) if subject is not subjects[0] else None
            results.append(
                {
                    "subject": subject.name,
                    "moment": moment,
                    **{k: round(v, 4) for k, v in stats.items()},
                    "ratio_to_floor": round(ratio, 2),
                    "target_ratio": target,
                    "meets_target": None if target is None else ratio <= target,
                    "runs": [round(v, 4) for v in values],
                }
            )
    meta = {
        "runs": args.runs,
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "loadavg_before": load_before,
        "loadavg_after": load_after,
    }
    if args.json:
        print(json.dumps({"meta": meta, "results": results}, indent=2))
    else:
        print(
            f"{args.runs} runs each, offscreen, {meta['cpus']} CPUs, "
            f"load average {load_before and round(load_before[0], 2)} -> "
            f"{load_after and round(load_after[0], 2)}"
        )
        print(f"{'subject':28} {'moment':15} {'median':>8} {'min':>7} {'max':>7} {'x floor':>8}")
        for r in results:
            verdict = (
                ""
                if r["target_ratio"] is None
                else (
                    f"  (target <= {r['target_ratio']}x: {'ok' if r['meets_target'] else 'MISSED'})"
                )
            )
            print(
                f"{r['subject']:28} {r['moment']:15} {r['median']:8.3f} {r['min']:7.3f} "
                f"{r['max']:7.3f} {r['ratio_to_floor']:7.2f}x{verdict}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
