"""The native bank format: one YAML file per category, both languages per entry.

See docs/question-format.md. Reading keeps line numbers so every problem can be
reported as `file:line: message`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ipquiz.bank.interchange import ReadResult
from ipquiz.bank.problems import Problem
from ipquiz.domain.language import EN, LANGUAGES, ZH
from ipquiz.domain.question import (
    CHOICE_LETTERS,
    Category,
    Question,
    QuestionText,
    QuestionType,
)

_LINE = "__line__"
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc]
    """A safe loader that remembers the line each mapping starts on."""


def _construct_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=True)
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

REQUIRED_KEYS = ("id", "type", "difficulty", "answer")


@dataclass(frozen=True, slots=True)
class BankFile:
    """One category file as read: its category, its questions and what was wrong."""

    path: str
    category: Category | None
    questions: tuple[Question, ...]
    lines: tuple[int, ...]  # the line each question starts on, parallel to `questions`
    problems: tuple[Problem, ...]


def read_native_file(path: Path) -> BankFile:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return BankFile(name, None, (), (), (Problem(name, 1, f"cannot read file: {exc}"),))
    return read_native_text(text, name)


def read_native_text(text: str, name: str) -> BankFile:
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        return BankFile(name, None, (), (), (Problem(name, line, f"not valid YAML: {exc}"),))
    problems: list[Problem] = []
    if not isinstance(data, dict):
        return BankFile(
            name, None, (), (), (Problem(name, 1, "expected 'category' and 'questions'"),)
        )
    category = _read_category(data.get("category"), name, problems)
    entries = data.get("questions")
    if not isinstance(entries, list):
        problems.append(Problem(name, data.get(_LINE, 1), "'questions' must be a list"))
        entries = []
    questions: list[Question] = []
    lines: list[int] = []
    for entry in entries:
        line = entry.get(_LINE, 1) if isinstance(entry, dict) else 1
        if not isinstance(entry, dict):
            problems.append(Problem(name, line, "each question must be a mapping"))
            continue
        q = _read_entry(entry, category.id if category else "", name, problems)
        if q is not None:
            questions.append(q)
            lines.append(line)
    return BankFile(name, category, tuple(questions), tuple(lines), tuple(problems))


def _read_category(raw: object, name: str, problems: list[Problem]) -> Category | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        problems.append(Problem(name, 1, "missing 'category' with an 'id'"))
        return None
    names_raw = raw.get("name") or {}
    names = {
        lang: str(names_raw[lang])
        for lang in LANGUAGES
        if isinstance(names_raw, dict) and names_raw.get(lang)
    }
    if not names:
        problems.append(Problem(name, raw.get(_LINE, 1), "category needs a name in zh-CN or en"))
    order = raw.get("order", 0)
    if not isinstance(order, int):
        problems.append(Problem(name, raw.get(_LINE, 1), "category 'order' must be a whole number"))
        order = 0
    return Category(id=raw["id"], names=names, order=order)


def _letter_index(value: object) -> int | None:
    if (
        isinstance(value, str)
        and len(value.strip()) == 1
        and value.strip().upper() in CHOICE_LETTERS
    ):
        return CHOICE_LETTERS.index(value.strip().upper())
    return None


def _read_answer(entry: dict[str, Any], qtype: QuestionType) -> frozenset[int] | str:
    raw = entry.get("answer")
    if qtype is QuestionType.TRUE_FALSE:
        if isinstance(raw, bool):
            return frozenset({0 if raw else 1})
        return "true_false answer must be true or false"
    values = raw if isinstance(raw, list) else [raw]
    indices = [_letter_index(v) for v in values]
    if not values or any(i is None for i in indices):
        plural = "s" if qtype is QuestionType.MULTIPLE else ""
        return f"answer must be a choice letter{plural} (A, B, …)"
    return frozenset(i for i in indices if i is not None)


def _read_entry(
    entry: dict[str, Any], category: str, name: str, problems: list[Problem]
) -> Question | None:
    line = entry.get(_LINE, 1)
    before = len(problems)

    def problem(message: str) -> None:
        problems.append(Problem(name, line, f"{entry.get('id', '?')}: {message}"))

    for key in REQUIRED_KEYS:
        if key not in entry:
            problem(f"missing '{key}'")
    if len(problems) > before:
        return None
    try:
        qtype = QuestionType(entry["type"])
    except ValueError:
        problem(f"unknown type {entry['type']!r} (single, multiple or true_false)")
        return None
    answer = _read_answer(entry, qtype)
    if isinstance(answer, str):
        problem(answer)
        return None
    texts: dict[str, QuestionText] = {}
    raw_source = entry.get("source")
    source: dict[str, Any] = raw_source if isinstance(raw_source, dict) else {}
    for lang in LANGUAGES:
        block = entry.get(lang)
        if block is None:
            continue
        if not isinstance(block, dict) or not str(block.get("prompt") or "").strip():
            problem(f"{lang}: needs a 'prompt'")
            continue
        choices = block.get("choices") or []
        if not isinstance(choices, list):
            problem(f"{lang}: 'choices' must be a list")
            continue
        feedback = block.get("feedback") or []
        if not isinstance(feedback, list):
            problem(f"{lang}: 'feedback' must be a list, one entry per choice")
            continue
        texts[lang] = QuestionText(
            prompt=str(block["prompt"]).strip(),
            choices=tuple(str(c).strip() for c in choices),
            explanation=str(block.get("explanation") or "").strip(),
            source=str(source.get(lang) or "").strip(),
            choice_feedback=tuple("" if f is None else str(f).strip() for f in feedback),
        )
    if not texts:
        problem("needs text in zh-CN or en")
        return None
    checked = entry.get("checked")
    tags = entry.get("tags") or []
    weights = entry.get("weights") or []
    if not isinstance(weights, list) or not all(
        isinstance(w, int | float) and not isinstance(w, bool) for w in weights
    ):
        problem("'weights' must be a list of numbers from -1 to 1")
        return None
    try:
        return Question(
            id=str(entry["id"]),
            category=category,
            type=qtype,
            difficulty=int(entry["difficulty"]),
            texts=texts,
            correct=answer,
            tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (str(tags),),
            jurisdiction=str(entry.get("jurisdiction") or ""),
            source_url=str(source.get("url") or ""),
            checked=checked if isinstance(checked, dt.date) else None,
            weights=tuple(float(w) for w in weights),
        )
    except (ValueError, TypeError) as exc:
        problem(str(exc).replace(f"question {entry['id']!r}", "").strip(" :"))
        return None


def read_native(
    data: bytes, *, name: str, category: str | None = None, encoding: str | None = None
) -> ReadResult:
    """The importer's entry point: one category file as a ReadResult."""
    try:
        text = data.decode(encoding or "utf-8-sig")
    except (UnicodeDecodeError, LookupError) as exc:
        return ReadResult(
            problems=(Problem(name, 1, f"cannot decode as {encoding or 'UTF-8'}: {exc}"),)
        )
    f = read_native_text(text, name)
    cats = (f.category,) if f.category else ()
    questions = f.questions
    if category:
        cats = (Category(id=category, names={lang: category for lang in LANGUAGES}),)
        questions = tuple(dataclasses.replace(q, category=category) for q in questions)
    return ReadResult(categories=cats, questions=questions, problems=f.problems)


def write_native(
    questions: Sequence[Question], categories: Mapping[str, Category], *, lang: str
) -> bytes:
    """One category per file: exporting several categories at once is refused."""
    used = sorted({q.category for q in questions})
    if len(used) > 1:
        raise ValueError("the YAML format holds one category per file: choose a category")
    cid = used[0] if used else "questions"
    category = categories.get(cid) or Category(id=cid, names={lang: cid})
    return dump_native(category, questions).encode("utf-8")


def dump_native(category: Category, questions: Iterable[Question]) -> str:
    """Write questions back in the native format (used by export and round trips)."""
    doc = {
        "category": {"id": category.id, "order": category.order, "name": dict(category.names)},
        "questions": [_entry(q) for q in questions],
    }
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100)


def _entry(q: Question) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": q.id,
        "type": q.type.value,
        "difficulty": q.difficulty,
        "jurisdiction": q.jurisdiction,
        "tags": list(q.tags),
    }
    if q.checked:
        entry["checked"] = q.checked
    source: dict[str, str] = {lang: t.source for lang, t in q.texts.items() if t.source}
    if q.source_url:
        source["url"] = q.source_url
    entry["source"] = source
    if q.type is QuestionType.TRUE_FALSE:
        entry["answer"] = 0 in q.correct
    elif q.type is QuestionType.MULTIPLE:
        entry["answer"] = [CHOICE_LETTERS[i] for i in sorted(q.correct)]
    else:
        entry["answer"] = CHOICE_LETTERS[min(q.correct)]
    if q.weights:
        entry["weights"] = list(q.weights)
    for lang in (ZH, EN):
        t = q.texts.get(lang)
        if t is None:
            continue
        block: dict[str, Any] = {"prompt": t.prompt}
        if q.type is not QuestionType.TRUE_FALSE:
            block["choices"] = list(t.choices)
        block["explanation"] = t.explanation
        if t.choice_feedback:
            block["feedback"] = list(t.choice_feedback)
        entry[lang] = block
    return entry
