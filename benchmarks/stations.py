"""Many stations on one database: N processes play kiosk rounds and exams at once.

    python benchmarks/stations.py --stations 40 --answers 100 --sqlite --json
    python benchmarks/stations.py --stations 40 --answers 100 --database URL --json
    python benchmarks/stations.py --stations 40 --answers 100 --think 0   # flat out

Each station is a process of its own (`IPQUIZ_STATION=bench-N`) calling the real
services, as the window does: kiosk rounds (rank, a name on the board, the board),
exams for a few shared player names, and anonymous practice. A call that fails with a
transient fault after the services' own retries is tried again by the station after a
pause, the way the window shows "reconnecting…" and keeps the answer on screen; an
answer counts as acknowledged only when `answer` returned (after its commit). A station
thinks --think seconds (0.5 to 1.5 times, at random) before each answer, a quick
visitor's pace; with --think 0 every station answers flat out, and on a machine with
fewer cores than stations the figures then measure the queue for a core.

Reported per database: answers/s (all stations together), commit time per answer
(p50/p99, ms: the whole `answer` call, its commit included), the machine's load average
before and after the run (on a shared machine, run it when the load is low and quote
the load with the figures), the errors a station
saw (transient ones it recovered from, and the ones that stopped it), and the final
check: every acknowledged answer is stored, exactly once, as acknowledged (lost,
duplicated, different). Without --database a throwaway PostgreSQL cluster is started
(tests/pgcluster.py, Debian's `postgresql` package); with --sqlite the same run is
repeated on one SQLite file in the same invocation, and the ratio printed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

T = TypeVar("T")
PLAYERS = ("Li Lei", "Han Meimei", "Wang Fang", "")  # "" : anonymous
#: How long a station keeps trying a call that fails with a transient fault.
PATIENCE_S = 120.0


# -- one station (a child process) -------------------------------------------------------


class Station:
    def __init__(self, url: str, name: str, log_path: Path, seed: int, think: float) -> None:
        from ipquiz.config import resolve_locations
        from ipquiz.services.app import open_services

        self.url = url
        self.think = think
        self.rng = random.Random(seed)
        self.recovered = 0
        self.out = log_path.open("w", encoding="utf-8")
        folder = Path(tempfile.mkdtemp(prefix="ipquiz-station-"))
        locations = resolve_locations(data_dir=str(folder), database=url, station=name)
        self.services = self.patiently(lambda: open_services(locations))
        self.kiosk = self.services.kiosk()

    def patiently(self, call: Callable[[], T]) -> T:
        """`call()`, tried again while it fails with a transient fault (up to PATIENCE_S)."""
        from ipquiz.storage.faults import classify

        deadline = time.monotonic() + PATIENCE_S
        while True:
            try:
                return call()
            except Exception as exc:
                fault = classify(exc, url=self.url)
                if fault is None or not fault.transient or time.monotonic() > deadline:
                    raise
                self.recovered += 1
                self.note({"event": "retry", "kind": str(fault.kind)})
                time.sleep(0.2)

    def note(self, line: dict[str, Any]) -> None:
        self.out.write(json.dumps(line) + "\n")
        self.out.flush()

    def play(self, answers: int) -> None:
        given = 0
        n = 0
        while given < answers:
            given += self.play_one(("kiosk", "exam", "practice")[n % 3])
            n += 1

    def play_one(self, kind: str) -> int:
        """One kiosk round (with its rank and board), exam or practice; its answer count."""
        from ipquiz.domain.spec import QuizSpec

        quiz = self.services.quiz
        if kind == "kiosk":
            active = self.patiently(lambda: self.kiosk.start_round(lang="en"))
        else:
            player = self.rng.choice(PLAYERS)
            spec = QuizSpec.exam(count=5) if kind == "exam" else QuizSpec.practice(count=5)
            active = self.patiently(lambda: quiz.start(spec=spec, lang="zh-CN", player=player))
        given = self.answer_all(active)
        self.patiently(lambda: quiz.finish(active))
        if kind == "kiosk":
            self.patiently(lambda: self.kiosk.rank_today(active.attempt_id))
            self.patiently(lambda: self.kiosk.join_board(active.attempt_id, "Brave Panda"))
            self.patiently(self.kiosk.board)
        return given

    def answer_all(self, active: Any) -> int:
        from ipquiz.domain.quiz import Phase

        quiz = active.quiz
        count = 0
        while quiz.phase is not Phase.FINISHED:
            if quiz.phase is Phase.FEEDBACK:
                quiz.next()
                continue
            time.sleep(self.think * self.rng.uniform(0.5, 1.5))
            question = quiz.current.question
            chosen = question.correct if self.rng.random() < 0.6 else frozenset({0})
            began = time.perf_counter()
            record = self.patiently(
                lambda chosen=chosen: self.services.quiz.answer(  # type: ignore[misc]
                    active, chosen, elapsed_ms=1500
                )
            )
            took = time.perf_counter() - began
            count += 1
            self.note(
                {
                    "attempt": active.attempt_id,
                    "position": record.position,
                    "question": record.question_id,
                    "correct": record.correct,
                    "ms": round(took * 1000, 3),
                    "at": time.time(),
                }
            )
            if quiz.spec.answers_changeable:
                if quiz.unanswered == 0:
                    break
                quiz.goto(next(p for p in range(quiz.total) if quiz.answer_at(p) is None))
        return count

    def close(self) -> None:
        self.note({"event": "done", "recovered": self.recovered})
        self.services.close()
        self.out.close()


def station_main(
    url: str, name: str, log_path: Path, answers: int, *, seed: int, think: float
) -> int:
    station = Station(url, name, log_path, seed, think)
    try:
        station.play(answers)
    finally:
        station.close()
    return 0


# -- the run (the parent process) --------------------------------------------------------


def prepare(url: str) -> None:
    """Migrate and load the bank once, as `ipquiz db upgrade` and a first start would."""
    from ipquiz.config import resolve_locations
    from ipquiz.services.app import open_services

    folder = tempfile.mkdtemp(prefix="ipquiz-bench-")
    open_services(resolve_locations(data_dir=folder, database=url)).close()


def start_stations(
    url: str, count: int, answers: int, logs: Path, think: float
) -> list[subprocess.Popen[bytes]]:
    procs = []
    for i in range(count):
        env = dict(os.environ, IPQUIZ_DATABASE=url, IPQUIZ_STATION=f"bench-{i}")
        command = [sys.executable, __file__, "--station-worker", str(i)]
        command += ["--database", url, "--answers", str(answers), "--logs", str(logs)]
        command += ["--think", str(think)]
        procs.append(subprocess.Popen(command, env=env, stderr=subprocess.PIPE))
    return procs


def wait_for(procs: list[subprocess.Popen[bytes]]) -> list[str]:
    failures = []
    for proc in procs:
        _, err = proc.communicate(timeout=3600)
        if proc.returncode != 0:
            failures.append(err.decode(errors="replace").strip().splitlines()[-1:][0])
    return failures


def check(url: str, logs: Path, failures: list[str], seconds: float) -> dict[str, Any]:
    """The figures of one run and the final check against the database."""
    from sqlalchemy import create_engine, text

    acked: dict[tuple[int, int], tuple[str, bool]] = {}
    latencies: list[float] = []
    moments: list[float] = []
    recovered = 0
    for path in sorted(logs.glob("station-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if "attempt" in item:
                acked[(item["attempt"], item["position"])] = (item["question"], item["correct"])
                latencies.append(item["ms"])
                moments.append(item["at"])
            elif item.get("event") == "done":
                recovered += item["recovered"]
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT attempt_id, position, question_id, correct FROM responses")
        ).all()
    engine.dispose()
    stored: dict[tuple[int, int], list[tuple[str, bool]]] = {}
    for attempt, position, question, correct in rows:
        stored.setdefault((attempt, position), []).append((question, bool(correct)))
    lost = sum(1 for key in acked if key not in stored)
    duplicated = sum(1 for key in acked if len(stored.get(key, [])) > 1)
    different = sum(1 for key, value in acked.items() if stored.get(key, [value])[-1] != value)
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else [0.0] * 99
    playing = max(moments) - min(moments) if len(moments) >= 2 else 0.0
    return {
        "answers": len(latencies),
        "seconds": round(seconds, 2),
        # from the first answer to the last: the stations' start-up is not counted
        "answers_per_s": round(len(latencies) / playing, 1) if playing else 0.0,
        "commit_p50_ms": round(statistics.median(latencies), 2) if latencies else 0.0,
        "commit_p99_ms": round(quantiles[98], 2),
        "errors": len(failures),
        "error_lines": failures[:5],
        "recovered_retries": recovered,
        "lost": lost,
        "duplicated": duplicated,
        "different": different,
    }


def run(
    url: str,
    *,
    stations: int,
    answers: int,
    think: float = 1.0,
    during: Callable[[Path], None] | None = None,
) -> dict[str, Any]:
    """Prepare `url`, run `stations` stations of `answers` answers each, check the result.
    `during(logs)` runs in this process while the stations play and write their answers
    to the folder `logs` (the server restart test)."""
    prepare(url)
    with tempfile.TemporaryDirectory(prefix="ipquiz-stations-") as folder:
        logs = Path(folder)
        before = load_average()
        began = time.perf_counter()
        procs = start_stations(url, stations, answers, logs, think)
        if during is not None:
            during(logs)
        failures = wait_for(procs)
        seconds = time.perf_counter() - began
        return check(url, logs, failures, seconds) | {
            # The machine's load: before the run (other work on it), and at its end
            # (the stations' own share included). Figures on a busy machine are slower.
            "load_average_before": before,
            "load_average_after": load_average(),
        }


def load_average() -> list[float]:
    """The 1-, 5- and 15-minute load averages (empty where the system has none)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    sys.path.insert(0, str(ROOT / "tests"))
    from pgcluster import running_cluster

    with running_cluster(durable=True) as cluster:
        cluster.sql("CREATE DATABASE ipquiz")
        yield cluster.url("ipquiz")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=8, metavar="N")
    parser.add_argument("--answers", type=int, default=50, metavar="M", help="per station")
    parser.add_argument("--database", metavar="URL", help="default: a throwaway PostgreSQL")
    parser.add_argument("--sqlite", action="store_true", help="the same run on one SQLite file")
    parser.add_argument(
        "--think", type=float, default=1.0, metavar="S", help="seconds before each answer"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--station-worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--logs", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.station_worker is not None:
        log_path = args.logs / f"station-{args.station_worker}.jsonl"
        return station_main(
            args.database,
            f"bench-{args.station_worker}",
            log_path,
            args.answers,
            seed=args.station_worker,
            think=args.think,
        )

    report: dict[str, Any] = {
        "stations": args.stations,
        "answers_per_station": args.answers,
        "think_s": args.think,
    }
    sizes = {"stations": args.stations, "answers": args.answers, "think": args.think}
    if args.database:
        report["postgresql" if args.database.startswith("postgres") else "database"] = run(
            args.database, **sizes
        )
    else:
        with throwaway_postgres() as url:
            report["postgresql"] = run(url, **sizes)
    if args.sqlite:
        with tempfile.TemporaryDirectory(prefix="ipquiz-stations-sqlite-") as folder:
            url = f"sqlite:///{Path(folder) / 'ipquiz.db'}"
            report["sqlite"] = run(url, **sizes)
        if "postgresql" in report and report["sqlite"]["answers_per_s"]:
            report["postgresql_over_sqlite_answers_per_s"] = round(
                report["postgresql"]["answers_per_s"] / report["sqlite"]["answers_per_s"], 2
            )
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        for name, figures in report.items():
            print(f"{name}: {figures}")
    ok = all(
        isinstance(f, dict) and f["errors"] == f["lost"] == f["duplicated"] == f["different"] == 0
        for k, f in report.items()
        if k in ("postgresql", "sqlite", "database")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
