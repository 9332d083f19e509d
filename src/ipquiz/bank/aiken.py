"""Aiken files: the simplest plain-text format for single-choice questions.

    Which office grants patents in China?
    A. CNIPA
    B) The courts
    ANSWER: A

The question may run over several lines until its first option; options are a
capital letter with '.' or ')' (or the full-width '．', '）', '、' Chinese editors
type); questions are separated by blank lines. UTF-8 with or without a BOM, LF or
CRLF; another encoding when the caller names it.

Aiken carries only single-choice questions with 2 to 8 options: no explanation, no
per-option feedback, no partial credit, no categories and no ids. `write_aiken`
leaves out every question `aiken_can_carry` refuses (multiple answers, true/false,
text that would read back as an option or ANSWER line), so the caller can say how
many were left out; explanations, feedback and weights are dropped silently.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from ipquiz.bank.interchange import (
    ReadCollector,
    ReadResult,
    decode_text,
    guess_language,
    plain_text,
    stable_id,
)
from ipquiz.domain.question import CHOICE_LETTERS, Category, Question, QuestionText, QuestionType

#: "A. text", "A) text", "A.文本" (no space before a non-ASCII letter), "A、文本".
_OPTION = re.compile(r"([A-Z])(?:[.)](?:[ \t]+|$|(?=[^\x00-\x7f]))|[．）、][ \t]*)(.*)")
_ANSWER = re.compile(r"ANSWER[ \t]*[:：][ \t]*(.*)", re.IGNORECASE)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(slots=True)
class _Pending:
    """A question read up to its ANSWER line."""

    line: int
    prompt: list[str]
    options: list[tuple[str, str, int]] = field(default_factory=list)  # letter, text, line

    @property
    def title(self) -> str:
        first = plain_text(self.prompt[0])
        return first if len(first) <= 60 else first[:59] + "…"


@dataclass(slots=True)
class _Reader:
    out: ReadCollector
    category: str | None
    default_category: str
    ids: dict[str, int] = field(default_factory=dict)

    def finish(self, q: _Pending, answer: str, line: int) -> None:
        """Check a question at its ANSWER line and keep it, or say what is wrong."""
        label = f"question '{q.title}'"
        letters = [letter for letter, _, _ in q.options]
        if len(q.options) < 2:
            self.out.problem(q.line, f"{label} needs at least two options (A. …, B. …)")
            return
        for i, (letter, _, where) in enumerate(q.options):
            if letter in letters[:i]:
                self.out.problem(where, f"{label}: option letter {letter} is used twice")
                return
        if not re.fullmatch(r"[A-Za-z][.)]?", answer):
            self.out.problem(line, f"{label}: ANSWER must be one option letter, e.g. 'ANSWER: B'")
            return
        answer = answer[0].upper()
        if answer not in letters:
            self.out.problem(
                line, f"{label}: ANSWER {answer} is not one of the options ({', '.join(letters)})"
            )
            return
        if len(q.options) > len(CHOICE_LETTERS):
            self.out.skip(q.line, f"skipped {label}: {len(q.options)} options, at most 8")
            return
        prompt = plain_text("\n".join(q.prompt))
        choices = tuple(plain_text(text) for _, text, _ in q.options)
        for (letter, _, where), choice in zip(q.options, choices, strict=True):
            if not choice:
                self.out.problem(where, f"{label}: option {letter} has no text")
                return
        if not prompt:
            self.out.skip(q.line, f"skipped {label}: no text left once HTML is removed")
            return
        self._add(q, prompt, choices, letters.index(answer))

    def _add(self, q: _Pending, prompt: str, choices: tuple[str, ...], right: int) -> None:
        qid = stable_id("aiken", prompt, *choices)
        if qid in self.ids:
            self.out.skip(
                q.line,
                f"skipped question '{q.title}': the same as the question on line {self.ids[qid]}",
            )
            return
        self.ids[qid] = q.line
        self.out.questions.append(
            Question(
                id=qid,
                category=self._category(),
                type=QuestionType.SINGLE,
                difficulty=2,
                texts={guess_language(prompt, *choices): QuestionText(prompt, choices)},
                correct=frozenset({right}),
            )
        )

    def _category(self) -> str:
        return self.out.category_for(self.category, self.default_category)


def read_aiken(
    data: bytes, *, name: str, category: str | None = None, encoding: str | None = None
) -> ReadResult:
    out = ReadCollector(name)
    text = decode_text(data, out, encoding=encoding, kind="Aiken")
    if text is None:
        return out.result()
    reader = _Reader(out, category, PurePath(name).stem or name)
    pending: _Pending | None = None
    orphan = False  # inside a run of options that belong to no question
    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        line = raw.strip()
        if not line:
            continue
        answer = _ANSWER.fullmatch(line)
        option = None if answer else _OPTION.fullmatch(line)
        if answer:
            if pending is None:
                out.problem(number, "ANSWER line without a question")
            else:
                reader.finish(pending, answer.group(1).strip(), number)
            pending, orphan = None, False
        elif option:
            if pending is None:
                if not orphan:
                    out.problem(number, f"option {option.group(1)} without a question before it")
                orphan = True
            else:
                pending.options.append((option.group(1), option.group(2).strip(), number))
        elif pending is not None and not pending.options:
            pending.prompt.append(line)
        else:
            if pending is not None:
                out.problem(pending.line, f"question '{pending.title}' has no 'ANSWER:' line")
            pending, orphan = _Pending(number, [line]), False
    if pending is not None:
        out.problem(pending.line, f"question '{pending.title}' has no 'ANSWER:' line")
    return out.result()


def _escaped(text: str) -> str:
    """Text as written: as is, unless reading it back as HTML would change it."""
    return text if plain_text(text) == text else html.escape(text, quote=False)


def aiken_can_carry(question: Question, *, lang: str | None = None) -> bool:
    """Whether `question` (in `lang`, or in every language) reads back from Aiken the same.

    Only single-choice questions with 2 to 8 options, single-line options and no
    prompt line that would read as an option or an ANSWER line.
    """
    if question.type is not QuestionType.SINGLE or not 2 <= question.choice_count <= len(
        CHOICE_LETTERS
    ):
        return False
    texts = (
        [question.localized(lang)] if lang else [question.localized(x) for x in question.languages]
    )
    for text in texts:
        lines = _escaped(text.prompt).split("\n")
        if not text.prompt.strip() or any(
            _OPTION.fullmatch(x.strip()) or _ANSWER.fullmatch(x.strip()) for x in lines
        ):
            return False
        if any(not c.strip() or "\n" in c or "\r" in c for c in text.choices):
            return False
    return True


def write_aiken(
    questions: Sequence[Question], categories: Mapping[str, Category], *, lang: str
) -> bytes:
    """The questions Aiken can carry, in `lang`; the others are left out (see module doc)."""
    blocks: list[str] = []
    for q in questions:
        if not aiken_can_carry(q, lang=lang):
            continue
        text = q.localized(lang)
        options = [f"{CHOICE_LETTERS[i]}. {_escaped(c)}" for i, c in enumerate(text.choices)]
        answer = f"ANSWER: {CHOICE_LETTERS[min(q.correct)]}"
        blocks.append("\n".join([_escaped(text.prompt), *options, answer]))
    return "".join(block + "\n\n" for block in blocks).encode("utf-8")


def looks_like_aiken(data: bytes) -> bool:
    """Whether a plain-text file reads as Aiken: an option line, then an ANSWER line.

    `.txt` is what Moodle calls Aiken files, and also what spreadsheets save as
    tab-separated text, so the content decides. Only the start of the file is looked at.
    """
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    option_seen = False
    for raw in _LINE_BREAK.split(text):
        line = raw.strip()
        if _ANSWER.fullmatch(line):
            if option_seen:
                return True
        elif _OPTION.fullmatch(line):
            option_seen = True
    return False
