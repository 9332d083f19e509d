"""Bulk import rate through the real importer, validation included.

    python benchmarks/import_rate.py [--questions 100000] [--format csv|yaml|gift|moodle] [--json]

The file is written by the app's own exporter from synthetic bilingual questions,
then `import_file` reads, validates and stores it in one transaction, the way
`ipquiz bank import` does. Target: at least 10,000 questions/s.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from ipquiz.bank.formats import FORMATS
from ipquiz.config import resolve_locations
from ipquiz.domain.language import EN, ZH
from ipquiz.domain.question import Category, Question, QuestionText, QuestionType
from ipquiz.services.app import open_services
from ipquiz.services.bank_files import import_file


def synthetic(n: int) -> list[Question]:
    out = []
    for i in range(n):
        qtype = (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE)[i % 3]
        choices_en = (
            () if qtype is QuestionType.TRUE_FALSE else tuple(f"Choice {c} of {i}" for c in "ABCD")
        )
        choices_zh = (
            () if qtype is QuestionType.TRUE_FALSE else tuple(f"第{i}题选项{c}" for c in "ABCD")
        )
        correct = {
            QuestionType.SINGLE: {i % 4},
            QuestionType.MULTIPLE: {0, 2},
            QuestionType.TRUE_FALSE: {i % 2},
        }
        out.append(
            Question(
                id=f"syn-{i}",
                category="synthetic",
                type=qtype,
                difficulty=i % 3 + 1,
                texts={
                    ZH: QuestionText(f"第{i}题：这是哪一项？", choices_zh, f"解析{i}。", "来源"),
                    EN: QuestionText(
                        f"Question {i}: which one is it?", choices_en, f"Because {i}.", "Source"
                    ),
                },
                correct=frozenset(correct[qtype]),
                tags=("synthetic",),
                jurisdiction="CN",
            )
        )
    return out


def measure(n: int, fmt: str, folder: Path) -> dict[str, float | str]:
    path = folder / f"bank{FORMATS[fmt].extensions[0]}"
    questions = synthetic(n)
    path.write_bytes(
        FORMATS[fmt].write(
            questions, {"synthetic": Category("synthetic", {EN: "Synthetic"})}, lang=EN
        )
    )
    services = open_services(
        resolve_locations(data_dir=str(folder / "data")), bank=folder / "no-bank"
    )
    began = time.perf_counter()
    report = import_file(services.db, path, fmt=fmt)
    seconds = time.perf_counter() - began
    services.close()
    assert report.imported == n, report
    return {
        "format": fmt,
        "questions": n,
        "megabytes": round(path.stat().st_size / 1e6, 1),
        "seconds": round(seconds, 2),
        "questions_per_second": round(n / seconds),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--format", default="csv", choices=sorted(FORMATS))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        row = measure(args.questions, args.format, Path(tmp))
    if args.json:
        print(json.dumps(row))
    else:
        print(
            f"{row['questions']:,} questions ({row['format']}, {row['megabytes']} MB) imported in "
            f"{row['seconds']} s: {row['questions_per_second']:,} questions/s (target 10,000)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
