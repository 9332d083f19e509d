from __future__ import annotations

import pytest

from ipquiz.domain.language import EN, ZH, normalize_language
from ipquiz.domain.question import Question, QuestionText, QuestionType, letters


def make(
    qtype: QuestionType = QuestionType.SINGLE,
    correct: frozenset[int] = frozenset({1}),
    **kw: object,
) -> Question:
    texts = kw.pop("texts", None) or {
        ZH: QuestionText("题干", ("甲", "乙", "丙"), "解析", "来源"),
        EN: QuestionText("Prompt", ("a", "b", "c"), "why", "source"),
    }
    return Question(
        id="q", category="c", type=qtype, difficulty=1, texts=texts, correct=correct, **kw
    )  # type: ignore[arg-type]


def test_localized_uses_the_chosen_language() -> None:
    q = make()
    assert q.localized(ZH).prompt == "题干"
    assert q.localized(EN).choices == ("a", "b", "c")
    assert not q.localized(EN).fallback


def test_missing_language_falls_back_and_is_marked() -> None:
    q = make(texts={EN: QuestionText("Prompt", ("a", "b"), "why")})
    text = q.localized(ZH)
    assert text.prompt == "Prompt"
    assert text.fallback
    assert text.lang == EN


def test_true_false_gets_labels_in_each_language() -> None:
    q = make(
        QuestionType.TRUE_FALSE,
        frozenset({0}),
        texts={ZH: QuestionText("对吗"), EN: QuestionText("True?")},
    )
    assert q.choice_count == 2
    assert q.localized(ZH).choices == ("正确", "错误")
    assert q.localized(EN).choices == ("True", "False")


@pytest.mark.parametrize(
    ("qtype", "correct", "message"),
    [
        (QuestionType.SINGLE, frozenset({0, 1}), "exactly one"),
        (QuestionType.SINGLE, frozenset(), "out of range"),
        (QuestionType.MULTIPLE, frozenset({5}), "out of range"),
    ],
)
def test_invalid_answers_are_refused(
    qtype: QuestionType, correct: frozenset[int], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        make(qtype, correct)


def test_languages_must_agree_on_choice_count() -> None:
    with pytest.raises(ValueError, match="number of choices"):
        make(texts={ZH: QuestionText("p", ("a", "b")), EN: QuestionText("p", ("a", "b", "c"))})


def test_difficulty_range() -> None:
    with pytest.raises(ValueError, match="difficulty"):
        Question(
            id="q",
            category="c",
            type=QuestionType.SINGLE,
            difficulty=4,
            texts={EN: QuestionText("p", ("a", "b"))},
            correct=frozenset({0}),
        )


def test_letters() -> None:
    assert letters(frozenset({2, 0})) == "A;C"


@pytest.mark.parametrize(("raw", "lang"), [("zh", ZH), ("zh_CN", ZH), ("EN", EN), ("en-US", EN)])
def test_normalize_language(raw: str, lang: str) -> None:
    assert normalize_language(raw) == lang


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        normalize_language("fr")
