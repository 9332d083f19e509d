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

from ipquiz.bank.images import image_entry, read_image_entry
from ipquiz.bank.interchange import MAX_YAML_BYTES, ReadResult
from ipquiz.bank.problems import Problem, yaml_line
from ipquiz.bank.rules import check_read
from ipquiz.domain.language import EN, LANGUAGES, ZH
from ipquiz.domain.laws import Citation, CitationError, make_citation
from ipquiz.domain.question import (
    CHOICE_LETTERS,
    Category,
    Question,
    QuestionText,
    QuestionType,
)
from ipquiz.safe_files import UnsafeFileError, read_limited

_LINE = "__line__"
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


#: Deeper than any question file nests (a question's block is four levels down).
MAX_DEPTH = 32


class _LineLoader(_BaseLoader):  # type: ignore[misc]
    """A safe loader that remembers the line each mapping starts on.

    Aliases (`*name`) are refused: a file of a few nested aliases expands to gigabytes
    ("billion laughs"), and question files have no use for them. So is nesting deeper
    than MAX_DEPTH, and a value Python cannot hold (a date like 2026-02-30, an integer
    of thousands of digits) is a YAML error at its line instead of a crash.
    """

    def construct_document(self, node: yaml.Node) -> Any:
        _refuse_aliases_and_depth(node)
        return super().construct_document(node)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"{_quoted(node.value)} cannot be read: {exc}", node.start_mark
            ) from None


def _quoted(value: object) -> str:
    text = str(value)
    return repr(text) if len(text) <= 40 else repr(text[:40]) + f"… ({len(text)} characters)"


def _refuse_aliases_and_depth(root: yaml.Node) -> None:
    """Walk the node graph once; a node reached twice was reached through an alias."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            raise yaml.constructor.ConstructorError(
                None, None, "aliases (*name) are not allowed in question files", node.start_mark
            )
        seen.add(id(node))
        if depth > MAX_DEPTH:
            raise yaml.constructor.ConstructorError(
                None, None, f"nested more than {MAX_DEPTH} levels deep", node.start_mark
            )
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend(((key, depth + 1), (value, depth + 1)))


def _construct_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=True)
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

REQUIRED_KEYS = ("id", "type", "difficulty", "answer")
MAX_ORDER = 1_000_000  # where a category is listed; the database holds 64-bit integers


@dataclass(frozen=True, slots=True)
class BankFile:
    """One category file as read: its category, its questions and what was wrong."""

    path: str
    category: Category | None
    questions: tuple[Question, ...]
    lines: tuple[int, ...]  # the line each question starts on, parallel to `questions`
    problems: tuple[Problem, ...]


def read_native_file(path: Path) -> BankFile:
    """A category file, read only if it is a regular file within the size limit."""
    name = str(path)
    text = read_yaml_text(path)
    if isinstance(text, Problem):
        return BankFile(name, None, (), (), (text,))
    return read_native_text(text, name)


def read_yaml_text(path: Path) -> str | Problem:
    """A YAML file's text, read only if it is a regular file within the size limit; or
    why it cannot be read."""
    try:
        return read_limited(path, MAX_YAML_BYTES).decode("utf-8")
    except UnsafeFileError as exc:
        return Problem(str(path), 1, f"cannot read: {exc.strerror}")
    except (OSError, UnicodeDecodeError) as exc:
        return Problem(str(path), 1, f"cannot read file: {exc}")


def read_native_text(text: str, name: str) -> BankFile:
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        line = yaml_line(exc)
        said = " ".join(filter(None, (getattr(exc, "context", ""), getattr(exc, "problem", ""))))
        return BankFile(
            name, None, (), (), (Problem(name, line, f"not valid YAML: {said or exc}"),)
        )
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
    # The rules every format meets, with this format's line numbers.
    read = ReadResult(categories=(category,) if category else (), questions=tuple(questions))
    problems += check_read(read, name, lines)
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
    order = _whole(raw.get("order", 0), -MAX_ORDER, MAX_ORDER)
    if order is None:
        problems.append(
            Problem(
                name,
                raw.get(_LINE, 1),
                f"category 'order' must be a whole number from {-MAX_ORDER} to {MAX_ORDER}",
            )
        )
        order = 0
    return Category(id=raw["id"], names=names, order=order)


def _whole(value: object, low: int, high: int) -> int | None:
    """`value` as a whole number from `low` to `high` (2 and 2.0 alike), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None  # also inf and nan
    return int(value) if low <= value <= high else None


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
    difficulty = _whole(entry["difficulty"], 1, 3)
    if difficulty is None:
        problem("difficulty must be 1, 2 or 3")
        return None
    try:
        citations = _read_citations(source)
    except CitationError as exc:
        problem(f"source: {exc}")
        return None
    image = read_image_entry(entry.get("image"))
    if isinstance(image, str):
        problem(image)
        return None
    checked = entry.get("checked")
    tags = entry.get("tags") or []
    weights = entry.get("weights") or []
    if not isinstance(weights, list) or not all(
        isinstance(w, int | float) and not isinstance(w, bool) and -1 <= w <= 1 for w in weights
    ):
        problem("'weights' must be a list of numbers from -1 to 1")
        return None
    try:
        return Question(
            id=str(entry["id"]),
            category=category,
            type=qtype,
            difficulty=difficulty,
            texts=texts,
            correct=answer,
            tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (str(tags),),
            jurisdiction=str(entry.get("jurisdiction") or ""),
            source_url=str(source.get("url") or ""),
            checked=checked if isinstance(checked, dt.date) else None,
            weights=tuple(float(w) for w in weights),
            citations=citations,
            image=image,
        )
    except (ValueError, TypeError) as exc:
        problem(str(exc).replace(f"question {entry['id']!r}", "").strip(" :"))
        return None


def _read_citations(source: Mapping[str, Any]) -> tuple[Citation, ...]:
    """`law` and `articles`, then any further laws under `also` (a list of the same)."""
    blocks: list[Any] = [source] if "law" in source or "articles" in source else []
    also = source.get("also") or []
    if not isinstance(also, list):
        raise CitationError("'also' must be a list of law/articles entries")
    if also and not blocks:
        raise CitationError("'also' needs a 'law' first")
    out: list[Citation] = []
    for block in blocks + also:
        if not isinstance(block, dict) or not isinstance(block.get("law"), str):
            raise CitationError("each cited law needs 'law: <law-id>@<version>' (or none)")
        articles = block.get("articles") or []
        if not isinstance(articles, list):
            raise CitationError(f"{block['law']}: 'articles' must be a list, e.g. [\"42\"]")
        out.append(make_citation(block["law"], articles))
    if len({c.law for c in out}) != len(out):
        raise CitationError("a law is cited twice: list all its articles under one entry")
    if len(out) > 1 and any(not c.is_statute for c in out):
        raise CitationError("'law: none' cannot be combined with other laws")
    return tuple(out)


def read_native(
    data: bytes, *, name: str, category: str | None = None, encoding: str | None = None
) -> ReadResult:
    """The importer's entry point: one category file as a ReadResult."""
    if len(data) > MAX_YAML_BYTES:
        limit = MAX_YAML_BYTES // 2**20
        message = f"the file is {len(data) / 2**20:.0f} MB; YAML files are read up to {limit} MB"
        return ReadResult(problems=(Problem(name, 1, message + " (split it by category)"),))
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
        raise ValueError(
            "the YAML format holds one category per file: export the whole bank to a "
            "folder or a .zip file, or choose a category"
        )
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


def _citation_entry(c: Citation) -> dict[str, Any]:
    return {"law": c.law, "articles": list(c.articles)} if c.is_statute else {"law": c.law}


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
    source: dict[str, Any] = {lang: t.source for lang, t in q.texts.items() if t.source}
    if q.source_url:
        source["url"] = q.source_url
    if q.citations:
        first, *more = q.citations
        source |= _citation_entry(first)
        if more:
            source["also"] = [_citation_entry(c) for c in more]
    entry["source"] = source
    if q.type is QuestionType.TRUE_FALSE:
        entry["answer"] = 0 in q.correct
    elif q.type is QuestionType.MULTIPLE:
        entry["answer"] = [CHOICE_LETTERS[i] for i in sorted(q.correct)]
    else:
        entry["answer"] = CHOICE_LETTERS[min(q.correct)]
    if q.weights:
        entry["weights"] = list(q.weights)
    if q.image is not None:
        entry["image"] = image_entry(q.image)
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
