from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ipquiz.bank.bundle import content_hash, read_bank
from ipquiz.bank.native_yaml import dump_native, read_native_text
from ipquiz.domain.language import EN, ZH
from ipquiz.domain.question import Category, Question, QuestionText, QuestionType

HEADER = "category:\n  id: c\n  name:\n    en: C\nquestions:\n"


def test_reads_every_type(small_bank: Path) -> None:
    bank = read_bank(small_bank)
    assert not bank.problems
    by_id = {q.id: q for q in bank.questions}
    assert by_id["a-single"].correct == {2}
    assert by_id["a-multiple"].correct == {0, 1, 3}
    assert by_id["a-tf"].correct == {1}
    assert by_id["a-tf"].type is QuestionType.TRUE_FALSE
    assert by_id["a-single"].texts[ZH].source == "专利法（2020年修正）第四十二条"
    assert by_id["a-single"].checked is not None
    assert by_id["b-english-only"].languages == (EN,)
    assert [c.id for c in bank.categories] == ["alpha", "beta"]


def test_problems_name_file_and_line() -> None:
    text = HEADER + (
        "  - id: ok\n    type: single\n    difficulty: 1\n    answer: A\n"
        "    en: {prompt: P, choices: [x, y]}\n"
        "  - id: bad-answer\n    type: single\n    difficulty: 1\n    answer: Q\n"
        "    en: {prompt: P, choices: [x, y]}\n"
        "  - id: missing\n    type: single\n"
    )
    f = read_native_text(text, "t.yaml")
    assert [q.id for q in f.questions] == ["ok"]
    assert [str(p) for p in f.problems] == [
        "t.yaml:11: bad-answer: answer must be a choice letter (A, B, …)",
        "t.yaml:16: missing: missing 'difficulty'",
        "t.yaml:16: missing: missing 'answer'",
    ]


def test_yaml_syntax_error_has_a_line() -> None:
    f = read_native_text(HEADER + "  - id: [unclosed\n", "broken.yaml")
    assert f.problems[0].file == "broken.yaml"
    assert f.problems[0].line == 7
    assert "not valid YAML" in f.problems[0].message


def test_content_hash_changes_with_content(small_bank: Path) -> None:
    before = content_hash(small_bank)
    assert before == content_hash(small_bank)
    path = small_bank / "beta.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("26 April", "26 Apr"), encoding="utf-8"
    )
    assert content_hash(small_bank) != before


text_st = (
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"
        ),
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(bool)
)


@st.composite
def questions(draw: st.DrawFn) -> Question:
    qtype = draw(st.sampled_from(list(QuestionType)))
    n = 2 if qtype is QuestionType.TRUE_FALSE else draw(st.integers(2, 6))
    if qtype is QuestionType.MULTIPLE:
        correct = draw(st.frozensets(st.integers(0, n - 1), min_size=1))
    else:
        correct = frozenset({draw(st.integers(0, n - 1))})
    langs = draw(st.sampled_from([(ZH, EN), (ZH,), (EN,)]))
    plain = qtype is QuestionType.TRUE_FALSE
    with_feedback = draw(st.booleans()) and not plain
    texts = {
        lang: QuestionText(
            prompt=draw(text_st),
            choices=() if plain else tuple(draw(text_st) for _ in range(n)),
            explanation=draw(text_st),
            source=draw(text_st),
            choice_feedback=tuple(draw(st.one_of(st.just(""), text_st)) for _ in range(n))
            if with_feedback
            else (),
        )
        for lang in langs
    }
    weights = (
        tuple(draw(st.sampled_from([1.0, 0.5, 0.0, -0.25, -1.0, 1 / 3])) for _ in range(n))
        if draw(st.booleans())
        else ()
    )
    return Question(
        id=draw(st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)),
        category="c",
        type=qtype,
        difficulty=draw(st.integers(1, 3)),
        texts=texts,
        correct=correct,
        tags=tuple(draw(st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), max_size=3))),
        jurisdiction=draw(st.sampled_from(["CN", "international"])),
        weights=weights,
    )


@settings(max_examples=150, deadline=None)
@given(questions())
def test_dump_then_read_gives_the_same_question(question: Question) -> None:
    text = dump_native(Category("c", {EN: "C"}), [question])
    back = read_native_text(text, "x.yaml")
    assert not back.problems
    assert back.questions == (question,)
