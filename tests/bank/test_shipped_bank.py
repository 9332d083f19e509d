"""The bundled bank as shipped: a bad edit to questions/ fails CI here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from ipquiz.bank.bundle import read_bank
from ipquiz.bank.law_registry import load_registry
from ipquiz.bank.validation import validate_files
from ipquiz.domain.language import LANGUAGES
from ipquiz.domain.question import QuestionType

BANK = Path(__file__).resolve().parents[2] / "questions"
CATEGORIES = {
    "patents",
    "trademarks",
    "copyright",
    "trade-secrets",
    "designs-gi",
    "treaties",
    "enforcement",
    "culture",
}


@pytest.fixture(scope="module")
def bank():  # type: ignore[no-untyped-def]
    return read_bank(BANK)


def test_validates_without_a_single_problem() -> None:
    assert [str(p) for p in validate_files([BANK])] == []


def test_size_and_mix(bank) -> None:  # type: ignore[no-untyped-def]
    questions = bank.questions
    assert len(questions) >= 640
    scenarios = [q for q in questions if "scenario" in q.tags]
    assert len(scenarios) >= 0.4 * len(questions), (len(scenarios), len(questions))
    types = Counter(q.type for q in questions)
    assert types[QuestionType.MULTIPLE] >= 50
    assert types[QuestionType.TRUE_FALSE] >= 50
    by_category = Counter(q.category for q in questions)
    assert set(by_category) >= CATEGORIES
    for category in CATEGORIES:
        in_cat = [q for q in questions if q.category == category]
        assert len(in_cat) >= 60, category
        levels = Counter(q.difficulty for q in in_cat)
        for level in (1, 2, 3):
            assert levels[level] >= len(in_cat) / 5, (category, level, levels)


def test_every_question_is_cited_to_a_law_version_the_registry_holds(bank) -> None:  # type: ignore[no-untyped-def]
    registry = load_registry(BANK).registry
    for q in bank.questions:
        assert q.citations, q.id
        for c in q.citations:
            assert not c.is_statute or registry.version(c.law) is not None, (q.id, c.law)


def test_every_question_is_complete(bank) -> None:  # type: ignore[no-untyped-def]
    for q in bank.questions:
        assert set(q.texts) == set(LANGUAGES), q.id
        assert q.checked is not None, q.id
        assert q.tags, q.id
        assert q.jurisdiction in {"CN", "international"}, q.id
        for lang in LANGUAGES:
            text = q.texts[lang]
            assert text.source, (q.id, lang)
            assert text.explanation, (q.id, lang)


BANNED = re.compile(
    r"all of the above|none of the above|以上都是|以上都不是|以上均是|以上皆是", re.I
)


def test_no_catch_all_choices(bank) -> None:  # type: ignore[no-untyped-def]
    for q in bank.questions:
        for text in q.texts.values():
            assert not any(BANNED.search(c) for c in text.choices), q.id


def test_right_answer_is_not_always_in_the_same_place(bank) -> None:  # type: ignore[no-untyped-def]
    for category in CATEGORIES:
        singles = [
            q for q in bank.questions if q.category == category and q.type is QuestionType.SINGLE
        ]
        positions = Counter(min(q.correct) for q in singles)
        assert len(positions) >= 3, (category, positions)
        assert max(positions.values()) <= len(singles) / 2, (category, positions)


def test_pictures_are_many_licensed_and_described(bank) -> None:  # type: ignore[no-untyped-def]
    pictured = [q for q in bank.questions if q.image is not None]
    assert len(pictured) >= 60, len(pictured)
    assert len({q.category for q in pictured}) == len(CATEGORIES)
    for q in pictured:
        assert q.image.licence.strip(), q.id
        assert set(q.image.alt) == set(LANGUAGES), q.id
