"""Draw latency: the real selection code vs ORDER BY RANDOM(), at 10k / 100k / 1M questions.

    python benchmarks/draw.py [--sizes 10000,100000,1000000] [--draws 200] [--json]

Each draw is 20 questions from one category at two difficulty levels, the way a
teacher's topic quiz asks. The selection is timed inside its transaction; the commit
that saves the cursor is shared with opening the attempt and measured by commit.py.
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

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))

from _synthetic import synthetic_database

from ipquiz.domain.spec import QuizSpec
from ipquiz.services.quiz_service import choose_questions

NAIVE = text(
    "SELECT id FROM questions WHERE category_id = :c AND difficulty IN (1, 2) AND active"
    " ORDER BY RANDOM() LIMIT 20"
)


def measure(size: int, draws: int, folder: Path) -> dict[str, float]:
    db = synthetic_database(folder, size)
    spec = QuizSpec(count=20, categories=("cat-3",), difficulty_mix=(1.0, 1.0, 0.0))
    rng = random.Random(7)
    ours: list[float] = []
    for n in range(draws):
        with db.transaction() as session:
            began = time.perf_counter()
            ids = choose_questions(session, spec=spec, owner=f"station:{n % 5}", rng=rng)
            ours.append(time.perf_counter() - began)
        assert len(ids) == 20
    naive: list[float] = []
    with db.engine.connect() as conn:
        for _ in range(max(10, draws // 10)):
            began = time.perf_counter()
            rows = conn.execute(NAIVE, {"c": "cat-3"}).all()
            naive.append(time.perf_counter() - began)
        assert len(rows) == 20
    db.dispose()
    ours_ms = statistics.median(ours) * 1000
    naive_ms = statistics.median(naive) * 1000
    return {
        "questions": size,
        "draw_median_ms": round(ours_ms, 3),
        "draw_p99_ms": round(sorted(ours)[int(len(ours) * 0.99) - 1] * 1000, 3),
        "order_by_random_median_ms": round(naive_ms, 3),
        "ratio": round(naive_ms / ours_ms, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--draws", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = [measure(int(s), args.draws, Path(tmp)) for s in args.sizes.split(",")]
    if args.json:
        print(json.dumps(rows))
        return 0
    print(
        f"{'questions':>10} {'draw median':>12} {'draw p99':>10} {'ORDER BY RANDOM()':>18} {'ratio':>7}"
    )
    for r in rows:
        print(
            f"{r['questions']:>10,} {r['draw_median_ms']:>10.3f}ms {r['draw_p99_ms']:>8.3f}ms"
            f" {r['order_by_random_median_ms']:>16.3f}ms {r['ratio']:>6.1f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
