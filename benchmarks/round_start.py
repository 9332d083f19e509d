"""Starting a round on a large bank: draw five questions and load them with their texts.

    python benchmarks/round_start.py                       # 1,000, 10,000 and 100,000
    python benchmarks/round_start.py --sizes 1000000 --json

The draw walks an index (benchmarks/draw.py); loading the drawn questions must read only
their own rows too, or every round pays for the whole bank. Prints the median and p99
of draw + load for a five-question kiosk round at each bank size.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _synthetic import synthetic_database

from ipquiz.domain.spec import QuizSpec
from ipquiz.services.quiz_service import choose_questions
from ipquiz.storage import bank_repo


def measure(size: int, rounds: int, folder: Path) -> dict[str, float]:
    db = synthetic_database(folder, size, texts=True)
    spec = QuizSpec(count=5)
    rng = random.Random(11)
    times: list[float] = []
    for n in range(rounds):
        with db.transaction() as session:
            began = time.perf_counter()
            ids = choose_questions(session, spec=spec, owner=f"station:{n % 3}", rng=rng)
            questions = bank_repo.load_questions(session, ids)
            times.append(time.perf_counter() - began)
        assert len(questions) == 5
        assert all(len(q.texts["en"].choices) == 4 for q in questions)
    db.dispose()
    return {
        "questions": size,
        "median_ms": round(statistics.median(times) * 1000, 2),
        "p99_ms": round(sorted(times)[int(len(times) * 0.99) - 1] * 1000, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = [measure(int(s), args.rounds, Path(tmp)) for s in args.sizes.split(",")]
    if args.json:
        print(json.dumps(rows))
        return 0
    print(f"{'questions':>10} {'draw + load, median':>20} {'p99':>9}")
    for r in rows:
        print(f"{r['questions']:>10,} {r['median_ms']:>18.2f}ms {r['p99_ms']:>7.2f}ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
