"""What a teacher looks for in the bank when hand-picking a quiz set's questions."""

from __future__ import annotations

from dataclasses import dataclass

from ipquiz.domain.question import Question

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
class BankPage:
    questions: tuple[Question, ...]
    total: int  # how many matched (more than shown when over the limit)
