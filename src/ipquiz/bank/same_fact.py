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

Two scenarios may apply one sentence to different facts, but not to reach the same
point twice: two scenarios resting on the same clause (as above) whose right answers
say the same thing (the right choices, or a true statement of a true/false question,
sharing at least a fifth of their character pairs; two false statements of true/false
questions likewise) test the same point, however different their cases.
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
#: Share of character pairs two scenarios' right answers have in common from which they
#: reach the same point.
SAME_POINT = 0.2
SCENARIO = "scenario"
#: A law's sentence often packs several rules into clauses ("inventions twenty years,
#: utility models ten, designs fifteen"): each clause, paragraph and listed item is a
#: unit of its own.
_CLAUSE = re.compile(r"[。；，：\n]")
_NOT_A_WORD = re.compile(r"[\W_0-9A-Za-z]+", re.UNICODE)
_SENTENCE = re.compile(r"[。！？!?]")


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


def right_answer(q: Question) -> tuple[bool, str]:
    """What a question's right answer says, in Chinese: its right choice(s), or a
    true/false question's statement (its prompt's last sentence) with whether it is
    false (a false statement says the opposite of the point it teaches)."""
    text = q.texts.get(ZH)
    if text is None:
        return False, ""
    if q.type is QuestionType.TRUE_FALSE or not text.choices:
        sentences = [s for s in _SENTENCE.split(text.prompt) if s.strip()]
        return 0 not in q.correct, sentences[-1] if sentences else ""
    return False, " ".join(text.choices[i] for i in sorted(q.correct))


def same_fact_pairs(
    items: Sequence[Located], article_text: Callable[[str, str], str | None]
) -> list[Problem]:
    """Pairs of questions testing the same fact of the same article: two that are not
    scenarios, or two scenarios that also reach the same point.

    `article_text(law_version, article_key)` gives the article's Chinese text, or None
    where the app holds none. Only questions sharing an article are compared.
    """
    plain = [n for n, item in enumerate(items) if SCENARIO not in item.question.tags]
    cases = [n for n, item in enumerate(items) if SCENARIO in item.question.tags]
    answers = {n: right_answer(items[n].question) for n in cases}
    told = {n: (false, character_pairs(said)) for n, (false, said) in answers.items()}

    def same_point(i: int, j: int, clause: frozenset[str]) -> bool:
        (false_i, a), (false_j, b) = told[i], told[j]
        if false_i != false_j:
            return False
        a, b = a - clause, b - clause  # what each answer says beyond the clause's words
        return len(a & b) >= SAME_POINT * len(a | b)  # both only the clause: the same

    found = _pairs(items, plain, article_text, lambda i, j, clause: True)
    cased = _pairs(items, cases, article_text, same_point)
    problems = []
    for pairs, what, advice in (
        (found, "fact", "make one of them a scenario, or ask another sentence"),
        (cased, "point", "let one case apply another sentence or reach another answer"),
    ):
        for (i, j), (law, key) in pairs.items():
            a, b = items[i], items[j]
            problems.append(
                Problem(
                    b.file,
                    b.line,
                    f"{b.question.id}: tests the same {what} of {law} Art. {key} as "
                    f"{a.question.id} ({a.file}:{a.line}); {advice}",
                )
            )
    return problems


def _pairs(
    items: Sequence[Located],
    among: Sequence[int],
    article_text: Callable[[str, str], str | None],
    also: Callable[[int, int, frozenset[str]], bool],
) -> dict[tuple[int, int], tuple[str, str]]:
    """Pairs of the questions `among` resting on the same clause of an article they
    both cite first (and for which `also(i, j, clause)` holds), with the law and article."""
    by_article: dict[tuple[str, str], list[int]] = {}
    for n in among:
        deciding = items[n].question.citations[:1]  # the law that decides the answer
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
            if (i, j) in found:
                continue
            clause = _same_clause(taught[i], taught[j], sentences)
            if clause is not None and also(i, j, clause):
                found[(i, j)] = (law, key)
    return found


def _same_clause(
    a: frozenset[str], b: frozenset[str], sentences: list[frozenset[str]]
) -> frozenset[str] | None:
    """The clause of the article both questions rest on, where both use words of it;
    without the article's text, an empty clause where they use mostly the same words.
    None: they rest on different clauses."""
    if sentences:
        sentence = _best(a, sentences)
        if sentence is not _best(b, sentences) or len(a & b & sentence) < SAME_CLAUSE:
            return None
        return sentence
    shared = len(a & b)
    return frozenset() if shared >= LEAST_SHARED and shared / len(a | b) >= SAME_ANSWER else None


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
