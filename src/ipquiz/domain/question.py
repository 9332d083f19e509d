"""Questions as the quiz sees them: immutable, bilingual, with their source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from ipquiz.domain.language import EN, LANGUAGES, ZH, other_language
from ipquiz.domain.laws import Citation


class QuestionType(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"


#: The labels a true/false question shows; these are question data, not UI chrome.
TRUE_FALSE_LABELS: Mapping[str, tuple[str, str]] = {
    ZH: ("正确", "错误"),
    EN: ("True", "False"),
}

CHOICE_LETTERS = "ABCDEFGH"


@dataclass(frozen=True, slots=True)
class QuestionText:
    """A question's words in one language."""

    prompt: str
    choices: tuple[str, ...] = ()
    explanation: str = ""
    source: str = ""
    choice_feedback: tuple[str, ...] = ()  # empty, or one (possibly empty) text per choice


@dataclass(frozen=True, slots=True)
class LocalizedQuestion:
    """What a screen shows in one language; `fallback` marks borrowed text."""

    prompt: str
    choices: tuple[str, ...]
    explanation: str
    source: str
    lang: str
    fallback: bool
    choice_feedback: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    names: Mapping[str, str]
    order: int = 0  # where the topic is listed; ties go by id

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get(other_language(lang)) or self.id


class ImageFormat(StrEnum):
    PNG = "png"
    SVG = "svg"


@dataclass(frozen=True, slots=True)
class QuestionImage:
    """A picture the question asks about (a mark, a package, a certificate), with the
    licence it is shown under and a description per language for screen readers."""

    format: ImageFormat
    data: bytes  # PNG bytes, or SVG text as UTF-8
    licence: str
    alt: Mapping[str, str] = field(default_factory=dict)

    def describe(self, lang: str) -> str:
        return self.alt.get(lang) or self.alt.get(other_language(lang)) or ""


@dataclass(frozen=True, slots=True)
class Question:
    """One question with all its languages; the correct answer is stored once."""

    id: str
    category: str
    type: QuestionType
    difficulty: int
    texts: Mapping[str, QuestionText]
    correct: frozenset[int]
    tags: tuple[str, ...] = ()
    jurisdiction: str = ""
    source_url: str = ""
    checked: dt.date | None = None
    #: Credit per choice from -1 to 1 (imported partial-credit weights); empty: from `correct`.
    weights: tuple[float, ...] = ()
    #: The law versions and articles the question rests on (see domain.laws).
    citations: tuple[Citation, ...] = ()
    image: QuestionImage | None = None
    choice_count: int = field(default=0)

    def __post_init__(self) -> None:
        if not self.texts:
            raise ValueError(f"question {self.id!r} has no text in any language")
        if self.type is QuestionType.TRUE_FALSE:
            count = 2
        else:
            counts = {len(t.choices) for t in self.texts.values()}
            if len(counts) != 1:
                raise ValueError(f"question {self.id!r}: languages differ in number of choices")
            count = counts.pop()
        object.__setattr__(self, "choice_count", count)
        if count < 2:
            raise ValueError(f"question {self.id!r} needs at least two choices")
        if count > len(CHOICE_LETTERS):  # every format names choices by these letters
            raise ValueError(
                f"question {self.id!r} has {count} choices; at most {len(CHOICE_LETTERS)}"
            )
        if not self.correct or not all(0 <= i < count for i in self.correct):
            raise ValueError(f"question {self.id!r}: correct answer out of range")
        if self.type is not QuestionType.MULTIPLE and len(self.correct) != 1:
            raise ValueError(f"question {self.id!r}: {self.type} needs exactly one correct answer")
        if not 1 <= self.difficulty <= 3:
            raise ValueError(f"question {self.id!r}: difficulty must be 1, 2 or 3")
        if self.weights and (
            len(self.weights) != count or any(not -1.0 <= w <= 1.0 for w in self.weights)
        ):
            raise ValueError(f"question {self.id!r}: one weight from -1 to 1 per choice")
        for lang, text in self.texts.items():
            if text.choice_feedback and len(text.choice_feedback) != count:
                raise ValueError(f"question {self.id!r}: {lang} needs feedback for every choice")

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGUAGES if lang in self.texts)

    def localized(self, lang: str) -> LocalizedQuestion:
        """The text in `lang`, or in the other language (marked) when it is missing."""
        text = self.texts.get(lang)
        used = lang
        if text is None:
            used = other_language(lang)
            text = self.texts.get(used) or next(iter(self.texts.values()))
        choices = TRUE_FALSE_LABELS[used] if self.type is QuestionType.TRUE_FALSE else text.choices
        return LocalizedQuestion(
            prompt=text.prompt,
            choices=choices,
            explanation=text.explanation,
            source=text.source,
            lang=used,
            fallback=used != lang,
            choice_feedback=text.choice_feedback,
        )

    def is_correct(self, chosen: frozenset[int]) -> bool:
        return chosen == self.correct


def letters(indices: frozenset[int] | tuple[int, ...]) -> str:
    """Choice indices as letters, e.g. {0, 2} -> 'A;C' (question spreadsheets)."""
    return ";".join(CHOICE_LETTERS[i] for i in sorted(indices))
