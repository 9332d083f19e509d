"""Answer-commit latency through QuizService.answer, at the chosen durability.

    python benchmarks/commit.py [--answers 500] [--json]

Each answer is its own transaction (nothing lost on a crash). The app runs SQLite
with synchronous=FULL so that a committed answer survives a power cut too; this
prints its cost next to NORMAL, the WAL default that may lose the last commits.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import event

from ipquiz.assets import bank_dir
from ipquiz.config import resolve_locations
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import open_services


def measure(folder: Path, answers: int, synchronous: str) -> dict[str, float | str]:
    services = open_services(resolve_locations(data_dir=str(folder / synchronous)), bank=bank_dir())
    if synchronous != "FULL":

        @event.listens_for(services.db.engine, "connect")
        def _relax(dbapi_connection: object, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA synchronous={synchronous}")  # type: ignore[attr-defined]

        services.db.engine.dispose()  # reconnect with the setting
    times: list[float] = []
    while len(times) < answers:
        active = services.quiz.start(spec=QuizSpec.practice(count=20), lang="en", player="bench")
        while active.quiz.phase.value != "finished" and len(times) < answers:
            began = time.perf_counter()
            services.quiz.answer(
                active, frozenset(active.quiz.current.question.correct), elapsed_ms=900
            )
            times.append(time.perf_counter() - began)
            active.quiz.next()
    services.close()
    ordered = sorted(times)
    return {
        "synchronous": synchronous,
        "answers": answers,
        "median_ms": round(statistics.median(times) * 1000, 3),
        "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=500)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = [measure(Path(tmp), args.answers, mode) for mode in ("FULL", "NORMAL")]
    if args.json:
        print(json.dumps(rows))
        return 0
    print(f"{'synchronous':>12} {'answers':>8} {'median':>10} {'p99':>10}")
    for r in rows:
        print(
            f"{r['synchronous']:>12} {r['answers']:>8} {r['median_ms']:>8.3f}ms {r['p99_ms']:>8.3f}ms"
        )
    full, normal = rows
    print(
        f"FULL costs {float(full['median_ms']) / float(normal['median_ms']):.1f}x NORMAL per answer (median)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
