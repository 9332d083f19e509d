"""Importing question files into the bank and exporting the bank to files.

Imports are all or nothing: the file is read and validated completely first, then
written in one transaction. Bad input never reaches the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ipquiz.bank.formats import Format, format_for
from ipquiz.bank.interchange import ReadResult
from ipquiz.bank.problems import BankFileError, Problem
from ipquiz.bank.rules import check_read
from ipquiz.safe_files import read_limited, write_bytes
from ipquiz.storage import bank_repo, locks
from ipquiz.storage.database import Database

Progress = Callable[[int, int], None]
IMPORTED = "imported"
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True, slots=True)
class ImportReport:
    file: str
    format: str
    imported: int
    categories: tuple[str, ...]
    skipped: tuple[Problem, ...]


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:65536]


def read_file(
    path: Path, *, fmt: str | None = None, category: str | None = None, encoding: str | None = None
) -> tuple[Format, ReadResult]:
    """Read and validate without writing; raises BankFileError with every problem found."""
    name = path.name
    chosen = format_for(path, fmt)
    try:
        data = read_limited(path, chosen.max_bytes)
    except OSError as exc:  # also a FIFO, a device or a file over the limit
        raise BankFileError([Problem(name, 0, f"cannot read: {exc.strerror or exc}")]) from exc
    if chosen.name == "xlsx":
        if not data.startswith(_ZIP_MAGIC):
            raise BankFileError([Problem(name, 0, "not an Excel .xlsx workbook")])
    elif _looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BankFileError(
            [Problem(name, 0, f"not a text file: cannot read it as {chosen.label}")]
        )
    result = chosen.read(data, name=name, category=category, encoding=encoding)
    problems = result.problems or check_read(result, name)
    if problems:
        raise BankFileError(list(problems))
    if not result.questions:
        raise BankFileError(
            [Problem(name, 0, "no question that ipquiz can use was found"), *result.skipped]
        )
    return chosen, result


def import_file(
    db: Database,
    path: Path,
    *,
    fmt: str | None = None,
    category: str | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    chosen, result = read_file(path, fmt=fmt, category=category, encoding=encoding)
    questions = result.questions
    total = len(questions)
    with db.transaction() as session:
        locks.hold(session, locks.BANK)  # one bank writer at a time, across stations
        bank_repo.merge_categories(session, result.categories)
        step = 500
        for start in range(0, total, step):
            bank_repo.save_questions(session, questions[start : start + step], origin=IMPORTED)
            if progress:
                progress(min(start + step, total), total)
        bank_repo.refresh_strata(session)
    return ImportReport(
        file=str(path),
        format=chosen.name,
        imported=total,
        categories=tuple(sorted({q.category for q in questions})),
        skipped=result.skipped,
    )


@dataclass(frozen=True, slots=True)
class ExportReport:
    written: int
    left_out: int  # questions the format cannot carry (Aiken: anything but single choice)


def export_file(
    db: Database, path: Path, *, fmt: str | None = None, category: str | None = None, lang: str
) -> ExportReport:
    """Write the active questions (optionally one category) to `path`, atomically."""
    chosen = format_for(path, fmt)
    with db.transaction() as session:
        questions = bank_repo.all_questions(session, category=category)
        categories = {c.id: c for c, _ in bank_repo.list_categories(session)}
    if category and category not in categories:
        raise ValueError(f"no category {category!r}; known: {', '.join(categories)}")
    carried = [q for q in questions if chosen.can_carry(q, lang=lang)]
    data = chosen.write(carried, categories, lang=lang)
    write_bytes(path, data)
    return ExportReport(written=len(carried), left_out=len(questions) - len(carried))
