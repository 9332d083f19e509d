"""Moodle GIFT files: the plain-text question format teachers write by hand.

Reading follows Moodle's own importer (question/format/gift/format.php), checked
against the GIFT-grammar-PEG.js corpus. A blank line ends a question; `//` lines are
comments, and `// [id:x] [tag:y]` in them gives the question's id and tags;
`::title::` names it; `[html]`, `[markdown]`, `[plain]` or `[moodle]` sets the text
format (answers and feedback inherit the question's); `\\~ \\= \\# \\{ \\} \\: \\\\` are
literal characters and `\\n` a line break; `$CATEGORY:` switches the category of the
questions after it (Moodle's `$course$/top/` prefix is dropped; `//` in a name is a
literal `/`).

Multiple choice (`{=right ~wrong}`, weights as `~%50%`, feedback after `#`, general
feedback after `####`) with exactly one right answer written `=` is single choice;
otherwise it is multiple: several answers with positive weight, or, as in Moodle,
no `=` at all (`{~%100%a ~b}` is a one-answer checkbox question). The right answers
are those with positive weight; weights are kept unless all are 0 or 100%. Text
around the braces is kept with a blank `_____` where they were. `{T}`, `{F}`,
`{TRUE}`, `{FALSE}` are true/false: the first `#feedback` is shown for the wrong
answer, the second for the right one (as Moodle reads them). Essay (`{}`), short
answer (`{=a =b}`, `{word}`), numerical (`{#…}`), matching (`->`) and description
(no braces) questions are skipped and reported with their title and line.

Writing puts each question in `lang` (the other language when it lacks one), as
`[plain]` text so Moodle shows it literally, with its id as the title and in a
`// [id:…] [tag:…]` comment. Single choice is written `=right ~wrong`, multiple as
`~%w%` for every answer; a multiple-answer question without weights gets even
shares of 100% (Moodle refuses anything else for a checkbox question) and an
`[all-or-nothing]` mark in its comment, which ipquiz reads back as "no weights".
Not carried: difficulty (read back as 2), jurisdiction, sources, `checked`, the
other language, weights on true/false questions, or a single-choice question whose
wrong answers earn positive credit (that reads back as multiple). For weights to
round-trip the right answers must be exactly the choices with positive weight;
weights that are all 0 or 1, and feedback that is empty for every choice, read back
as none. `]` in a tag becomes `)`; nested categories come back as one name "A/B".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import PureWindowsPath

from ipquiz.bank.gift_text import (
    ALL_OR_NOTHING,
    NEWLINE,
    RAW,
    convert,
    formatted_text,
    hide_escapes,
    split_format,
)
from ipquiz.bank.gift_writer import write_gift
from ipquiz.bank.interchange import (
    ReadCollector,
    ReadResult,
    decode_text,
    guess_language,
    stable_id,
)
from ipquiz.domain.question import CHOICE_LETTERS, Question, QuestionText, QuestionType

__all__ = ["read_gift", "write_gift"]

_CONTROL = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --- file structure ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Block:
    """One question's lines: blank lines end it; comments are set apart."""

    line: int
    text: str
    comments: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _CategoryLine:
    line: int
    path: str


def _blocks(text: str) -> Iterator[_Block | _CategoryLine]:
    comments: list[str] = []
    lines: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            comments.append(stripped.translate(RAW))
        elif stripped.startswith("$CATEGORY:") and not lines:
            yield _CategoryLine(number, stripped.translate(RAW)[len("$CATEGORY:") :])
        elif stripped:
            start = start if lines else number
            lines.append(line)
        else:  # a blank line ends the question, and the comments above it
            if lines:
                yield _Block(start, "\n".join(lines).strip(), tuple(comments))
            lines, comments = [], []
    if lines:
        yield _Block(start, "\n".join(lines).strip(), tuple(comments))


_CONTEXT = re.compile(r"^\$\w+\$/?")
_SEGMENT = re.compile(r"(?<!/)/(?!/)")


def _category_name(raw: str) -> str:
    """'$course$/top/Patents' -> 'Patents'; 'A/B' stays a path; '//' is a literal '/'."""
    path = raw.strip()
    context = _CONTEXT.match(path)
    path = path[context.end() :] if context else path
    parts = [p.replace("//", "/").strip() for p in _SEGMENT.split(path)]
    parts = [p for p in parts if p]
    if context and parts and parts[0] == "top":
        parts = parts[1:]
    return "/".join(parts)


# --- reading -----------------------------------------------------------------------

_WEIGHT = re.compile(r"\s*%(-?(?:\d+(?:\.\d*)?|\.\d+))%")
_TRUE_FALSE = re.compile(r"(TRUE|FALSE|T|F)\s*(?:#(.*))?", re.DOTALL | re.IGNORECASE)
_ID = re.compile(r"\[id:([^\]]*)\]")
_TAG = re.compile(r"\[tag:([^\]]*)\]")


@dataclass(frozen=True, slots=True)
class _Choice:
    text: str
    weight: float
    feedback: str


@dataclass(slots=True)
class _Reader:
    out: ReadCollector
    fixed_category: str | None
    default_category: str
    path: str = ""
    ids: dict[str, int] = field(default_factory=dict)
    copies: dict[str, int] = field(default_factory=dict)  # base id -> next copy number

    def block(self, block: _Block) -> None:
        text, title = block.text, ""
        if text.startswith("::"):
            end = text.find("::", 2)
            if end < 0:
                self.out.problem(block.line, "the question title has no closing '::'")
                return
            title = convert(text[2:end].replace(NEWLINE, " "), "moodle")
            text = text[end + 2 :]
        fmt, text = split_format(text, "moodle")
        start, end = text.find("{"), text.find("}")
        if start < 0 and end < 0:
            return self._skip(block, "description", title, convert(text, fmt))
        if end < 0:
            return self.out.problem(block.line, "'{' has no closing '}' before the blank line")
        if start < 0 or end < start:
            return self.out.problem(block.line, "'}' without '{' (write \\} for a brace)")
        before, answers, after = text[:start], text[start + 1 : end], text[end + 1 :]
        if "{" in after or "}" in after:
            return self.out.problem(
                block.line, "more than one {…} in a question (write \\{ and \\} for braces)"
            )
        raw = f"{before.rstrip()} _____ {after.lstrip()}" if after.strip() else before
        prompt = convert(raw.strip(), fmt)
        cut = answers.rfind("####")
        explanation = formatted_text(answers[cut + 4 :], fmt) if cut >= 0 else ""
        answers = (answers[:cut] if cut >= 0 else answers).strip()
        if not answers:
            return self._skip(block, "essay", title, prompt)
        if answers.startswith("#"):
            return self._skip(block, "numerical", title, prompt)
        if "~" in answers:
            return self._choice(block, title, prompt, explanation, answers, fmt)
        if "=" in answers and "->" in answers:
            return self._skip(block, "matching", title, prompt)
        tf = _TRUE_FALSE.fullmatch(answers)
        if tf is None:
            return self._skip(block, "short answer", title, prompt)
        wrong, _, right = (tf[2] or "").partition("#")
        is_true = tf[1].upper().startswith("T")
        wrong, right = formatted_text(wrong, fmt), formatted_text(right, fmt)
        feedback = ((right, wrong) if is_true else (wrong, right)) if wrong or right else ()
        statement = QuestionText(prompt, (), explanation, choice_feedback=feedback)
        self._add(
            block, title, QuestionType.TRUE_FALSE, statement, frozenset({0 if is_true else 1})
        )

    def _choice(
        self, block: _Block, title: str, prompt: str, explanation: str, answers: str, fmt: str
    ) -> None:
        label = f"multiple-choice question '{_label(title, prompt)}'"
        pieces = re.split(r"([=~])", answers)
        if pieces[0].strip():
            short = _label("", convert(pieces[0], fmt))
            return self.out.problem(block.line, f"{label}: '{short}' before the first = or ~")
        choices: list[_Choice] = []
        for marker, body in zip(pieces[1::2], pieces[2::2], strict=True):
            weight, body = _weight(marker, body)
            if weight is None or not -1 <= weight <= 1:
                return self.out.problem(block.line, f"{label}: a weight is not -100% to 100%")
            answer, _, note = body.partition("#")
            choice = formatted_text(answer, fmt)
            if not choice:
                return self.out.problem(block.line, f"{label}: answer {len(choices) + 1} is empty")
            choices.append(_Choice(choice, weight, formatted_text(note, fmt)))
        if len(choices) < 2:
            return self.out.problem(block.line, f"{label} needs at least two answers")
        if len(choices) > len(CHOICE_LETTERS):
            return self.out.skip(block.line, f"skipped {label}: {len(choices)} answers, at most 8")
        weights = tuple(c.weight for c in choices)
        correct = frozenset(i for i, w in enumerate(weights) if w > 0)
        if not correct:
            return self.out.problem(block.line, f"{label}: no answer is right (= or a % above 0)")
        single = "=" in answers and len(correct) == 1
        plain = all(w in (0.0, 1.0) for w in weights)
        feedback = tuple(c.feedback for c in choices)
        text = QuestionText(
            prompt,
            tuple(c.text for c in choices),
            explanation,
            choice_feedback=feedback if any(feedback) else (),
        )
        kind = QuestionType.SINGLE if single else QuestionType.MULTIPLE
        if kind is QuestionType.MULTIPLE and ALL_OR_NOTHING in " ".join(block.comments):
            plain = True
        self._add(block, title, kind, text, correct, () if plain else weights)

    def _add(
        self,
        block: _Block,
        title: str,
        kind: QuestionType,
        text: QuestionText,
        correct: frozenset[int],
        weights: tuple[float, ...] = (),
    ) -> None:
        if not text.prompt:
            named = f"question '{title}'" if title else "a question"
            return self.out.problem(block.line, f"{named} has no text, only answers")
        label = f"question '{_label(title, text.prompt)}'"
        comments = " ".join(block.comments)
        own = _ID.search(comments)
        if own is not None:
            qid = _safe_id(own[1])
            if qid in self.ids:
                return self.out.skip(
                    block.line,
                    f"skipped {label}: same id '{qid}' as the question on line {self.ids[qid]}",
                )
        else:
            base = stable_id("gift", text.prompt, *text.choices)
            # The same question again (e.g. with other weights) is numbered; counting per
            # base keeps a file of thousands of copies linear, not quadratic.
            n = self.copies.get(base, 1)
            qid = base if n == 1 else f"{base}-{n}"
            while qid in self.ids:
                n += 1
                qid = f"{base}-{n}"
            self.copies[base] = n + 1
        tags = dict.fromkeys(t.strip() for t in _TAG.findall(comments) if t.strip())
        try:
            question = Question(
                id=qid,
                category=self._category(),
                type=kind,
                difficulty=2,
                texts={guess_language(text.prompt, *text.choices): text},
                correct=correct,
                tags=tuple(tags),
                weights=weights,
            )
        except ValueError as exc:  # the checks above should leave nothing for this
            return self.out.problem(block.line, f"{label}: {exc}")
        self.ids[qid] = block.line
        self.out.questions.append(question)

    def _skip(self, block: _Block, kind: str, title: str, prompt: str) -> None:
        self.out.skip(
            block.line, f"skipped {kind} question '{_label(title, prompt)}': not supported"
        )

    def _category(self) -> str:
        return self.out.category_for(self.fixed_category, self.path or self.default_category)


def _weight(marker: str, body: str) -> tuple[float | None, str]:
    """The answer's credit (None if unreadable) and the text after a %weight%."""
    m = _WEIGHT.match(body)
    if m is None:
        return (1.0 if marker == "=" else 0.0), body
    try:
        return float(Decimal(m[1]) / 100), body[m.end() :]
    except InvalidOperation:
        return None, body


def _label(title: str, prompt: str) -> str:
    """How messages name a question: its title, else the start of its text."""
    if title:
        return title
    first = prompt.split("\n", 1)[0] or "(no text)"
    return first if len(first) <= 60 else first[:59] + "…"


def _safe_id(raw: str) -> str:
    slug = re.sub(r"[^a-z0-9_.-]+", "-", raw.strip().lower()).strip("-.")
    return slug[:64] or stable_id("gift-id", raw.strip())


def _decode(data: bytes, encoding: str | None, out: ReadCollector) -> str | None:
    text = decode_text(data, out, encoding=encoding, kind="GIFT")
    if text is None:
        return None
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


def read_gift(
    data: bytes, *, name: str, category: str | None = None, encoding: str | None = None
) -> ReadResult:
    out = ReadCollector(name)
    text = _decode(data, encoding, out)
    if text is None:
        return out.result()
    reader = _Reader(out, category, PureWindowsPath(name).stem or name or "GIFT")
    for item in _blocks(hide_escapes(text)):
        if isinstance(item, _CategoryLine):
            reader.path = _category_name(item.path)
        else:
            reader.block(item)
    return out.result()
