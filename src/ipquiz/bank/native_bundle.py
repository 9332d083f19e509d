"""A whole bank in ipquiz YAML: one category file per topic, in a folder or a zip.

The YAML format holds one category per file (as the bundled `questions/` folder
does), so the whole bank travels as several files. A zip keeps them together for
e-mail and USB sticks; `bank import` reads it back as one all-or-nothing import.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePosixPath

from ipquiz.bank.interchange import MAX_FILE_BYTES, ReadResult
from ipquiz.bank.native_yaml import dump_native, read_native
from ipquiz.bank.problems import Problem
from ipquiz.domain.question import Category, Question

#: What a damaged or unusual zip raises while a member is unpacked.
_BROKEN = (
    zipfile.BadZipFile,
    zlib.error,
    ValueError,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
)
#: More category files than any bank has; a zip with more is refused unread.
MAX_MEMBERS = 1000
YAML_SUFFIXES = (".yaml", ".yml")


def category_files(
    questions: Sequence[Question], categories: Mapping[str, Category]
) -> list[tuple[str, bytes]]:
    """(file name, YAML bytes) for each category that has questions, in bank order."""
    by_category: dict[str, list[Question]] = {}
    for q in questions:
        by_category.setdefault(q.category, []).append(q)
    known = [c for c in categories.values() if c.id in by_category]
    order = [c.id for c in sorted(known, key=lambda c: (c.order, c.id))]
    order += sorted(cid for cid in by_category if cid not in categories)
    files = []
    for cid in order:
        category = categories.get(cid) or Category(id=cid, names={})
        files.append((f"{cid}.yaml", dump_native(category, by_category[cid]).encode("utf-8")))
    return files


def write_native_zip(
    questions: Sequence[Question], categories: Mapping[str, Category], *, lang: str
) -> bytes:
    """A zip of category files; every language is kept whatever `lang` says."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for file_name, data in category_files(questions, categories):
            archive.writestr(file_name, data)
    return buffer.getvalue()


def read_native_files(
    files: Iterable[tuple[str, bytes]], *, category: str | None = None
) -> ReadResult:
    """Several category files read as one: an id used twice is a problem."""
    categories: dict[str, Category] = {}
    questions: list[Question] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for file_name, data in files:
        part = read_native(data, name=file_name, category=category)
        problems += part.problems
        for c in part.categories:
            categories.setdefault(c.id, c)
        for q in part.questions:
            if q.id in seen:
                problems.append(Problem(file_name, 0, f"{q.id}: id already used in {seen[q.id]}"))
                continue
            seen[q.id] = file_name
            questions.append(q)
    return ReadResult(
        categories=tuple(sorted(categories.values(), key=lambda c: (c.order, c.id))),
        questions=tuple(questions),
        problems=tuple(problems),
    )


def read_native_zip(
    data: bytes, *, name: str, category: str | None = None, encoding: str | None = None
) -> ReadResult:
    """Every .yaml file in the zip (sub-folders too), read as one bank."""
    del encoding  # category files are UTF-8, as the YAML format says

    def refuse(message: str) -> ReadResult:
        return ReadResult(problems=(Problem(name, 0, message),))

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return refuse("not a zip file")
    with archive:
        members = [
            m
            for m in archive.infolist()
            if not m.is_dir() and PurePosixPath(m.filename).suffix.lower() in YAML_SUFFIXES
        ]
        if len(members) > MAX_MEMBERS:
            return refuse(f"{len(members)} files in the zip; at most {MAX_MEMBERS}")
        if sum(m.file_size for m in members) > MAX_FILE_BYTES:
            return refuse(f"the zip unpacks to more than {MAX_FILE_BYTES // 2**20} MB")
        if not members:
            return refuse("the zip holds no .yaml category file")
        files = []
        budget = MAX_FILE_BYTES
        for member in sorted(members, key=lambda m: m.filename):
            try:
                with archive.open(member) as stream:
                    content = stream.read(budget + 1)
            except _BROKEN as exc:
                return refuse(f"{member.filename}: cannot unpack ({exc})")
            budget -= len(content)
            if budget < 0:  # sizes in the directory can lie
                return refuse(f"the zip unpacks to more than {MAX_FILE_BYTES // 2**20} MB")
            files.append((f"{name}/{member.filename}", content))
    return read_native_files(files, category=category)
