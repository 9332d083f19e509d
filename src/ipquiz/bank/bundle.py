"""The bundled bank: every category file under a folder, and its content hash."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ipquiz.bank.problems import Problem
from ipquiz.domain.question import Category, Question


@dataclass(frozen=True, slots=True)
class Bank:
    categories: tuple[Category, ...]
    questions: tuple[Question, ...]
    problems: tuple[Problem, ...]


def bank_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())


def content_hash(folder: Path) -> str:
    """A hash of the files' names and bytes: cheap enough to check at every start."""
    digest = hashlib.sha256()
    for path in bank_files(folder):
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def read_bank(folder: Path) -> Bank:
    from ipquiz.bank.native_yaml import read_native_file  # the YAML loader: only when needed

    files = [read_native_file(p) for p in bank_files(folder)]
    problems: list[Problem] = [p for f in files for p in f.problems]
    seen: dict[str, str] = {}
    questions: list[Question] = []
    for f in files:
        for q, line in zip(f.questions, f.lines, strict=True):
            if q.id in seen:
                problems.append(Problem(f.path, line, f"{q.id}: id already used in {seen[q.id]}"))
                continue
            seen[q.id] = f.path
            questions.append(q)
    return Bank(
        categories=tuple(
            sorted((f.category for f in files if f.category), key=lambda c: (c.order, c.id))
        ),
        questions=tuple(questions),
        problems=tuple(problems),
    )
