"""Soak test: many visitors through the real kiosk widgets, offscreen; is memory flat?

    python benchmarks/kiosk_soak.py --rounds 5000            # the issue's target run
    python benchmarks/kiosk_soak.py --rounds 20 --json       # the CI smoke test
    python benchmarks/kiosk_soak.py --rounds 5000 --check    # exit 1 if a target is missed

Each visitor taps through the real KioskWindow (QTest mouse clicks on the real buttons):
attract (a language, "Tap to start") -> a round (answers right about two times in three,
thinking 1-9 s, sometimes letting the countdown run out, tapping "Next" or waiting for
the auto-advance) -> the result (a generated nickname, a typed one on the on-screen
keyboard, sometimes a blocked one, or none) -> "Done", or walking away so that the idle
reset brings back the attract screen. Every tenth visitor walks away mid-round.

Time is a manual kiosk clock, so a 5,000-visitor day runs in minutes; the database is
a real SQLite file (WAL, synchronous=FULL) in a temporary folder, with the shipped bank.

Reported: rounds, seconds, RSS at the start (window loaded, glyphs prepared), after a
50-visitor warm-up, and at the end; the growth from the start and after the warm-up;
for each chunk of rounds (500 when there are 1,000 or more) the wall and CPU seconds,
and the CPU seconds at the machine's mean speed (a fixed piece of work is timed 20
times a chunk: a shared machine's speed wanders by a third within minutes). Targets:
RSS growth from the start under 10 MB over 5,000 rounds, steady RSS under 150 MB, and
the last 500 rounds no slower than the first 500 at the same machine speed (10 %
allowed for what the correction misses).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from ipquiz.gui.refcounts import guard_singleton_refcounts

guard_singleton_refcounts()

from PySide6.QtCore import QCoreApplication, QEvent, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ipquiz.gui.app import lighten_pyside_import_hook  # noqa: E402

# As `ipquiz --kiosk` starts (gui.app.run_app), before the database layer is imported:
# without it PySide6 keeps the source of every later module in linecache (~8 MB).
lighten_pyside_import_hook()

from ipquiz.config import resolve_locations  # noqa: E402
from ipquiz.domain.language import LANGUAGES  # noqa: E402
from ipquiz.domain.question import QuestionType  # noqa: E402
from ipquiz.gui.i18n import apply_language  # noqa: E402
from ipquiz.gui.kiosk.clock import ManualClock  # noqa: E402
from ipquiz.gui.kiosk.window import KioskWindow  # noqa: E402
from ipquiz.gui.theme import apply_theme  # noqa: E402

PIN = "2468"
MAX_GROWTH_MB = 10.0
MAX_STEADY_MB = 150.0
SLOWDOWN_ALLOWED = 1.10


def machine_speed_s() -> float:
    """CPU seconds for a fixed bit of pure-Python work (about 20 ms): how fast this machine
    runs right now. A shared machine's speed wanders by a third within minutes; dividing a
    chunk's CPU time by this, measured all through the chunk, takes that out."""
    began = time.process_time()
    total = 0
    for i in range(150_000):
        total += i * i % 7
    return time.process_time() - began


def anon_mb() -> float:
    """Resident memory that is not file-backed (libraries, fonts): the process's own heap."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("RssAnon:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def rss_mb() -> float:
    """Resident memory now (Linux /proc); elsewhere the peak, which can only grow."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


class Visitor:
    """Taps through one visit of the kiosk like a person would."""

    def __init__(self, window: KioskWindow, clock: ManualClock, rng: random.Random) -> None:
        self.w, self.clock, self.rng = window, clock, rng

    def tap(self, widget: QWidget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        answered(self.w)

    def wait(self, seconds: float) -> None:
        self.clock.advance(round(seconds * 1000))

    def visit(self, n: int) -> None:
        w = self.w
        assert w.stack.currentWidget() is w.attract, "a visit starts on the attract screen"
        self.tap(w.attract.language_buttons[self.rng.choice(LANGUAGES)])
        self.tap(w.attract.start_button)
        if n % 10 == 9:  # walks away mid-round: questions time out, then the idle reset
            self.wait(120)
            return
        while w.stack.currentWidget() is w.round:
            self.answer()
        self.result()

    def answer(self) -> None:
        w, rng = self.w, self.rng
        active = w.active
        assert active is not None
        planned = active.quiz.current
        if rng.random() < 0.08:
            self.wait(21)  # lets the countdown run out
        else:
            self.wait(rng.uniform(1, 9))
            right = rng.random() < 0.65
            shown = [
                i
                for i, original in enumerate(planned.shown_order)
                if (original in planned.question.correct) == right
            ][: None if right else 1]
            for index in shown:
                self.tap(w.round.buttons[index])
            if planned.question.type is QuestionType.MULTIPLE:
                self.tap(w.round.confirm_button)
        if rng.random() < 0.5:
            self.tap(w.round.next_button)
        else:
            self.wait(w.settings.feedback_seconds)

    def result(self) -> None:
        w, rng = self.w, self.rng
        result = w.result
        choice = rng.random()
        if choice < 0.4:
            self.tap(result.suggestions[rng.randrange(len(result.suggestions))])
        elif choice < 0.7:
            self.tap(result.type_button)
            word = "SH1T" if rng.random() < 0.2 else "".join(rng.choices("ABCDEFGHKLMNP", k=6))
            for char in word:
                self.tap(result.keyboard.keys[char])
            self.tap(result.add_button)
        if rng.random() < 0.8:
            self.tap(result.done_button)
        else:
            self.wait(60)  # walks away from the result: "Still there?", then the reset


PREPARE = """
import sys
from pathlib import Path
from ipquiz.config import resolve_locations
from ipquiz.services.app import open_services
bank = Path(sys.argv[2]) if sys.argv[2] else None
s = open_services(resolve_locations(data_dir=sys.argv[1]), bank=bank)
s.kiosk().set_pin(sys.argv[3])
s.close()
"""


def prepare(data_dir: Path, bank: Path | None) -> None:
    """Set the kiosk up in another process, as an operator does before the day starts:
    the database migrated, the bank loaded, the PIN set. The soak then measures the kiosk
    as it runs all day, not the one-off migration and bank import."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"))
    args = [sys.executable, "-c", PREPARE, str(data_dir), str(bank or ""), PIN]
    subprocess.run(args, check=True, env=env)


def build(
    data_dir: Path, bank: Path | None, *, fresh: bool
) -> tuple[QApplication, KioskWindow, ManualClock]:
    if not fresh:
        prepare(data_dir, bank)
    from ipquiz.services.app import open_services
    from ipquiz.services.kiosk_service import KioskService

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    apply_theme(app)
    clock = ManualClock()
    locations = resolve_locations(data_dir=str(data_dir))

    def services() -> tuple[object, KioskService]:
        s = open_services(locations, bank=bank, clock=clock.wall)
        return s, s.kiosk(station="soak")

    if fresh:
        first, kiosk = services()
        kiosk.set_pin(PIN)
        first.close()
    window = KioskWindow(
        open_services=services,  # type: ignore[arg-type]
        data_dir=data_dir,
        clock=clock,
        on_language=apply_language,
    )
    window.resize(1920, 1080)
    window.show()
    window.load()
    while window.kiosk is None:
        QTest.qWait(10)
    answered(window)
    clock.after_tick = lambda: answered(window)
    return app, window, clock


def answered(window: KioskWindow) -> None:
    """Wait for the service calls a tap or a tick started (they run on a worker thread)."""
    while not window.calls.idle:
        QTest.qWait(1)


def settle(app: QApplication) -> None:
    """What the event loop would do between visitors: deferred deletes, posted events."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()


def soak(rounds: int, *, bank: Path | None, seed: int, fresh: bool) -> dict[str, float | int]:
    with tempfile.TemporaryDirectory(prefix="ipquiz-soak-") as tmp:
        app, window, clock = build(Path(tmp), bank, fresh=fresh)
        visitor = Visitor(window, clock, random.Random(seed))
        chunk = 500 if rounds >= 1000 else max(1, rounds // 10)
        warmup = min(50, max(1, rounds // 10))
        settle(app)
        rss_start, anon_start = rss_mb(), anon_mb()
        rss_warm = rss_start
        laps: list[float] = []
        cpu_laps: list[float] = []  # this process's CPU time
        speeds: list[float] = []  # machine_speed_s(), 20 times a chunk
        every = max(1, chunk // 20)
        speed_by_chunk: list[float] = []
        trace: list[float] = []
        began = lap = time.perf_counter()
        cpu_lap = time.process_time()
        for n in range(rounds):
            visitor.visit(n)
            settle(app)
            if n % every == every // 2:
                pause = time.process_time()
                speeds.append(machine_speed_s())
                cpu_lap += time.process_time() - pause  # not the chunk's own work
            if n + 1 == warmup:
                rss_warm = rss_mb()
            if (n + 1) % chunk == 0:
                now = time.perf_counter()
                laps.append(now - lap)
                cpu_laps.append(time.process_time() - cpu_lap)
                cpu_lap = time.process_time()
                speed_by_chunk.append(statistics.mean(speeds) if speeds else 1.0)
                speeds.clear()
                trace.append(round(rss_mb(), 1))
                lap = now
        seconds = time.perf_counter() - began
        settle(app)
        rss_end, anon_end = rss_mb(), anon_mb()
        window.may_close = True
        window.close()
        window.deleteLater()
        settle(app)
    return {
        "rounds": rounds,
        "seconds": round(seconds, 2),
        "rss_start_mb": round(rss_start, 1),
        "rss_warm_mb": round(rss_warm, 1),
        "rss_end_mb": round(rss_end, 1),
        "growth_mb": round(rss_end - rss_warm, 1),
        "growth_from_start_mb": round(rss_end - rss_start, 1),
        "anon_start_mb": round(anon_start, 1),
        "anon_end_mb": round(anon_end, 1),
        "chunk": chunk,
        "first_chunk_s": round(laps[0], 2) if laps else round(seconds, 2),
        "last_chunk_s": round(laps[-1], 2) if laps else round(seconds, 2),
        "rss_by_chunk_mb": trace,
        "seconds_by_chunk": [round(lap, 2) for lap in laps],
        "cpu_seconds_by_chunk": [round(lap, 2) for lap in cpu_laps],
        "steady_cpu_by_chunk": steady(cpu_laps, speed_by_chunk),
    }


def steady(cpu: list[float], speed: list[float]) -> list[float]:
    """Each chunk's CPU seconds as if the machine had run at its mean speed throughout."""
    if not speed:
        return []
    mean = statistics.mean(speed)
    return [round(c * mean / s, 2) for c, s in zip(cpu, speed, strict=True)]


def missed_targets(report: dict[str, float | int]) -> list[str]:
    problems = []
    if report["growth_from_start_mb"] >= MAX_GROWTH_MB:
        grown = report["growth_from_start_mb"]
        problems.append(f"RSS grew {grown} MB from the start (target < {MAX_GROWTH_MB})")
    if report["rss_end_mb"] >= MAX_STEADY_MB:
        problems.append(f"RSS {report['rss_end_mb']} MB (target < {MAX_STEADY_MB})")
    steady_cpu = report["steady_cpu_by_chunk"]
    assert isinstance(steady_cpu, list)
    if len(steady_cpu) > 1 and steady_cpu[-1] > steady_cpu[0] * SLOWDOWN_ALLOWED:
        problems.append(
            f"last {report['chunk']} rounds took {steady_cpu[-1]} s of CPU,"
            f" first {report['chunk']} took {steady_cpu[0]} s (machine speed taken out)"
        )
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1000, metavar="N")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--bank", type=Path, help="question folder (default: the shipped bank)")
    parser.add_argument("--seed", type=int, default=20260426)
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="migrate the database and load the bank in this process too (a first start)",
    )
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    report = soak(args.rounds, bank=args.bank, seed=args.seed, fresh=args.fresh)
    if args.json:
        print(json.dumps(report))
    else:
        print(f"rounds         {report['rounds']}")
        print(f"seconds        {report['seconds']}")
        print(
            f"RSS            start {report['rss_start_mb']} MB, after warm-up "
            f"{report['rss_warm_mb']} MB, end {report['rss_end_mb']} MB"
        )
        print(
            f"growth         {report['growth_from_start_mb']} MB from the start "
            f"({report['growth_mb']} MB after the warm-up)"
        )
        print(f"heap (anon)    start {report['anon_start_mb']} MB, end {report['anon_end_mb']} MB")
        print(
            f"first/last {report['chunk']}  {report['first_chunk_s']} s / "
            f"{report['last_chunk_s']} s"
        )
        print(f"per {report['chunk']}, wall  {report['seconds_by_chunk']}")
        print(f"per {report['chunk']}, CPU   {report['cpu_seconds_by_chunk']}")
        print(f"... at mean speed {report['steady_cpu_by_chunk']}")
    problems = missed_targets(report)
    for problem in problems:
        print(f"kiosk_soak: target missed: {problem}", file=sys.stderr)
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
