from __future__ import annotations

import dataclasses
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipquiz.bank import interchange
from ipquiz.bank.gift import read_gift, write_gift
from ipquiz.bank.interchange import ReadResult, category_id, guess_language, plain_text
from ipquiz.bank.problems import Problem
from ipquiz.domain.language import EN, ZH
from ipquiz.domain.question import Category, Question, QuestionText, QuestionType

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
#: GIFT-grammar-PEG.js's test files, each NAME.gift with its expected parse NAME.json.
CORPUS = FIXTURES / "corpus" / "gift"  # copied from the shared conformance corpus, MIT
GIFT_FILES = sorted(CORPUS.glob("*.gift"))


def needs_corpus(test):  # type: ignore[no-untyped-def]
    """The corpus ships with the tests: its absence is a failure, never a skip."""
    assert len(GIFT_FILES) > 40, f"GIFT corpus missing from {CORPUS}"
    return test


SUPPORTED = {"MC", "TF"}
SKIPPED_AS = {
    "Essay": "essay",
    "Short": "short answer",
    "Numerical": "numerical",
    "Matching": "matching",
    "Description": "description",
}


def read(text: str, **kwargs: Any) -> ReadResult:
    return read_gift(text.encode("utf-8"), name="t.gift", **kwargs)


def only(text: str) -> Question:
    result = read(text)
    assert not result.problems
    assert len(result.questions) == 1, result.skipped
    return result.questions[0]


def words(q: Question) -> QuestionText:
    return next(iter(q.texts.values()))


# --- the conformance corpus ----------------------------------------------------------
# The expected parse keeps each text in its own format (HTML tags, markdown marks) and,
# for moodle-format text, joins wrapped lines with one space; the app keeps plain text
# only. So both sides are compared after the same normalisation: the expected text goes
# through plain_text (markdown emphasis marks dropped first, plain text escaped first,
# as the reader does), and whitespace runs, line breaks included, become one space.

_EMPHASIS = re.compile(r"(?<!\w)(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?!\w)")


def _norm(text: str) -> str:
    return " ".join(text.split())


def _expected(node: dict[str, str] | None) -> str:
    if not node:
        return ""
    text = node["text"]
    if node["format"] == "markdown":
        text = _EMPHASIS.sub(r"\2", text)
    elif node["format"] == "plain":
        text = html.escape(text, quote=False)
    return _norm(plain_text(text))


def _check_true_false(item: dict[str, Any], q: Question) -> None:
    assert q.type is QuestionType.TRUE_FALSE
    assert q.correct == {0 if item["isTrue"] else 1}
    # The expected parse names the two feedbacks by position (trueFeedback is the
    # first); Moodle's importer shows the first for a wrong answer and the second for
    # the right one, and so does the app: index 0 is what choosing "true" shows.
    wrong, right = _expected(item["trueFeedback"]), _expected(item["falseFeedback"])
    for_true, for_false = (right, wrong) if item["isTrue"] else (wrong, right)
    expected = (for_true, for_false) if for_true or for_false else ()
    assert tuple(_norm(f) for f in words(q).choice_feedback) == expected


def _check_choice(item: dict[str, Any], q: Question) -> None:
    choices = item["choices"]
    weights = tuple(
        c["weight"] / 100 if c["weight"] is not None else float(c["isCorrect"]) for c in choices
    )
    positive = frozenset(i for i, w in enumerate(weights) if w > 0)
    single = any(c["isCorrect"] for c in choices) and len(positive) == 1
    assert q.type is (QuestionType.SINGLE if single else QuestionType.MULTIPLE)
    assert q.correct == positive
    text = words(q)
    assert tuple(_norm(c) for c in text.choices) == tuple(_expected(c["text"]) for c in choices)
    feedback = tuple(_expected(c["feedback"]) for c in choices)
    assert tuple(_norm(f) for f in text.choice_feedback) == (feedback if any(feedback) else ())
    if all(w in (0.0, 1.0) for w in weights):
        assert q.weights == ()
    else:
        assert q.weights == pytest.approx(weights)


@needs_corpus
@pytest.mark.parametrize("path", GIFT_FILES, ids=lambda p: p.stem)
def test_corpus_file_reads_as_its_expected_parse(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    result = read_gift(path.read_bytes(), name=path.name)
    assert not result.problems
    items = [e for e in expected if e["type"] != "Category"]
    supported = [e for e in items if e["type"] in SUPPORTED]
    unsupported = [e for e in items if e["type"] not in SUPPORTED]

    skipped_as = [re.match(r"skipped (.+?) question '", s.message) for s in result.skipped]
    assert [m[1] if m else s.message for m, s in zip(skipped_as, result.skipped, strict=True)] == [
        SKIPPED_AS[e["type"]] for e in unsupported
    ]
    for item, skip in zip(unsupported, result.skipped, strict=True):
        assert skip.file == path.name
        assert skip.line >= 1
        if item["title"]:
            assert f"'{item['title']}'" in skip.message

    assert len(result.questions) == len(supported)
    for item, q in zip(supported, result.questions, strict=True):
        text = words(q)
        assert _norm(text.prompt) == _expected(item["stem"])
        assert _norm(text.explanation) == _expected(item["globalFeedback"])
        if item.get("id") is not None:  # titles without an id get a content id instead
            assert q.id == item["id"].lower()
        assert q.tags == tuple(item.get("tags") or ())
        assert q.category == category_id(path.stem)  # no corpus question has a $CATEGORY
        if item["type"] == "TF":
            _check_true_false(item, q)
        else:
            _check_choice(item, q)
    assert len({q.id for q in result.questions}) == len(result.questions)


def corpus(name: str) -> ReadResult:
    assert CORPUS is not None
    path = CORPUS / f"{name}.gift"
    return read_gift(path.read_bytes(), name=path.name)


@needs_corpus
def test_corpus_details_without_normalisation() -> None:
    """A few exact values, so the normalisation above cannot hide a wrong reading."""
    (q,) = corpus("tf1_markdown").questions
    assert words(q).prompt == "Grant is buried in Grant's tomb."
    (q,) = corpus("formatExamples").questions
    assert words(q).choices == ("The east.", "The west.")
    assert words(q).choice_feedback == ("Awesome!", "What planet did you grow up on?")
    (q,) = corpus("escapeAll").questions
    assert words(q).choices == ("~", "=", "#", "{", "}", ":", "\\")
    (q,) = corpus("mc2").questions
    assert words(q).prompt == "Grant is _____ in Grant's tomb."
    (q,) = corpus("multipleAnswersFloat").questions
    assert q.type is QuestionType.MULTIPLE
    assert q.correct == {0, 1, 3}
    assert q.weights == (0.3333333, 0.3333333, -1.0, 0.3333333, -1.0)
    (q,) = corpus("mcHTMLComment").questions
    assert words(q).explanation.startswith("Artículo 5 Estatuto Orgánico del Ministerio Fiscal:\n")
    assert "<" not in words(q).explanation
    assert "LE0000017566" not in words(q).explanation
    (q,) = corpus("symbolsAll").questions
    assert words(q).prompt.endswith("such as `-=[];',./~!@#$%^&*()_+{}|:\"<>?")
    first, *_ = corpus("TFTwoFeedback").questions  # {FALSE#for true #for false}
    assert words(first).choice_feedback == ("feedback for true", "feedback for false")
    assert corpus("totara_moodle_essay").skipped == (
        Problem("totara_moodle_essay.gift", 4, "skipped essay question 'Q8': not supported"),
    )
    assert corpus("descriptionWithID").skipped[0].line == 2


@needs_corpus
@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("category1", "Default for LING-373-2194-B"),
        ("categorySpecialCharacter", "Default for Unit 1: Topic"),
    ],
)
def test_corpus_categories_apply_to_the_questions_after_them(name: str, category: str) -> None:
    assert CORPUS is not None
    assert corpus(name) == ReadResult()  # a category alone imports nothing
    data = (CORPUS / f"{name}.gift").read_bytes() + b"\n\nThe sun rises in the east.{T}\n"
    result = read_gift(data, name=f"{name}.gift")
    assert [c.name(EN) for c in result.categories] == [category]
    assert result.questions[0].category == result.categories[0].id


# --- reading -------------------------------------------------------------------------


def test_single_and_multiple_follow_the_weights() -> None:
    assert only("Q {=a ~b ~c}").type is QuestionType.SINGLE
    q = only("Q {=a =b ~c}")
    assert (q.type, q.correct, q.weights) == (QuestionType.MULTIPLE, {0, 1}, ())
    q = only("Q {~%100%a ~b}")  # no '=': Moodle makes it a checkbox question
    assert (q.type, q.correct, q.weights) == (QuestionType.MULTIPLE, {0}, ())
    q = only("Q {=a ~%50%b ~c}")
    assert (q.type, q.correct, q.weights) == (QuestionType.MULTIPLE, {0, 1}, (1.0, 0.5, 0.0))
    q = only("Q {~%50%a ~%50%b ~%-100%c}")
    assert (q.type, q.correct, q.weights) == (QuestionType.MULTIPLE, {0, 1}, (0.5, 0.5, -1.0))
    q = only("Q {=a ~%-25%b}")
    assert (q.type, q.correct, q.weights) == (QuestionType.SINGLE, {0}, (1.0, -0.25))


def test_all_or_nothing_mark_drops_the_shares_moodle_needs() -> None:
    q = only("// [id:q] [all-or-nothing]\nPick {~%50%a ~%50%b ~c}")
    assert (q.type, q.correct, q.weights) == (QuestionType.MULTIPLE, {0, 1}, ())
    assert only("Pick {~%50%a ~%50%b ~c}").weights == (0.5, 0.5, 0.0)


def test_embedded_answers_leave_a_blank() -> None:
    assert words(only("Grant is {~buried =entombed} in Grant's tomb.")).prompt == (
        "Grant is _____ in Grant's tomb."
    )
    assert words(only("{=Asia ~Europe} is the largest continent.")).prompt == (
        "_____ is the largest continent."
    )


def test_lines_join_and_escaped_newlines_break() -> None:
    q = only("::T::First line\nsecond line\\nthird\\: \\{x\\} \\\\n{\n=a\n~b\n}")
    assert words(q).prompt == "First line second line\nthird: {x} \\n"


def test_formats_become_plain_text() -> None:
    q = only("[markdown]Who's buried in **Grant's tomb**? See [docs](https://x.org).{=a ~_b_}")
    assert words(q).prompt == "Who's buried in Grant's tomb? See docs (https://x.org)."
    assert words(q).choices == ("a", "b")
    q = only("[plain]Is <b> a tag & more?{=[html]<i>yes</i> ~no#[plain]<no>}")
    assert words(q).prompt == "Is <b> a tag & more?"
    assert words(q).choices == ("yes", "no")
    assert words(q).choice_feedback == ("", "<no>")


def test_html_and_script_become_plain_text() -> None:
    q = only(
        "[html]<p>Which term?<script>alert('x')</script><img src\\=x onerror\\=alert(1) "
        "alt\\=diagram></p>{\n=<b>twenty</b> years#<style>p\\{\\}</style>Right\n"
        '~ten &amp; more\n####<a href\\="javascript\\:alert(1)">why</a>\n}'
    )
    text = words(q)
    assert text.prompt == "Which term?diagram"
    assert text.choices == ("twenty years", "ten & more")
    assert text.choice_feedback == ("Right", "")
    assert text.explanation == "why"


def test_ids_tags_and_language() -> None:
    q = only(
        "// [id:Pat-Term-01] [tag:patent]\n// [tag:term] [tag:patent]\n专利权期限？{=二十年 ~十年}"
    )
    assert q.id == "pat-term-01"
    assert q.tags == ("patent", "term")
    assert list(q.texts) == [ZH]
    assert q.difficulty == 2
    untagged = only("专利权期限？{=二十年 ~十年}")
    assert untagged.id.startswith("gift-")
    assert untagged.tags == ()


def test_true_false_feedback_follows_moodle() -> None:
    """The first #feedback is for a wrong answer, the second for the right one."""
    q = only("Paris is in France.{T#No, it is.#Yes.####General.}")
    assert q.correct == {0}
    assert words(q).choice_feedback == ("Yes.", "No, it is.")
    assert words(q).explanation == "General."
    q = only("Paris is in Spain.{FALSE#No, France.}")
    assert q.correct == {1}
    assert words(q).choice_feedback == ("No, France.", "")
    assert only("Paris is in France.{true}").correct == {0}


def test_categories() -> None:
    text = "Q1 {=a ~b}\n\n$CATEGORY: $course$/top/Patents//Designs\n// [id:q2]\nQ2 {=a ~b}\n"
    result = read_gift(text.encode(), name="C:\\files\\my bank.gift")
    assert [c.name(EN) for c in result.categories] == ["my bank", "Patents/Designs"]
    assert [q.category for q in result.questions] == ["my-bank", "patents-designs"]
    fixed = read(text, category="imported")
    assert [c.id for c in fixed.categories] == ["imported"]
    assert {q.category for q in fixed.questions} == {"imported"}


def test_unsupported_types_are_skipped_with_title_and_line() -> None:
    text = (
        "// comment\n::Essay::Describe a patent.{}\n\n"
        "Who invented it?{=Edison =Tesla}\n\n"
        "::Year:: When? {#1879:1}\n\n"
        "Match.{=a -> 1 =b -> 2}\n\n"
        "Read the next questions carefully.\n\n"
        "Two plus two is {=four} today.\n\n"
        "How many? {=one ~two}\n\n"
        "::Many::Pick.{=1 ~2 ~3 ~4 ~5 ~6 ~7 ~8 ~9}\n"
    )
    result = read(text)
    assert not result.problems
    assert [words(q).prompt for q in result.questions] == ["How many?"]
    assert [(s.line, s.message) for s in result.skipped] == [
        (2, "skipped essay question 'Essay': not supported"),
        (4, "skipped short answer question 'Who invented it?': not supported"),
        (6, "skipped numerical question 'Year': not supported"),
        (8, "skipped matching question 'Match.': not supported"),
        (10, "skipped description question 'Read the next questions carefully.': not supported"),
        (12, "skipped short answer question 'Two plus two is _____ today.': not supported"),
        (16, "skipped multiple-choice question 'Many': 9 answers, at most 8"),
    ]


def test_a_repeated_own_id_is_skipped() -> None:
    result = read("// [id:a]\nQ1 {=a ~b}\n\n// [id:A]\nQ2 {=a ~b}\n")
    assert [q.id for q in result.questions] == ["a"]
    assert result.skipped == (
        Problem("t.gift", 5, "skipped question 'Q2': same id 'a' as the question on line 2"),
    )


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("Fine {=a ~b}\n\n::Q1::What? {=a ~b", 3, "'{' has no closing '}'"),
        ("Fine {=a ~b}\n\n::Q1::What? {=a\n\n~b}", [3, 5], "'{' has no closing '}'"),
        ("A stray } here", 1, "'}' without '{'"),
        ("Two {=a ~b} and {=c ~d}", 1, "more than one {…}"),
        ("::Q1 What? {=a ~b}", 1, "title has no closing '::'"),
        ("{=a ~b}", 1, "a question has no text"),
        ("What? {~a ~b}", 1, "no answer is right"),
        ("What? {=a ~%150%b}", 1, "weight is not -100% to 100%"),
        ("What? {junk =a ~b}", 1, "'junk' before the first = or ~"),
        ("What? {~%100%a}", 1, "needs at least two answers"),
        ("What? {=a ~ #note}", 1, "answer 2 is empty"),
    ],
)
def test_malformed_questions_are_problems(text: str, line: int | list[int], message: str) -> None:
    """A blank line always ends a question, as in Moodle, even inside braces."""
    result = read(text)
    assert [p.line for p in result.problems] == (line if isinstance(line, list) else [line])
    assert message in result.problems[0].message
    assert result.problems[0].file == "t.gift"


def test_garbage_bytes_are_a_problem() -> None:
    result = read_gift(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", name="g.gift")
    assert not result.questions
    assert "binary" in result.problems[0].message
    result = read_gift(b"Q {=a ~b}\n\n\xff\xfe\xfd\x80", name="g.gift")
    assert not result.questions
    assert [p.line for p in result.problems] == [3]


def test_encodings() -> None:
    gbk = "专利权期限？{=二十年 ~十年}\n".encode("gbk")
    assert words(read_gift(gbk, name="g.gift").questions[0]).choices == ("二十年", "十年")
    wrong = read_gift(b"Q {=a ~b}\n\n" + gbk, name="g.gift", encoding="utf-8")
    assert [(p.line, "not utf-8 text" in p.message) for p in wrong.problems] == [(3, True)]
    latin = read_gift("Café ? {=oui ~non}".encode("latin-1"), name="l.gift", encoding="latin-1")
    assert words(latin.questions[0]).prompt == "Café ?"
    utf16 = read_gift("\ufeffQ {=a ~b}".encode("utf-16"), name="u.gift")
    assert len(utf16.questions) == 1
    unknown = read_gift(b"Q {=a ~b}", name="u.gift", encoding="no-such-codec")
    assert "unknown text encoding" in unknown.problems[0].message


def test_truncated_files_are_problems() -> None:
    cut = "::Q1::专利？{=二十年 ~十年}\n\n::Q2::期限？{=是".encode()[:-2]
    result = read_gift(cut, name="cut.gift")
    assert not result.questions
    assert [p.line for p in result.problems] == [3]


def test_a_huge_file_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interchange, "MAX_FILE_BYTES", 10)
    result = read_gift(b"Q {=a ~b}\n\n", name="big.gift")
    assert "larger than" in result.problems[0].message


def test_nothing_but_comments_reads_as_nothing() -> None:
    assert read("// only\n// comments\n\n\n") == ReadResult()


# --- writing -------------------------------------------------------------------------


def _q(qid: str, qtype: QuestionType, text: QuestionText, correct: set[int], **kw: Any) -> Question:
    return Question(qid, "pat", qtype, 2, {EN: text}, frozenset(correct), **kw)


def test_write_layout() -> None:
    questions = [
        _q(
            "q1",
            QuestionType.SINGLE,
            QuestionText("Which {term}: a=b?", ("20 #years", "[html] ~10"), "Art. 42\nsee 43"),
            {0},
            tags=("term", "x]y"),
        ),
        _q(
            "q2",
            QuestionType.MULTIPLE,
            QuestionText("Pick", ("a", "b", "c"), choice_feedback=("yes", "", "no")),
            {0, 1},
            weights=(0.5, 0.5, -1.0),
        ),
        _q("q3", QuestionType.MULTIPLE, QuestionText("Pick", ("a", "b", "c")), {0, 1}),
        _q("q4", QuestionType.MULTIPLE, QuestionText("Pick", ("a", "b")), {1}),
        _q(
            "q5",
            QuestionType.TRUE_FALSE,
            QuestionText("True?", explanation="Why", choice_feedback=("", "No!")),
            {0},
        ),
    ]
    data = write_gift(questions, {"pat": Category("pat", {EN: "Patents/Designs"})}, lang=EN)
    assert data.decode() == (
        "$CATEGORY: $course$/top/Patents//Designs\n\n"
        "// [id:q1] [tag:term] [tag:x)y]\n"
        "::q1::[plain]Which \\{term\\}\\: a\\=b?{\n"
        "\t=20 \\#years\n"
        "\t~[plain][html] \\~10\n"
        "\t####Art. 42\\nsee 43\n"
        "}\n\n"
        "// [id:q2]\n::q2::[plain]Pick{\n\t~%50%a#yes\n\t~%50%b\n\t~%-100%c#no\n}\n\n"
        "// [id:q3] [all-or-nothing]\n::q3::[plain]Pick{\n\t~%50%a\n\t~%50%b\n\t~c\n}\n\n"
        "// [id:q4] [all-or-nothing]\n::q4::[plain]Pick{\n\t~a\n\t~%100%b\n}\n\n"
        "// [id:q5]\n::q5::[plain]True?{T#No!####Why}\n"
    )
    back = read_gift(data, name="back.gift")
    assert not back.problems
    assert not back.skipped
    assert [dataclasses.replace(q, category="pat") for q in back.questions] == [
        dataclasses.replace(q, tags=("term", "x)y") if q.id == "q1" else q.tags) for q in questions
    ]


def test_write_uses_the_other_language_when_one_is_missing() -> None:
    q = Question(
        "z",
        "c",
        QuestionType.SINGLE,
        2,
        {ZH: QuestionText("期限？", ("十年", "二十年"))},
        frozenset({1}),
    )
    data = write_gift([q], {}, lang=EN).decode()
    assert "::z::[plain]期限？{\n\t~十年\n\t=二十年\n}" in data
    assert data.startswith("$CATEGORY: $course$/top/c\n")


_SPECIAL = st.sampled_from(list("~=#{}:\\%[]/_*->\n abc"))
_CHARS = st.characters(
    blacklist_categories=("Cs", "Cc", "Cn", "Co"), blacklist_characters="\u2028\u2029\x85"
)
text_st = (
    st.text(alphabet=st.one_of(_SPECIAL, _CHARS), min_size=1, max_size=30)
    .map(str.strip)
    .filter(lambda t: bool(t) and plain_text(t) == t)
)
name_st = st.from_regex(r"[A-Za-z专利][A-Za-z0-9 专利:/-]{0,15}[A-Za-z0-9]", fullmatch=True).filter(
    lambda t: plain_text(t) == t
)
_RIGHT_WEIGHTS = [1.0, 0.5, 1 / 3, 0.3333333, 0.25]
_WRONG_WEIGHTS = [0.0, -0.25, -1.0, -1 / 3]


@st.composite
def questions(draw: st.DrawFn, qid: str, category: str) -> Question:
    """Questions GIFT carries: one language, weights positive on the right answers only."""
    qtype = draw(st.sampled_from(list(QuestionType)))
    tf = qtype is QuestionType.TRUE_FALSE
    n = 2 if tf else draw(st.integers(2, 8))
    if qtype is QuestionType.MULTIPLE:
        correct = draw(st.frozensets(st.integers(0, n - 1), min_size=1))
    else:
        correct = frozenset({draw(st.integers(0, n - 1))})
    prompt = draw(text_st)
    choices = () if tf else tuple(draw(text_st) for _ in range(n))
    feedback = tuple(draw(st.one_of(st.just(""), text_st)) for _ in range(n))
    weights: tuple[float, ...] = ()
    if not tf and draw(st.booleans()):
        weights = tuple(
            draw(st.sampled_from(_RIGHT_WEIGHTS if i in correct else _WRONG_WEIGHTS))
            for i in range(n)
        )
        if all(w in (0.0, 1.0) for w in weights):
            weights = ()
    text = QuestionText(
        prompt=prompt,
        choices=choices,
        explanation=draw(st.one_of(st.just(""), text_st)),
        choice_feedback=feedback if any(feedback) else (),
    )
    return Question(
        id=qid,
        category=category,
        type=qtype,
        difficulty=2,
        texts={guess_language(prompt, *choices): text},
        correct=correct,
        tags=tuple(
            draw(st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), max_size=3, unique=True))
        ),
        weights=weights,
    )


@st.composite
def banks(draw: st.DrawFn) -> tuple[list[Question], dict[str, Category]]:
    names = draw(st.lists(name_st, min_size=1, max_size=2, unique_by=category_id))
    categories = {category_id(n): Category(category_id(n), {EN: n}) for n in names}
    count = draw(st.integers(1, 4))
    return [
        draw(questions(f"q{i}", draw(st.sampled_from(sorted(categories))))) for i in range(count)
    ], categories


@settings(max_examples=150, deadline=None)
@given(banks(), st.sampled_from([EN, ZH]))
def test_write_then_read_gives_the_same_questions(
    bank: tuple[list[Question], dict[str, Category]], lang: str
) -> None:
    written, categories = bank
    back = read_gift(write_gift(written, categories, lang=lang), name="round.gift")
    assert not back.problems
    assert not back.skipped
    assert len(back.questions) == len(written)
    names = {c.id: c.name(lang) for c in back.categories}
    for original, read_back in zip(written, back.questions, strict=True):
        assert names[read_back.category] == categories[original.category].name(lang)
        assert dataclasses.replace(read_back, category=original.category) == original
