"""Importing question files into the bank and exporting the bank to files.

Imports are all or nothing: the file is read and validated completely first, then
written in one transaction. Bad input never reaches the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ipquiz.assets import bank_dir
from ipquiz.bank.formats import FORMATS, Format, format_for
from ipquiz.bank.interchange import MAX_FILE_BYTES, MAX_YAML_BYTES, ReadResult
from ipquiz.bank.law_registry import load_registry
from ipquiz.bank.problems import BankFileError, Problem
from ipquiz.bank.rules import check_read
from ipquiz.domain.conflicts import OnConflict
from ipquiz.domain.question import Category, Question
from ipquiz.safe_files import read_limited, write_bytes
from ipquiz.services.import_conflicts import resolve
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
    kept: tuple[str, ...] = ()  # bank questions the file also had, left as they were
    replaced: tuple[str, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()  # (id in the file, id of the copy)


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:65536]


def read_file(
    path: Path, *, fmt: str | None = None, category: str | None = None, encoding: str | None = None
) -> tuple[Format, ReadResult]:
    """Read and validate without writing; raises BankFileError with every problem found.

    A folder is read as a bank of ipquiz YAML category files (as `export` writes it).
    """
    name = path.name
    if path.is_dir():
        return _read_folder(path, category=category)
    chosen = format_for(path, fmt)
    try:
        data = read_limited(path, chosen.max_bytes)
    except OSError as exc:  # also a FIFO, a device or a file over the limit
        raise BankFileError([Problem(name, 0, f"cannot read: {exc.strerror or exc}")]) from exc
    chosen = format_for(path, fmt, data=data)  # a .txt file: Aiken or CSV by its content
    if chosen.name in ("xlsx", "zip"):
        if not data.startswith(_ZIP_MAGIC):
            raise BankFileError([Problem(name, 0, f"not a {chosen.label} file (not a zip)")])
    elif _looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BankFileError(
            [Problem(name, 0, f"not a text file: cannot read it as {chosen.label}")]
        )
    result = chosen.read(data, name=name, category=category, encoding=encoding)
    return chosen, _usable(result, name)


def _unknown_laws(result: ReadResult, name: str) -> list[Problem]:
    """Citations of law versions or articles the app's registry does not have."""
    cited = [q for q in result.questions if q.citations]
    if not cited:
        return []
    registry = load_registry(bank_dir()).registry
    return [
        Problem(name, 0, f"{q.id}: source: {message}")
        for q in cited
        for c in q.citations
        for message in registry.citation_problems(c)
    ]


class NothingUsableError(BankFileError):
    """The file is readable but holds only question types ipquiz does not use."""


def _usable(result: ReadResult, name: str) -> ReadResult:
    problems = result.problems or check_read(result, name) or _unknown_laws(result, name)
    if problems:
        raise BankFileError(list(problems))
    if not result.questions:
        raise NothingUsableError(
            [Problem(name, 0, "no question that ipquiz can use was found"), *result.skipped]
        )
    return result


def _read_folder(folder: Path, *, category: str | None) -> tuple[Format, ReadResult]:
    from ipquiz.bank.native_bundle import YAML_SUFFIXES, read_native_files

    paths = sorted(p for p in folder.iterdir() if p.suffix.lower() in YAML_SUFFIXES)
    if not paths:
        raise BankFileError([Problem(folder.name, 0, "the folder holds no .yaml category file")])
    files: list[tuple[str, bytes]] = []
    for p in paths:
        name = f"{folder.name}/{p.name}"
        try:
            files.append((name, read_limited(p, MAX_YAML_BYTES)))
        except OSError as exc:  # also a FIFO, a device or a file over the limit
            raise BankFileError([Problem(name, 0, f"cannot read: {exc.strerror or exc}")]) from exc
        if sum(len(data) for _, data in files) > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            raise BankFileError([Problem(folder.name, 0, f"the files add up to over {limit} MB")])
    return FORMATS["yaml"], _usable(read_native_files(files, category=category), folder.name)


def import_file(
    db: Database,
    path: Path,
    *,
    fmt: str | None = None,
    category: str | None = None,
    encoding: str | None = None,
    on_conflict: OnConflict = OnConflict.KEEP,
    progress: Progress | None = None,
) -> ImportReport:
    """Add a file's questions; those the bank already has are handled as `on_conflict` says.

    Nothing is written when the file has a problem or when a replacement would drop a
    language, a source, an explanation or feedback (PoorerBankError).
    """
    chosen, result = read_file(path, fmt=fmt, category=category, encoding=encoding)
    with db.transaction() as session:
        locks.hold(session, locks.BANK)  # one bank writer at a time, across stations
        plan = resolve(session, result.questions, on_conflict=on_conflict, file=path.name)
        questions = plan.write
        total = len(questions)
        used = {q.category for q in questions}
        bank_repo.merge_categories(session, [c for c in result.categories if c.id in used])
        step = 500
        for start in range(0, total, step):
            bank_repo.save_questions(session, questions[start : start + step], origin=IMPORTED)
            if progress:
                progress(min(start + step, total), total)
        if questions:
            bank_repo.refresh_strata(session)
    return ImportReport(
        file=str(path),
        format=chosen.name,
        imported=total,
        categories=tuple(sorted(used)),
        skipped=result.skipped,
        kept=plan.kept,
        replaced=plan.replaced,
        renamed=plan.renamed,
    )


@dataclass(frozen=True, slots=True)
class ExportReport:
    written: int
    left_out: int  # questions the format cannot carry (Aiken: anything but single choice)
    without_images: int = 0  # questions written without their picture: the format has none


def export_file(
    db: Database, path: Path, *, fmt: str | None = None, category: str | None = None, lang: str
) -> ExportReport:
    """Write the active questions (optionally one category) to `path`, atomically.

    ipquiz YAML holds one category per file: the whole bank goes to a folder (one file
    per category) when `path` is a folder or has no file extension, or to a .zip.
    """
    chosen = format_for(path, fmt)
    with db.transaction() as session:
        questions = bank_repo.all_questions(session, category=category)
        categories = {c.id: c for c, _ in bank_repo.list_categories(session)}
    if category and category not in categories:
        raise ValueError(f"no category {category!r}; known: {', '.join(categories)}")
    carried = [q for q in questions if chosen.can_carry(q, lang=lang)]
    if chosen.name == "yaml" and (path.is_dir() or not path.suffix):
        _write_folder(path, carried, categories)
    else:
        write_bytes(path, chosen.write(carried, categories, lang=lang))
    pictured = 0 if chosen.holds_images else sum(q.image is not None for q in carried)
    return ExportReport(
        written=len(carried), left_out=len(questions) - len(carried), without_images=pictured
    )


def _write_folder(folder: Path, questions: list[Question], categories: dict[str, Category]) -> None:
    from ipquiz.bank.native_bundle import category_files

    folder.mkdir(exist_ok=True)
    for name, data in category_files(questions, categories):
        write_bytes(folder / name, data)
