"""What a teacher looks for in the bank when hand-picking a quiz set's questions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ipquiz.domain.language import other_language

#: The most questions one page of a search shows; the total says how many matched.
PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class BankQuery:
    """Every field narrows the search; an empty one does not. Texts match in any language,
    ignoring case."""

    text: str = ""  # in the prompt or the question id
    category: str = ""
    difficulty: int | None = None
    tag: str = ""
    law: str = ""  # a cited law version ("patent-law@2020"), a whole law ("patent-law") or "none"
    limit: int = PAGE_SIZE


@dataclass(frozen=True, slots=True)
class EntryText:
    prompt: str
    explanation: str
    source: str


@dataclass(frozen=True, slots=True)
class BankEntry:
    """A question as the browser lists it: no choices, so a page of them loads fast."""

    id: str
    category: str
    difficulty: int
    texts: Mapping[str, EntryText]

    def text(self, lang: str) -> EntryText:
        """The words in `lang`, else in the other language."""
        found = self.texts.get(lang) or self.texts.get(other_language(lang))
        return found or next(iter(self.texts.values()), EntryText("", "", ""))


@dataclass(frozen=True, slots=True)
class BankPage:
    questions: tuple[BankEntry, ...]
    total: int  # how many matched (more than shown when over the limit)
