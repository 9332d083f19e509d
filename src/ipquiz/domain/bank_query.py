"""What a teacher looks for in the bank when hand-picking a quiz set's questions."""

from __future__ import annotations

import re
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
    law: str = ""  # in the cited source
    limit: int = PAGE_SIZE


@dataclass(frozen=True, slots=True)
class BankPage:
    questions: tuple[Question, ...]
    total: int  # how many matched (more than shown when over the limit)


_LAW_SPLIT = re.compile(r";|；|,\s*Arts?\.|,\s*Art\b|,\s*Rules?\b|第|、|\s+Art\.")


def cited_laws(source: str) -> list[str]:
    """The laws a display source names, e.g. "Copyright Law (2020 amendment), Art. 62"
    -> ["Copyright Law (2020 amendment)"]; the choices of the bank browser's law filter."""
    laws = []
    for part in source.split(";") if ";" in source else source.split("；"):
        law = _LAW_SPLIT.split(part.strip(), maxsplit=1)[0].strip(" ,，。.")
        if law and not law[0].isdigit():
            laws.append(law)
    return laws
