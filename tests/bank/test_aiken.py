from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipquiz.bank.aiken import aiken_can_carry, read_aiken, write_aiken
from ipquiz.bank.interchange import ReadResult, guess_language
from ipquiz.domain.language import EN, ZH
from ipquiz.domain.question import Category, Question, QuestionText, QuestionType

SAMPLE = """\
Which office grants patents in China?
A. CNIPA
B. The courts
C. The Copyright Office
ANSWER: A

How long does a design patent last in China
after the 2020 amendment?
A) 10 years
B) 15 years
ANSWER: B
"""


def read(text: str | bytes, name: str = "t.txt", **kwargs: str) -> ReadResult:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return read_aiken(data, name=name, **kwargs)


def problems(text: str) -> list[str]:
    return [str(p) for p in read(text).problems]


def test_reads_questions_with_both_option_styles_and_multi_line_prompts() -> None:
    result = read(SAMPLE, name="ip basics.txt")
    assert not result.problems
    assert not result.skipped
    first, second = result.questions
    assert first.type is QuestionType.SINGLE
    assert first.correct == {0}
    assert first.texts[EN].choices == ("CNIPA", "The courts", "The Copyright Office")
    assert second.texts[EN].prompt == (
        "How long does a design patent last in China\nafter the 2020 amendment?"
    )
    assert second.correct == {1}
    assert second.difficulty == 2
    assert first.id.startswith("aiken-")
    assert result.categories == (Category("ip-basics", {EN: "ip basics"}),)
    assert {q.category for q in result.questions} == {"ip-basics"}


def test_bom_crlf_and_chinese_punctuation() -> None:
    text = "专利权的期限？\r\nA．十年\r\nB、二十年\r\nC.十五年\r\nANSWER：C\r\n"
    (q,) = read(b"\xef\xbb\xbf" + text.encode("utf-8")).questions
    assert q.texts[ZH] == QuestionText(
        prompt="专利权的期限？", choices=("十年", "二十年", "十五年")
    )
    assert q.correct == {2}
    (again,) = read(text.encode("utf-16")).questions
    assert again == q


def test_answer_letter_is_matched_to_the_option_letter() -> None:
    (q,) = read("Q?\nB. bee\nA. ay\nanswer: a\n").questions
    assert q.texts[EN].choices == ("bee", "ay")
    assert q.correct == {1}


def test_options_without_a_question() -> None:
    assert problems("A. orphan\nB. orphan too\nANSWER: A\n") == [
        "t.txt:1: option A without a question before it",
        "t.txt:3: ANSWER line without a question",
    ]
    after = SAMPLE + "\nC. stray\n"
    assert problems(after) == ["t.txt:13: option C without a question before it"]


def test_question_without_answer_mid_file_and_at_end() -> None:
    text = "First?\nA. a\nB. b\n\nSecond?\nA. a\nB. b\nANSWER: B\n\nThird?\nA. x\nB. y\n"
    assert problems(text) == [
        "t.txt:1: question 'First?' has no 'ANSWER:' line",
        "t.txt:10: question 'Third?' has no 'ANSWER:' line",
    ]
    result = read(text)
    assert [q.texts[EN].prompt for q in result.questions] == ["Second?"]


def test_answer_not_among_the_options() -> None:
    assert problems("Q?\nA. a\nB. b\nANSWER: D\n") == [
        "t.txt:4: question 'Q?': ANSWER D is not one of the options (A, B)"
    ]
    assert problems("Q?\nA. a\nB. b\nANSWER: A, B\n") == [
        "t.txt:4: question 'Q?': ANSWER must be one option letter, e.g. 'ANSWER: B'"
    ]


def test_fewer_than_two_options() -> None:
    assert problems("Lonely?\nA. only\nANSWER: A\n") == [
        "t.txt:1: question 'Lonely?' needs at least two options (A. …, B. …)"
    ]
    assert problems("No options?\nANSWER: A\n") == [
        "t.txt:1: question 'No options?' needs at least two options (A. …, B. …)"
    ]


def test_repeated_letters_and_empty_options() -> None:
    assert problems("Q?\nA. a\nA. again\nANSWER: A\n") == [
        "t.txt:3: question 'Q?': option letter A is used twice"
    ]
    assert problems("Q?\nA.\nB. b\nANSWER: B\n") == ["t.txt:2: question 'Q?': option A has no text"]


def test_more_than_eight_options_are_skipped() -> None:
    options = "".join(f"{letter}. {letter.lower()}\n" for letter in "ABCDEFGHI")
    result = read("Many?\n" + options + "ANSWER: A\n")
    assert not result.problems
    assert [str(s) for s in result.skipped] == [
        "t.txt:1: skipped question 'Many?': 9 options, at most 8"
    ]


def test_duplicate_question_is_skipped() -> None:
    result = read(SAMPLE + "\n" + SAMPLE)
    assert len(result.questions) == 2
    assert [s.line for s in result.skipped] == [13, 19]


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 3, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\x00\x01\x02"],
)
def test_garbage_is_a_problem(data: bytes) -> None:
    result = read(data)
    assert result.problems
    assert not result.questions


def test_plain_prose_is_a_problem() -> None:
    assert problems("Dear colleagues,\nplease find the quiz attached.\n") == [
        "t.txt:1: question 'Dear colleagues,' has no 'ANSWER:' line"
    ]


def test_truncated_file_is_a_problem() -> None:
    cut = SAMPLE[: SAMPLE.index("B) 15 years")]
    assert problems(cut) == [
        "t.txt:7: question 'How long does a design patent last in China' has no 'ANSWER:' line"
    ]


def test_wrong_encoding_is_a_problem_and_encoding_can_be_given() -> None:
    data = "标题\n商标的注册机关是？\nA. 国家知识产权局\nB. 法院\nANSWER: A\n".encode("gbk")
    (detected,) = read(data).questions  # GBK from Chinese Windows is recognised
    assert detected.texts[ZH].prompt == "标题\n商标的注册机关是？"
    result = read(data, encoding="utf-8")
    assert [p.line for p in result.problems] == [1]
    assert "not utf-8 text" in result.problems[0].message
    (q,) = read(data, encoding="gbk").questions
    assert q.texts[ZH].prompt == "标题\n商标的注册机关是？"
    assert "unknown text encoding" in read(data, encoding="nope").problems[0].message


def test_html_and_script_become_plain_text() -> None:
    text = "Which <b>law</b>?<script>alert(1)</script>\nA. <i>Patent</i> &amp; more\nB. No\nANSWER: A\n"
    (q,) = read(text).questions
    assert q.texts[EN].prompt == "Which law?"
    assert q.texts[EN].choices == ("Patent & more", "No")


def test_category_argument() -> None:
    result = read(SAMPLE, category="patents")
    assert result.categories == (Category("patents", {EN: "patents"}),)
    assert {q.category for q in result.questions} == {"patents"}


# --- writing -------------------------------------------------------------------------


def _q(kind: QuestionType, prompt: str = "P?", choices: tuple[str, ...] = ("a", "b")) -> Question:
    choices = () if kind is QuestionType.TRUE_FALSE else choices
    text = QuestionText(prompt=prompt, choices=choices, explanation="Why")
    correct = frozenset({0, 1}) if kind is QuestionType.MULTIPLE else frozenset({1})
    return Question("q", "c", kind, 2, {EN: text}, correct)


def test_writer_leaves_out_what_aiken_cannot_carry() -> None:
    single = _q(QuestionType.SINGLE, choices=("<b>", "R&D"))
    questions = [
        single,
        _q(QuestionType.MULTIPLE),
        _q(QuestionType.TRUE_FALSE),
        _q(QuestionType.SINGLE, prompt="A. looks like an option"),
        _q(QuestionType.SINGLE, choices=("two\nlines", "b")),
    ]
    assert [aiken_can_carry(q) for q in questions] == [True, False, False, False, False]
    data = write_aiken(questions, {}, lang=EN)
    assert data.decode("utf-8") == "P?\nA. &lt;b&gt;\nB. R&D\nANSWER: B\n\n"
    (back,) = read(data, category="c").questions
    assert back == dataclasses.replace(
        single, id=back.id, texts={EN: QuestionText("P?", ("<b>", "R&D"))}
    )


def test_writer_uses_the_other_language_when_one_is_missing() -> None:
    q = Question(
        "q", "c", QuestionType.SINGLE, 2, {ZH: QuestionText("问？", ("甲", "乙"))}, frozenset({0})
    )
    assert aiken_can_carry(q, lang=EN)
    assert write_aiken([q], {}, lang=EN).decode("utf-8") == "问？\nA. 甲\nB. 乙\nANSWER: A\n\n"
    assert write_aiken([], {}, lang=EN) == b""


# --- round trip ----------------------------------------------------------------------

_CHARS = st.one_of(
    st.characters(blacklist_categories=("Cs", "Cc", "Cn")), st.sampled_from("<>&;#.):：ABC")
)
_LINE = st.text(_CHARS, min_size=1, max_size=12).map(lambda s: " ".join(s.split())).filter(bool)


@st.composite
def aiken_questions(draw: st.DrawFn) -> Question:
    n = draw(st.integers(2, 8))
    prompt = "\n".join(draw(st.lists(_LINE, min_size=1, max_size=3)))
    choices = tuple(draw(_LINE) for _ in range(n))
    lang = guess_language(prompt, *choices)
    return Question(
        id="x",
        category="c",
        type=QuestionType.SINGLE,
        difficulty=2,
        texts={lang: QuestionText(prompt=prompt, choices=choices)},
        correct=frozenset({draw(st.integers(0, n - 1))}),
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(aiken_questions(), min_size=1, max_size=4))
def test_write_then_read_gives_the_same_questions(questions: list[Question]) -> None:
    data = write_aiken(questions, {}, lang=EN)
    back = read(data, category="c")
    assert not back.problems
    unique: dict[tuple[str, tuple[str, ...]], Question] = {}
    for q in questions:
        text = next(iter(q.texts.values()))
        if aiken_can_carry(q):
            unique.setdefault((text.prompt, text.choices), q)  # a repeat is skipped on reading
    assert [dataclasses.replace(q, id="x") for q in back.questions] == list(unique.values())
    assert len(back.skipped) == sum(aiken_can_carry(q) for q in questions) - len(unique)


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        (("A milk-tea shop wants to register 'bubble milk tea' (珍珠奶茶) as its mark.",), "en"),
        (("The right of filming (摄制权)", "The screening right"), "en"),
        (("世界知识产权组织（WIPO）的总部设在哪里？", "日内瓦"), "zh-CN"),
        (("PCT 国际申请", "PCT"), "zh-CN"),
        (("Which office grants patents?",), "en"),
        (("专利",), "zh-CN"),
    ],
)
def test_the_language_is_the_one_carrying_the_text(texts: tuple[str, ...], lang: str) -> None:
    assert guess_language(*texts) == lang
