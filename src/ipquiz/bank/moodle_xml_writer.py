"""Writing Moodle XML files: multichoice and truefalse questions as HTML text, with
a category entry whenever the category changes and every grade one Moodle accepts.
The grade table and the title a question gets from its text live here too, because
writing needs them exactly and reading (moodle_xml.py) snaps to the same grades and
falls back to the same title; reading depends on writing, never the other way.
"""

from __future__ import annotations

import base64
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence

from ipquiz.bank.interchange import plain_text
from ipquiz.domain.question import Category, Question, QuestionType

__all__ = ["GRADES", "question_title", "write_moodle_xml"]

#: The grades Moodle accepts for an answer, as exact fractions (highest first).
_POSITIVE = (1, 0.9, 5 / 6, 0.8, 0.75, 0.7, 2 / 3, 0.6, 0.5, 0.4, 1 / 3, 0.3, 0.25, 0.2)
_SMALL = (1 / 6, 1 / 7, 0.125, 1 / 9, 0.1, 0.05)
GRADES: tuple[float, ...] = (
    *(float(g) for g in _POSITIVE + _SMALL),
    0.0,
    *(-float(g) for g in reversed(_POSITIVE + _SMALL)),
)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def question_title(text: str) -> str:
    """A question's name from its text: the first line, cut to 60 characters."""
    first = text.split("\n", 1)[0]
    return first if len(first) <= 60 else first[:59] + "…"


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _html(text: str) -> str:
    """Plain text as the HTML Moodle shows: escaped, line breaks kept."""
    return "<br>\n".join(html.escape(line, quote=False) for line in _xml_safe(text).split("\n"))


def _plain(text: str) -> str:
    """Text for a plain field (name, category): as is, escaped only if it looks like HTML."""
    text = _xml_safe(text)
    return text if plain_text(text) == text else html.escape(text, quote=False)


def _percent(weight: float) -> str:
    """The Moodle grade nearest `weight`, as Moodle writes it ('33.33333', '-50')."""
    grade = min(GRADES, key=lambda g: abs(g - weight))
    return f"{grade * 100:.5f}".rstrip("0").rstrip(".") or "0"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    child = ET.SubElement(parent, tag, attrs)
    if text is not None:
        if tag in ("questiontext", "generalfeedback", "feedback", "name", "category"):
            ET.SubElement(child, "text").text = text
        else:
            child.text = text
    return child


def _answer(parent: ET.Element, text: str, weight: float, feedback: str) -> None:
    answer = ET.SubElement(parent, "answer", {"fraction": _percent(weight), "format": "html"})
    ET.SubElement(answer, "text").text = text
    _sub(answer, "feedback", _html(feedback), format="html")


def _question(q: Question, lang: str) -> ET.Element:
    local = q.localized(lang)
    is_tf = q.type is QuestionType.TRUE_FALSE
    element = ET.Element("question", {"type": "truefalse" if is_tf else "multichoice"})
    _sub(element, "name", _plain(question_title(local.prompt)))
    text = _sub(element, "questiontext", _html(local.prompt), format="html")
    if q.image is not None:  # Moodle's own way: the file beside the text that shows it
        name = f"{_xml_safe(q.id)}.{q.image.format.value}"
        alt = html.escape(_xml_safe(q.image.describe(lang)), quote=True)
        shown = text.find("text")
        assert shown is not None
        shown.text = f'{shown.text}<p><img src="@@PLUGINFILE@@/{name}" alt="{alt}"></p>'
        embedded = ET.SubElement(text, "file", {"name": name, "path": "/", "encoding": "base64"})
        embedded.text = base64.b64encode(q.image.data).decode("ascii")
    _sub(element, "generalfeedback", _html(local.explanation), format="html")
    _sub(element, "defaultgrade", "1.0000000")
    _sub(element, "penalty", "1.0000000" if is_tf else "0.3333333")
    _sub(element, "hidden", "0")
    _sub(element, "idnumber", _xml_safe(q.id))
    count = q.choice_count
    feedback = local.choice_feedback or ("",) * count
    if is_tf:
        for i, label in enumerate(("true", "false")):
            _answer(element, label, 1.0 if i in q.correct else 0.0, feedback[i])
        return element
    _sub(element, "single", "true" if q.type is QuestionType.SINGLE else "false")
    _sub(element, "shuffleanswers", "true")
    _sub(element, "answernumbering", "abc")
    share = 1 / len(q.correct)
    weights = q.weights or tuple(share if i in q.correct else 0.0 for i in range(count))
    for i, choice in enumerate(local.choices):
        _answer(element, _html(choice), weights[i], feedback[i])
    return element


def write_moodle_xml(
    questions: Sequence[Question], categories: Mapping[str, Category], *, lang: str
) -> bytes:
    """A Moodle XML file: a category entry whenever the category changes, then questions."""
    root = ET.Element("quiz")
    current: str | None = None
    for q in questions:
        if q.category != current:
            current = q.category
            known = categories.get(q.category)
            name = known.name(lang) if known else q.category
            entry = ET.SubElement(root, "question", {"type": "category"})
            _sub(entry, "category", f"$course$/top/{_plain(name)}")
        root.append(_question(q, lang))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")
