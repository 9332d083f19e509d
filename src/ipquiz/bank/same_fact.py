"""The same fact asked twice in other words, which similar wording alone does not catch.

A bank may test one sentence of an article twice only if one of the two questions is a
scenario (a case where the rule is applied) and the other is not. Two questions that
are not scenarios, cite the same article of the same law version (the law that
decides the answer, cited first), and whose right answers and explanations rest on
the same clause of that article's text (the clause each uses most of) and share words
of it ask the same fact: "the author's life plus fifty years" in one, "fifty years
after the author's death, ending on 31 December" in the other, however differently
the rest is worded. Where the app holds no text of the article (treaties), the two
questions' own right answers and explanations are compared instead, with a bar on
the share of words they have in common.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations

from ipquiz.bank.law_texts import LawText
from ipquiz.bank.problems import Problem
from ipquiz.domain.language import ZH
from ipquiz.domain.laws import article_key
from ipquiz.domain.question import Question, QuestionType

#: Character pairs of the clause both questions use (two words of it), from which two
#: questions resting on the same clause test the same fact.
SAME_CLAUSE = 4
#: Fewer shared character pairs than this is too little to be one fact (no text held).
LEAST_SHARED = 8
#: Share of their own words two questions on an article the app holds no text of share.
SAME_ANSWER = 0.5
SCENARIO = "scenario"
#: A law's sentence often packs several rules into clauses ("inventions twenty years,
#: utility models ten, designs fifteen"): each clause, paragraph and listed item is a
#: unit of its own.
_CLAUSE = re.compile(r"[。；，：\n]")
_NOT_A_WORD = re.compile(r"[\W_0-9A-Za-z]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Located:
    """A question and where it was read (file and line), for the problems it is part of."""

    question: Question
    file: str
    line: int


def character_pairs(text: str) -> frozenset[str]:
    """The Chinese text's overlapping character pairs, punctuation, digits and Latin left out."""
    norm = _NOT_A_WORD.sub("", text)
    return frozenset(norm[i : i + 2] for i in range(len(norm) - 1))


def answer_text(q: Question) -> str:
    """What the question teaches, in Chinese: its right choice(s) (a true/false
    question's statement) and its explanation."""
    text = q.texts.get(ZH)
    if text is None:
        return ""
    if q.type is QuestionType.TRUE_FALSE or not text.choices:
        told = text.prompt
    else:
        told = " ".join(text.choices[i] for i in sorted(q.correct))
    return f"{told} {text.explanation}"


def same_fact_pairs(
    items: Sequence[Located], article_text: Callable[[str, str], str | None]
) -> list[Problem]:
    """Pairs of non-scenario questions testing the same fact of the same article.

    `article_text(law_version, article_key)` gives the article's Chinese text, or None
    where the app holds none. Only questions sharing an article are compared.
    """
    by_article: dict[tuple[str, str], list[int]] = {}
    for n, item in enumerate(items):
        if SCENARIO in item.question.tags:
            continue
        deciding = item.question.citations[:1]  # the law that decides the answer
        for citation in deciding:
            if not citation.is_statute:
                continue
            for key in {article_key(a) for a in citation.articles}:
                by_article.setdefault((citation.law, key), []).append(n)
    taught = {
        n: character_pairs(answer_text(items[n].question))
        for group in by_article.values()
        for n in group
    }
    found: dict[tuple[int, int], tuple[str, str]] = {}
    for (law, key), group in sorted(by_article.items()):
        words = article_text(law, key)
        sentences = [character_pairs(s) for s in _CLAUSE.split(words)] if words else []
        for i, j in combinations(group, 2):
            if (i, j) not in found and _same_fact(taught[i], taught[j], sentences):
                found[(i, j)] = (law, key)
    problems = []
    for (i, j), (law, key) in found.items():
        a, b = items[i], items[j]
        problems.append(
            Problem(
                b.file,
                b.line,
                f"{b.question.id}: tests the same fact of {law} Art. {key} as "
                f"{a.question.id} ({a.file}:{a.line}); make one of them a scenario, "
                "or ask another sentence",
            )
        )
    return problems


def _same_fact(a: frozenset[str], b: frozenset[str], sentences: list[frozenset[str]]) -> bool:
    """Both questions rest on the same clause of the article and both use words of it;
    without the article's text, they use mostly the same words."""
    if sentences:
        sentence = _best(a, sentences)
        if sentence is not _best(b, sentences):
            return False
        return len(a & b & sentence) >= SAME_CLAUSE
    shared = len(a & b)
    return shared >= LEAST_SHARED and shared / len(a | b) >= SAME_ANSWER


def _best(taught: frozenset[str], sentences: list[frozenset[str]]) -> frozenset[str]:
    """The clause of the article the question uses most of (the first, on a tie)."""
    return max(sentences, key=lambda sentence: len(taught & sentence))


def article_lookup(
    text_of: Callable[[str], LawText | None] | None,
) -> Callable[[str, str], str | None]:
    """`article_text` over the Chinese law texts `text_of(version_key)` gives (None: the
    registry could not be read, so no text is held)."""

    def find(law: str, key: str) -> str | None:
        text = text_of(law) if text_of is not None else None
        return text.articles.get(key) if text is not None else None

    return find
