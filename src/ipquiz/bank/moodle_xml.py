"""Moodle XML question files: multichoice and truefalse questions with their categories.

Reading parses with defusedxml only and refuses any DOCTYPE, so external entities,
external DTDs and entity expansion ("billion laughs") are a problem, never a fetch.
`<question type="category">` sets the category of the questions after it; the
context prefix (`$course$/`, `$module$/`, …) and Moodle's hidden `top/` are dropped
and the rest of the path ("A/B") is the category name. Every other question type
(essay, shortanswer, cloze, …) is skipped and reported with its name and line;
legacy `<image>`/`<image_base64>` and embedded files are ignored, never decoded.

Answer grades are read like Moodle's "nearest grade" import option, but only
within half a percentage point: 33.33333 (and a hand-typed 33) is exactly 1/3;
other values from -100 to 100 are kept as written (ipquiz takes any partial credit).
`<single>` decides single versus multiple; a multiple question whose right
answers share 100% evenly and whose wrong answers are 0 has no weights.

Writing cannot carry: difficulty, tags, jurisdiction, sources, `checked`, a second
language, and weights that are not Moodle grades (written as the nearest one,
because Moodle refuses a file with any other grade); for weights to round-trip the
correct answers must be the choices with positive weight.
"""

from __future__ import annotations

import codecs
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import PurePath

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from ipquiz.bank.interchange import (
    ReadCollector,
    ReadResult,
    decode_text,
    guess_language,
    plain_text,
    stable_id,
)
from ipquiz.bank.moodle_images import moodle_image
from ipquiz.bank.moodle_xml_writer import GRADES, question_title, write_moodle_xml
from ipquiz.domain.question import (
    CHOICE_LETTERS,
    Question,
    QuestionImage,
    QuestionText,
    QuestionType,
)

__all__ = ["GRADES", "read_moodle_xml", "write_moodle_xml"]

#: A grade this close (as a fraction) to a Moodle grade is read as that grade.
_SNAP = 0.005
_CONTEXT = re.compile(r"^\$[a-z]+\$/?")
_DECLARED = re.compile(rb"^<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_SAFE_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SUPPORTED = ("multichoice", "truefalse")


class _LineBuilder(ET.TreeBuilder):
    """A tree builder that remembers the line each element starts on."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: DefusedXMLParser | None = None
        self.lines: dict[int, int] = {}

    def start(self, tag: str, attrs: dict[str, str], /) -> ET.Element:
        element = super().start(tag, attrs)
        if self.parser is not None:
            self.lines[id(element)] = self.parser.parser.CurrentLineNumber
        return element


def _decode(data: bytes, encoding: str | None, out: ReadCollector) -> str | None:
    """The file as text: the encoding asked for, else the BOM, the declaration or UTF-8.

    Decoding here (not in expat) means any Python codec works, GBK included.
    """
    chosen = encoding
    if chosen is None:
        chosen = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if chosen is None:
        declared = _DECLARED.match(data)
        chosen = declared.group(1).decode("ascii") if declared else "utf-8"
        if chosen.lower().startswith(("utf-16", "utf-32", "ucs")):
            chosen = "utf-8"  # a declaration readable as ASCII cannot be UTF-16 or UTF-32
    return decode_text(data, out, encoding=chosen, kind="Moodle XML")


def _parse(text: str, out: ReadCollector) -> tuple[ET.Element, dict[int, int]] | None:
    builder = _LineBuilder()
    parser = DefusedXMLParser(
        target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    builder.parser = parser
    try:
        parser.feed(text)
        root = parser.close()
    except ET.ParseError as exc:
        reason = re.sub(r": line \d+, column \d+$", "", str(exc))
        out.problem(exc.position[0], f"not well-formed XML: {reason}")
        return None
    except DefusedXmlException as exc:
        out.problem(
            parser.parser.CurrentLineNumber,
            "refused: the file has a DOCTYPE or entity declaration, which Moodle XML never "
            f"uses and which could read other files or expand without end ({type(exc).__name__})",
        )
        return None
    return root, builder.lines


def _text(element: ET.Element | None) -> str:
    """The raw text of `element`'s <text> child (or of the element itself)."""
    if element is None:
        return ""
    inner = element.find("text")
    if inner is not None:
        return "".join(inner.itertext())
    return element.text or ""


def _fraction(raw: str | None) -> float | str:
    """An answer's grade as a fraction, or why it cannot be read."""
    if raw is None or not raw.strip():
        return 0.0
    try:
        value = float(raw) / 100
    except ValueError:
        return f"answer grade {raw!r} is not a number"
    if not math.isfinite(value) or not -1.0 <= value <= 1.0:
        return f"answer grade {raw.strip()}% is not from -100 to 100"
    nearest = min(GRADES, key=lambda g: abs(g - value))
    return nearest if abs(nearest - value) <= _SNAP + 1e-12 else value


def _is_single(element: ET.Element | None) -> bool:
    """Moodle's rule: missing means single; 'false', '0' or empty mean multiple."""
    if element is None:
        return True
    value = (element.text or "").strip().lower()
    return value not in ("", "0", "false")


def _safe_id(raw: str) -> str:
    """An <idnumber> as an ipquiz id: lower-case letters, digits and '-'."""
    low = raw.strip().lower()
    if _SAFE_ID.fullmatch(low) and len(low) <= 100:
        return low
    slug = re.sub(r"[^a-z0-9]+", "-", low.encode("ascii", "ignore").decode()).strip("-")
    return slug[:64] if slug else stable_id("moodle", raw.strip())


def _category_path(raw: str) -> str:
    path = _CONTEXT.sub("", plain_text(raw).strip())
    if path == "top" or path.startswith("top/"):
        path = path[4:]
    return path.strip("/").strip()


#: What a question's answers come to: type, choices, per-choice feedback, correct, weights.
_Answer = tuple[QuestionType, tuple[str, ...], tuple[str, ...], frozenset[int], tuple[float, ...]]


@dataclass(frozen=True, slots=True)
class _Item:
    """One <question> being read, with what every message about it needs."""

    element: ET.Element
    kind: str  # Moodle's type name
    title: str
    line: int

    @property
    def label(self) -> str:
        return f"{self.kind} question '{self.title}'"


@dataclass(slots=True)
class _Reader:
    """Walks the <question> elements in order; categories apply to what follows."""

    out: ReadCollector
    lines: dict[int, int]
    fixed_category: str | None
    default_category: str
    file_name: str = ""  # where imported pictures came from
    path: str = ""
    ids: dict[str, int] = field(default_factory=dict)

    def question(self, element: ET.Element) -> None:
        kind = (element.get("type") or "").strip().lower() or "untyped"
        if kind == "category":
            self.path = _category_path(_text(element.find("category")))
            return
        prompt = plain_text(_text(element.find("questiontext")))
        title = plain_text(_text(element.find("name"))) or question_title(prompt)
        item = _Item(element, kind, title, self.lines.get(id(element), 1))
        if kind not in _SUPPORTED:
            self.out.skip(item.line, f"skipped {item.label}: not supported")
        elif not prompt:
            self.out.skip(item.line, f"skipped {item.label}: no text, only a picture")
        elif isinstance(image := moodle_image(element.find("questiontext"), self.file_name), str):
            self.out.skip(item.line, f"skipped {item.label}: {image}")
        elif (answers := self._answers(item)) is not None:
            read = (
                self._true_false(item, answers)
                if kind == "truefalse"
                else self._choice(item, answers)
            )
            if read is not None:
                self._add(item, prompt, read, image)

    def _answers(self, item: _Item) -> list[tuple[str, float, str]] | None:
        """(text, grade, feedback) per answer; like Moodle, answers with no text are dropped."""
        answers: list[tuple[str, float, str]] = []
        for answer in item.element.findall("answer"):
            raw = _text(answer)
            if not raw.strip():
                continue
            where = self.lines.get(id(answer), item.line)
            choice = plain_text(raw)
            grade = _fraction(answer.get("fraction"))
            if not choice:
                self.out.skip(where, f"skipped {item.label}: an answer is only an image")
                return None
            if isinstance(grade, str):
                self.out.problem(where, f"{item.label}: {grade}")
                return None
            answers.append((choice, grade, plain_text(_text(answer.find("feedback")))))
        return answers

    def _true_false(self, item: _Item, answers: list[tuple[str, float, str]]) -> _Answer | None:
        graded: dict[str, tuple[float, str]] = {}
        for i, (answer, grade, note) in enumerate(answers[:2]):
            label = answer.lower()
            if label not in ("true", "false"):  # Moodle's rule for old files: true, then false
                label = "true" if i == 0 else "false"
            graded[label] = (grade, note)
        if set(graded) != {"true", "false"}:
            self.out.problem(item.line, f"{item.label} needs a 'true' and a 'false' answer")
            return None
        (yes, yes_note), (no, no_note) = graded["true"], graded["false"]
        if yes == no:
            self.out.problem(item.line, f"{item.label}: neither answer is marked right")
            return None
        feedback = (yes_note, no_note) if yes_note or no_note else ()
        return QuestionType.TRUE_FALSE, (), feedback, frozenset({0 if yes > no else 1}), ()

    def _choice(self, item: _Item, answers: list[tuple[str, float, str]]) -> _Answer | None:
        weights = tuple(grade for _, grade, _ in answers)
        positive = frozenset(i for i, w in enumerate(weights) if w > 0)
        top = [i for i, w in enumerate(weights) if w == max(weights, default=0)]
        single = _is_single(item.element.find("single"))
        if not 2 <= len(answers) <= len(CHOICE_LETTERS):
            if len(answers) < 2:
                self.out.problem(item.line, f"{item.label} needs at least two answers")
            else:
                self.out.skip(item.line, f"skipped {item.label}: {len(answers)} answers, at most 8")
            return None
        if not positive:
            self.out.problem(item.line, f"{item.label}: no answer has a positive grade")
            return None
        if single and len(top) > 1:
            self.out.skip(item.line, f"skipped {item.label}: one answer, but {len(top)} are best")
            return None
        if single:
            kind, correct = QuestionType.SINGLE, frozenset(top)
            plain = all(w == (1.0 if i in correct else 0.0) for i, w in enumerate(weights))
        else:
            kind, correct, share = QuestionType.MULTIPLE, positive, 1 / len(positive)
            plain = all(
                abs(w - share) < 1e-9 if i in positive else w == 0.0 for i, w in enumerate(weights)
            )
        feedback = tuple(note for _, _, note in answers)
        choices = tuple(choice for choice, _, _ in answers)
        return kind, choices, feedback if any(feedback) else (), correct, () if plain else weights

    def _add(self, item: _Item, prompt: str, read: _Answer, image: QuestionImage | None) -> None:
        kind, choices, feedback, correct, weights = read
        idnumber = _text(item.element.find("idnumber")).strip()
        qid = _safe_id(idnumber) if idnumber else stable_id("moodle", prompt, *choices)
        if qid in self.ids:
            self.out.skip(
                item.line,
                f"skipped {item.label}: same id '{qid}' as the question on line {self.ids[qid]}",
            )
            return
        text = QuestionText(
            prompt=prompt,
            choices=choices,
            explanation=plain_text(_text(item.element.find("generalfeedback"))),
            choice_feedback=feedback,
        )
        try:
            question = Question(
                id=qid,
                category=self._category(),
                type=kind,
                difficulty=2,
                texts={guess_language(prompt, *choices): text},
                correct=correct,
                weights=weights,
                image=image,
            )
        except ValueError as exc:  # the checks above should leave nothing for this
            self.out.problem(item.line, f"{item.label}: {exc}")
            return
        self.ids[qid] = item.line
        self.out.questions.append(question)

    def _category(self) -> str:
        return self.out.category_for(self.fixed_category, self.path or self.default_category)


def read_moodle_xml(
    data: bytes, *, name: str, category: str | None = None, encoding: str | None = None
) -> ReadResult:
    out = ReadCollector(name)
    text = _decode(data, encoding, out)
    parsed = _parse(text, out) if text is not None else None
    if parsed is None:
        return out.result()
    root, lines = parsed
    if root.tag != "quiz":
        out.problem(
            lines.get(id(root), 1),
            f"not a Moodle XML file: it starts with <{root.tag}>, not <quiz>",
        )
        return out.result()
    reader = _Reader(out, lines, category, PurePath(name).stem or name, PurePath(name).name)
    for element in root.findall("question"):
        reader.question(element)
    return out.result()
