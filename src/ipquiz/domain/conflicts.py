"""When an imported question is already in the bank, and what replacing it would lose.

An import must never make the bank poorer: a one-language GIFT export imported back
over the bilingual, cited originals would silently drop the other language and the
sources. So a question that is already there is kept unless the user asks otherwise,
and a replacement that would lose something is refused, saying what.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ipquiz.domain.question import Question


class OnConflict(StrEnum):
    """What to do with an imported question whose id (or content) the bank already has."""

    KEEP = "keep"  # leave the bank's question as it is
    REPLACE = "replace"  # overwrite it, unless that would lose something
    NEW = "new"  # import it beside the old one, under a new id


class Part(StrEnum):
    TEXT = "text"
    SOURCE = "source"
    EXPLANATION = "explanation"
    FEEDBACK = "feedback"
    SOURCE_LINK = "source link"
    CITATION = "law citation"


@dataclass(frozen=True, slots=True, order=True)
class Loss:
    """Something the bank's question has that its replacement lacks."""

    part: Part
    lang: str = ""  # empty for parts that have no language (the source link)

    def __str__(self) -> str:
        return f"the {self.lang} {self.part}" if self.lang else f"the {self.part}"


def losses(old: Question, new: Question) -> tuple[Loss, ...]:
    """What replacing `old` with `new` would drop: a language, a source, an explanation,
    choice feedback, the source link or the law citation."""
    lost: list[Loss] = []
    for lang in old.languages:
        before, after = old.texts[lang], new.texts.get(lang)
        if after is None:
            lost.append(Loss(Part.TEXT, lang))
            continue
        for part, had, has in (
            (Part.SOURCE, before.source, after.source),
            (Part.EXPLANATION, before.explanation, after.explanation),
            (Part.FEEDBACK, any(before.choice_feedback), any(after.choice_feedback)),
        ):
            if had and not has:
                lost.append(Loss(part, lang))
    if old.source_url and not new.source_url:
        lost.append(Loss(Part.SOURCE_LINK))
    if old.citations and not new.citations:
        lost.append(Loss(Part.CITATION))
    return tuple(lost)


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def same_question(a: Question, b: Question) -> bool:
    """Whether two questions ask the same thing in a language they share: the same type,
    answer, prompt and choices (case and spacing aside). Formats without ids (Aiken)
    are matched to the bank this way."""
    if a.type is not b.type or a.correct != b.correct:
        return False
    for lang in set(a.texts) & set(b.texts):
        x, y = a.localized(lang), b.localized(lang)
        if _words(x.prompt) == _words(y.prompt) and [_words(c) for c in x.choices] == [
            _words(c) for c in y.choices
        ]:
            return True
    return False


def free_id(wanted: str, taken: set[str]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`… whichever is not taken yet."""
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"
