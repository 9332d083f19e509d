"""The teacher's report over 100,000 answers: 1,000 students x 100 questions.

    python benchmarks/report.py [--students 1000] [--questions 100] [--database URL] [--json]

Answers are simulated from a two-parameter IRT model (choices shuffled per attempt,
2 % left unanswered) and stored through the real schema. Timed, in the same run:
- statistics: the report's figures as the app computes them (SQL sums, then the domain);
- naive: every answer loaded as Python objects (the results export's way) and summed in
  Python, for the same item figures;
- workbook: the whole XLSX report (figures, texts and one row per answer), written to disk.
Targets: statistics under 1 s, the workbook under 5 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).parent))

from _synthetic import synthetic_database

from ipquiz.domain.item_analysis import ItemStatistics, item_statistics
from ipquiz.domain.results import ResultFilter
from ipquiz.domain.score_table import Mark, table_sums
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.report_service import ReportService, build_report
from ipquiz.storage import person_repo, results_repo
from ipquiz.storage.database import Database
from ipquiz.storage.models import ResponseRow

START = dt.datetime(2026, 3, 2, 8, 0)
T = TypeVar("T")


def fill(db: Database, *, students: int, questions: int, seed: int = 3) -> int:
    """Store `students` finished exams of the first `questions` questions; returns answers."""
    rng = random.Random(seed)
    ids = [f"q{n}" for n in range(questions)]
    slopes = [rng.uniform(0.3, 2.5) for _ in ids]
    difficulties = [rng.uniform(-2, 2) for _ in ids]
    spec = QuizSpec.exam(count=questions, name="Term test").to_dict()
    answers = 0
    with db.transaction() as session:
        group = person_repo.add_group(session, "初二(3)班", now=START)
        rows: list[dict[str, object]] = []
        for s in range(students):
            theta = rng.gauss(0, 1)
            orders = [rng.sample(range(4), 4) for _ in ids]
            started = START + dt.timedelta(minutes=s)
            person = person_repo.add_person(
                session,
                name=f"student {s:04d}",
                guest=False,
                now=started,
                group_id=group,
                roster_number=f"{s:04d}",
            )
            attempt = results_repo.create_attempt(
                session,
                person_id=person,
                owner=f"player:{s}",
                mode="exam",
                lang="zh-CN" if s % 2 else "en",
                spec=spec,
                plan=[{"id": q, "order": o} for q, o in zip(ids, orders, strict=True)],
                scoring_profile="accuracy",
                scoring_version=1,
                now=started,
            )
            score = 0.0
            for position, (a, b) in enumerate(zip(slopes, difficulties, strict=True)):
                if rng.random() < 0.02:
                    continue  # left unanswered
                right = rng.random() < 1 / (1 + math.exp(-a * (theta - b)))
                chosen = 0 if right else rng.randint(1, 3)
                score += right
                rows.append(
                    {
                        "attempt_id": attempt,
                        "position": position,
                        "question_id": ids[position],
                        "category_id": "cat-0",
                        "difficulty": 2,
                        "chosen": str(chosen),
                        "shown_order": ",".join(map(str, orders[position])),
                        "correct": right,
                        "points": float(right),
                        "max_points": 1.0,
                        "elapsed_ms": rng.randint(2000, 30000),
                        "answered_at": started,
                    }
                )
            results_repo.close_attempt(
                session,
                attempt,
                status="finished",
                score=score,
                max_score=float(questions),
                now=started + dt.timedelta(minutes=40),
            )
            if len(rows) >= 20_000:
                session.execute(insert(ResponseRow), rows)
                answers += len(rows)
                rows.clear()
        if rows:
            session.execute(insert(ResponseRow), rows)
            answers += len(rows)
    return answers


def naive_statistics(db: Database) -> list[ItemStatistics]:
    """Every answer loaded as objects, then the same item figures in Python."""
    with db.transaction() as session:
        attempts = results_repo.attempts_matching(session, ResultFilter())
    table: dict[int, dict[str, Mark]] = {}
    for a in attempts:
        given = {r.position: r for r in a.answers}
        marks = {}
        for position, item in enumerate(a.plan):
            r = given.get(position)
            x = 0.0 if r is None else 1.0 if r.correct else max(0.0, r.points / r.max_points)
            marks[item.question_id] = Mark(x, r.chosen if r else frozenset(), bool(r and r.correct))
        table[a.id] = marks
    items, _ = table_sums(table)
    return [item_statistics(i) for i in items]


def timed(work: Callable[[], T]) -> tuple[float, float, T]:
    """(wall seconds, CPU seconds of this process, result). The database runs in this
    process for SQLite, so CPU time is the work done, whatever else the machine runs."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def run(folder: Path, *, students: int, questions: int) -> dict[str, object]:
    db = synthetic_database(folder, questions, texts=True)
    answers = fill(db, students=students, questions=questions)
    # Warm the caches both ways once, as a teacher's second look would.
    with db.transaction() as session:
        build_report(session, ResultFilter())
    with db.transaction() as session:
        stats_s, stats_cpu, report = timed(lambda: build_report(session, ResultFilter()))
    naive_s, naive_cpu, naive = timed(lambda: naive_statistics(db))
    service = ReportService(db)
    book = folder / "report.xlsx"
    xlsx_s, xlsx_cpu, written = timed(lambda: service.export(book, lang="zh-CN"))
    assert written.attempts == students
    got = {q.question_id: q.stats for q in report.questions}
    for want in naive:
        for figure in ("facility", "discrimination", "item_rest", "efficiency"):
            assert math.isclose(
                getattr(got[want.question_id], figure) or 0.0,
                getattr(want, figure) or 0.0,
                abs_tol=1e-9,
            ), (want.question_id, figure)
    figures: dict[str, object] = {
        "students": students,
        "questions": questions,
        "answers": answers,
        "load_average": round(os.getloadavg()[0], 1),
        "statistics_s": round(stats_s, 3),
        "statistics_cpu_s": round(stats_cpu, 3),
        "naive_s": round(naive_s, 3),
        "naive_cpu_s": round(naive_cpu, 3),
        "naive_over_statistics": round(naive_s / stats_s, 1),
        "naive_over_statistics_cpu": round(naive_cpu / stats_cpu, 1),
        "workbook_s": round(xlsx_s, 3),
        "workbook_cpu_s": round(xlsx_cpu, 3),
        "workbook_kib": book.stat().st_size // 1024,
    }
    db.dispose()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=1000)
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        figures = run(Path(tmp), students=args.students, questions=args.questions)
    if args.json:
        print(json.dumps(figures))
        return
    for key, value in figures.items():
        print(f"{key:>24}: {value}")


if __name__ == "__main__":
    main()
