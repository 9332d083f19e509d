"""Writing GIFT files: each question as `[plain]` text in one language, with its id
and tags in a `// [id:…] [tag:…]` comment and a `$CATEGORY:` line whenever the
category changes. It is kept apart from reading (gift.py, whose docstring says what
a written file carries and what it cannot); the two share only gift_text.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from ipquiz.bank.gift_text import ALL_OR_NOTHING
from ipquiz.domain.question import Category, Question, QuestionType

__all__ = ["write_gift"]

_STARTS_LIKE_MARKUP = re.compile(r"\s*(\[(html|moodle|plain|markdown)\]|%)")


def _escape(text: str) -> str:
    """Text as GIFT writes it: control characters escaped, line breaks as \\n."""
    text = text.replace("\\", "\\\\")
    for c in "~=#{}:":
        text = text.replace(c, "\\" + c)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _field(text: str) -> str:
    """An answer or feedback text; [plain] keeps a leading '[html]' or '%' literal."""
    return ("[plain]" if _STARTS_LIKE_MARKUP.match(text) else "") + _escape(text)


def _percent(weight: float) -> str:
    """`weight` as a percentage that reads back as exactly the same float."""
    text = format(Decimal(repr(weight)) * 100, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _meta(text: str) -> str:
    return " ".join(text.replace("]", ")").split())


def _choice_lines(q: Question, choices: Sequence[str], feedback: Sequence[str]) -> list[str]:
    """Single: =right ~wrong. Multiple: ~%w% each; without weights, even shares (what
    Moodle needs: positive grades adding up to 100%), marked all-or-nothing for ipquiz."""
    share = 1 / len(q.correct)
    lines = []
    for i, choice in enumerate(choices):
        is_right = i in q.correct
        marker, default = ("=", 1.0) if is_right and q.type is QuestionType.SINGLE else ("~", 0.0)
        unweighted = share if is_right and marker == "~" else default
        weight = q.weights[i] if q.weights else unweighted
        mark = f"{marker}%{_percent(weight)}%" if weight != default else marker
        note = f"#{_field(feedback[i])}" if feedback[i] else ""
        lines.append(f"\t{mark}{_field(choice)}{note}\n")
    return lines


def _write_question(q: Question, lang: str) -> str:
    local = q.localized(lang)
    meta = [f"[id:{_meta(q.id)}]", *(f"[tag:{_meta(t)}]" for t in q.tags)]
    if q.type is QuestionType.MULTIPLE and not q.weights:
        meta.append(ALL_OR_NOTHING)
    head = f"// {' '.join(meta)}\n::{_escape(q.id)}::[plain]{_escape(local.prompt)}"
    general = f"####{_field(local.explanation)}" if local.explanation else ""
    if q.type is QuestionType.TRUE_FALSE:
        is_true = 0 in q.correct
        for_true, for_false = local.choice_feedback or ("", "")
        right, wrong = (for_true, for_false) if is_true else (for_false, for_true)
        body = "T" if is_true else "F"
        if wrong or right:
            body += f"#{_field(wrong)}" if wrong else "#"
        if right:
            body += f"#{_field(right)}"
        return f"{head}{{{body}{general}}}\n"
    feedback = local.choice_feedback or ("",) * len(local.choices)
    lines = [f"{head}{{\n", *_choice_lines(q, local.choices, feedback)]
    if general:
        lines.append(f"\t{general}\n")
    lines.append("}\n")
    return "".join(lines)


def _category_line(name: str) -> str:
    return f"$CATEGORY: $course$/top/{' '.join(name.split()).replace('/', '//')}\n"


def write_gift(
    questions: Sequence[Question], categories: Mapping[str, Category], *, lang: str
) -> bytes:
    """A GIFT file: a $CATEGORY line whenever the category changes, then questions."""
    parts: list[str] = []
    current: str | None = None
    for q in questions:
        if q.category != current:
            current = q.category
            known = categories.get(q.category)
            parts.append(_category_line(known.name(lang) if known else q.category))
        parts.append(_write_question(q, lang))
    return "\n".join(parts).encode("utf-8")
