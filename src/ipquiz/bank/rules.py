"""The rules every question meets before it is stored, whatever file it came from.

Readers check what their format says; these rules are checked once more on what
they produced, so no format can let through what another refuses: ids the
database and the exports can hold, one question per id, plain text (no HTML tags,
no control characters such as NUL or terminal escapes) and at most as many choices
as there are letters to name them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ipquiz.bank.interchange import ReadResult
from ipquiz.bank.problems import Problem
from ipquiz.domain.question import Category, Question

#: Ids as the readers make them: lower-case letters, digits, '-', '_' and '.'.
ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
MAX_QUESTION_ID = 128  # the database's column widths
MAX_CATEGORY_ID = 64
#: Control characters other than tab and line breaks: NUL, escapes, C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: An HTML tag or comment (`<b>`, `</p>`, `<script src=…>`, `<!-- -->`); "a < b" is text.
_MARKUP = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|!--)")


def id_problem(value: str, *, longest: int) -> str | None:
    """Why `value` cannot be an id, or None."""
    if not ID.fullmatch(value):
        return f"id {value!r} must be lower-case letters, digits, '-', '_' or '.'"
    if len(value) > longest:
        return f"id is {len(value)} characters long; at most {longest}"
    return None


def text_problem(what: str, text: str) -> str | None:
    """Why `text` is not plain text, or None."""
    control = _CONTROL.search(text)
    if control:
        return f"{what} holds a control character (U+{ord(control.group()):04X})"
    markup = _MARKUP.search(text)
    if markup:
        return f"{what} holds HTML markup {markup.group()[:40]!r}: question files are plain text"
    return None


def _texts(q: Question) -> Iterable[tuple[str, str]]:
    for lang, t in q.texts.items():
        yield f"{lang} prompt", t.prompt
        yield f"{lang} explanation", t.explanation
        yield f"{lang} source", t.source
        for i, choice in enumerate(t.choices):
            yield f"{lang} choice {i + 1}", choice
        for i, note in enumerate(t.choice_feedback):
            yield f"{lang} feedback {i + 1}", note
    yield "jurisdiction", q.jurisdiction
    yield "source url", q.source_url
    for tag in q.tags:
        yield "tag", tag


def question_problems(q: Question) -> list[str]:
    """Every rule `q` breaks, as messages that start with its id."""
    found = [id_problem(q.id, longest=MAX_QUESTION_ID)]
    found += [text_problem(what, text) for what, text in _texts(q)]
    shown = q.id if ID.fullmatch(q.id) else repr(q.id[:40])
    return [f"{shown}: {message}" for message in found if message]


def category_problems(c: Category) -> list[str]:
    found = [id_problem(c.id, longest=MAX_CATEGORY_ID)]
    found += [text_problem(f"{lang} name", name) for lang, name in c.names.items()]
    return [f"category {c.id[:40]!r}: {message}" for message in found if message]


def check_read(result: ReadResult, name: str, lines: Sequence[int] = ()) -> list[Problem]:
    """The problems these rules find in what a reader produced (`lines`: per question)."""
    problems = [Problem(name, 1, m) for c in result.categories for m in category_problems(c)]
    first: dict[str, int] = {}
    for i, q in enumerate(result.questions):
        line = lines[i] if i < len(lines) else 1
        problems += [Problem(name, line, m) for m in question_problems(q)]
        if q.id in first:
            problems.append(Problem(name, line, f"{q.id}: id already used on line {first[q.id]}"))
        first.setdefault(q.id, line)
    return problems
