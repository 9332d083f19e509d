from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from defusedxml.ElementTree import fromstring
from hypothesis import given, settings
from hypothesis import strategies as st

from ipquiz.bank.interchange import ReadResult, category_id, guess_language
from ipquiz.bank.moodle_xml import read_moodle_xml, write_moodle_xml
from ipquiz.domain.language import EN, ZH
from ipquiz.domain.question import Category, Question, QuestionText, QuestionType

#: Moodle's own importer fixtures (GPL-3.0 test data), copied from the shared corpus.
CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "moodle-xml"


def needs_corpus(test):  # type: ignore[no-untyped-def]
    """The corpus ships with the tests: its absence is a failure, never a skip."""
    assert len(list(CORPUS.glob("*.xml"))) == 12, f"Moodle XML corpus missing from {CORPUS}"
    return test


def read(xml: str | bytes, name: str = "t.xml", **kwargs: str) -> ReadResult:
    data = xml.encode("utf-8") if isinstance(xml, str) else xml
    return read_moodle_xml(data, name=name, **kwargs)


def quiz(*questions: str) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n' + "\n".join(questions) + "\n</quiz>\n"


def multichoice(
    *answers: tuple[str, str],
    name: str = "Q",
    text: str = "Which?",
    single: str | None = "true",
    extra: str = "",
) -> str:
    single_tag = "" if single is None else f"<single>{single}</single>"
    body = "".join(
        f'<answer fraction="{fraction}"><text>{answer}</text></answer>\n'
        for answer, fraction in answers
    )
    return (
        f'<question type="multichoice">\n<name><text>{name}</text></name>\n'
        f"<questiontext><text>{text}</text></questiontext>\n{extra}{single_tag}\n{body}</question>"
    )


def truefalse(name: str = "TF", true: str = "100", false: str = "0", extra: str = "") -> str:
    return (
        f'<question type="truefalse">\n<name><text>{name}</text></name>\n'
        f"<questiontext><text>Is it?</text></questiontext>\n{extra}"
        f'<answer fraction="{true}"><text>true</text></answer>\n'
        f'<answer fraction="{false}"><text>false</text></answer>\n</question>'
    )


def category(path: str) -> str:
    return f'<question type="category"><category><text>{path}</text></category></question>'


# --- the real corpus -----------------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.xml")), ids=lambda p: p.name)
def test_every_corpus_file_reads_without_a_crash(path: Path) -> None:
    result = read_moodle_xml(path.read_bytes(), name=path.name)
    assert not result.problems
    assert {q.category for q in result.questions} <= {c.id for c in result.categories}
    for skip in result.skipped:
        assert skip.file == path.name
        assert (
            path.read_text(encoding="utf-8")
            .splitlines()[skip.line - 1]
            .strip()
            .startswith("<question")
        )


def corpus(name: str) -> ReadResult:
    return read_moodle_xml((CORPUS / name).read_bytes(), name=name)


def names(result: ReadResult) -> dict[str, str]:
    return {c.id: c.name(EN) for c in result.categories}


@needs_corpus
def test_corpus_truefalse_keeps_feedback_and_category() -> None:
    result = corpus("qtype_truefalse_testquestion.moodle.xml")
    (q,) = result.questions
    assert q.type is QuestionType.TRUE_FALSE
    assert q.correct == {0}
    assert q.texts[EN] == QuestionText(
        prompt="The answer is true.",
        explanation="You should have selected true.",
        choice_feedback=("This is the right answer.", "This is the wrong answer."),
    )
    assert names(result) == {"test-questions": "Test questions"}
    assert q.category == "test-questions"


@needs_corpus
def test_corpus_multichoice_with_even_shares_is_plain_multiple() -> None:
    result = corpus("qtype_multichoice_testquestion.moodle.xml")
    (q,) = result.questions
    assert q.type is QuestionType.MULTIPLE
    assert q.correct == {2, 4}  # London and Paris, 50% each
    assert q.weights == ()
    assert q.texts[EN].choices == ("Tokyo", "Spain", "London", "Barcelona", "Paris")
    assert q.texts[EN].explanation == "Berlin, Paris and London"
    assert names(result) == {"default-for-c1": "Default for C1"}


@needs_corpus
def test_corpus_categories_nest_and_only_used_ones_are_kept() -> None:
    result = corpus("nested_categories_with_questions.xml")
    assert names(result) == {
        "iota": "Iota",
        "iota-kappa": "Iota/Kappa",
        "iota-kappa-lambda": "Iota/Kappa/Lambda",
        "iota-mu": "Iota/Mu",
    }
    assert [q.texts[EN].prompt for q in result.questions] == [
        "Testing Iota Question",
        "Testing Kappa Question",
        "Testing Lambda Question",
        "Testing Mu Question",
    ]
    assert [q.category for q in result.questions] == list(names(result))
    assert [str(s) for s in result.skipped] == [
        "nested_categories_with_questions.xml:55: "
        "skipped essay question 'Kappa Essay Question': not supported"
    ]
    # categories that hold no question (Delta, Delta/Epsilon) are not created
    assert names(corpus("nested_categories.xml")) == {"delta-epsilon-zeta": "Delta/Epsilon/Zeta"}
    assert names(corpus("old_format_file.xml")) == {"pi": "Pi", "pi-rho": "Pi/Rho"}


@needs_corpus
def test_corpus_categories_in_reverse_order_and_unsupported_types() -> None:
    result = corpus("categories_reverse_order.xml")
    assert not result.questions
    assert [(s.line, s.message) for s in result.skipped] == [
        (14, "skipped essay question 'Tau Question': not supported"),
        (51, "skipped shortanswer question 'Sigma Question': not supported"),
    ]
    cloze = corpus("broken_cloze_questions.xml")
    assert not cloze.questions
    assert not cloze.problems
    assert [s.line for s in cloze.skipped] == [4, 20, 36, 52, 68]
    assert all(s.message.startswith("skipped cloze question '") for s in cloze.skipped)


@needs_corpus
def test_corpus_idnumber_entities_are_decoded_then_made_safe() -> None:
    (q,) = corpus("html_chars_in_idnumbers.xml").questions
    assert q.id == "t-f"  # from "T &amp; F"
    (other,) = corpus("export_category.xml").questions  # empty <idnumber>: content id
    assert other.id.startswith("moodle-")


@needs_corpus
def test_corpus_invalid_grades_import_as_the_grades_meant() -> None:
    """Moodle refuses 33% (not one of its grades). We import it: 33 is within half a point
    of Moodle's 33.33333, so it reads as exactly 1/3, as Moodle's own "nearest grade"
    import option would; the question is otherwise sound, so refusing helps nobody."""
    result = corpus("error_invalid_grades.xml")
    assert not result.problems
    assert not result.skipped
    (q,) = result.questions
    assert q.type is QuestionType.MULTIPLE
    assert q.correct == {1, 2, 4}
    assert q.weights == (-0.5, 1 / 3, 1 / 3, -0.5, 1 / 3)
    assert q.texts[EN].choices == ("1", "2", "3", "4", "5")
    assert q.texts[EN].prompt == "Select all prime numbers :"
    assert names(result) == {"error-invalid-grades": "error_invalid_grades"}  # no category


@needs_corpus
def test_corpus_legacy_image_is_ignored_and_never_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    result = corpus("sample_questions_with_old_image_tag.xml")
    assert list(work.iterdir()) == []
    (q,) = result.questions
    assert q.type is QuestionType.SINGLE
    assert q.correct == {2}
    assert q.texts[EN].choices == ("wrong answer", "another wrong answer", "right answer")
    assert "image" in q.texts[EN].prompt
    assert "iVBOR" not in repr(q)
    assert [s.message for s in result.skipped] == [
        "skipped cloze question 'cloze question with image': not supported"
    ]


@needs_corpus
def test_corpus_questions_survive_write_and_read() -> None:
    for path in sorted(CORPUS.glob("*.xml")):
        first = read_moodle_xml(path.read_bytes(), name=path.name)
        cats = {c.id: c for c in first.categories}
        again = read(write_moodle_xml(first.questions, cats, lang=EN))
        assert again.questions == first.questions, path.name
        assert names(again) == names(first)


# --- hostile XML ---------------------------------------------------------------------

HOSTILE = {
    "xxe": '<!DOCTYPE quiz [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
    '<quiz><question type="truefalse"><questiontext><text>&xxe;</text></questiontext>'
    "</question></quiz>",
    "parameter-entity": '<!DOCTYPE quiz [\n<!ENTITY % p SYSTEM "file:///etc/passwd">\n%p;\n]>'
    "\n<quiz/>",
    "billion-laughs": "<!DOCTYPE quiz [\n"
    + '<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">\n'
        for i in range(1, 10)
    )
    + ']>\n<quiz><question type="category"><category><text>&lol9;</text></category>'
    "</question></quiz>",
    "external-dtd": '<!DOCTYPE quiz SYSTEM "http://example.invalid/quiz.dtd">\n<quiz/>',
    "external-dtd-file": '<!DOCTYPE quiz SYSTEM "file:///etc/passwd">\n<quiz/>',
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_dtds_and_entities_are_refused_with_a_problem(kind: str) -> None:
    started = time.perf_counter()
    result = read('<?xml version="1.0"?>\n' + HOSTILE[kind], name="evil.xml")
    assert time.perf_counter() - started < 1
    assert not result.questions
    assert not result.categories
    (problem,) = result.problems
    assert problem.file == "evil.xml"
    assert problem.line == 2
    assert "refused" in problem.message
    assert "DOCTYPE" in problem.message
    assert "root:" not in repr(result)


# --- bad input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04 not xml at all",
        b"just some text\n",
    ],
)
def test_garbage_is_a_problem_not_a_crash(data: bytes) -> None:
    result = read(data)
    assert result.problems
    assert not result.questions
    assert all(p.file == "t.xml" and p.line >= 1 for p in result.problems)


def test_truncated_file_reports_where_it_stops() -> None:
    text = quiz(truefalse(), truefalse(name="Second"))
    result = read(text[: text.index("Second")])
    (problem,) = result.problems
    assert problem.message.startswith("not well-formed XML")
    assert problem.line > 5
    assert not result.questions


def test_wrong_encoding_is_a_problem_and_encoding_can_be_given() -> None:
    data = quiz(truefalse(name="Café")).replace("Is it?", "Déjà vu?").encode("latin-1")
    result = read(data)
    (problem,) = result.problems
    assert problem.line == 4
    assert "not UTF-8 text" in problem.message
    assert read(data, encoding="latin-1").questions[0].texts[EN].prompt == "Déjà vu?"
    assert "unknown text encoding" in read(data, encoding="klingon").problems[0].message


def test_declared_encoding_bom_and_utf16_are_honoured() -> None:
    text = quiz(truefalse()).replace("Is it?", "专利有效吗？")
    gbk = text.replace('encoding="UTF-8"', 'encoding="GBK"').encode("gbk")
    for data in (gbk, b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("utf-16")):
        (q,) = read(data).questions
        assert q.texts[ZH].prompt == "专利有效吗？"


def test_not_a_quiz_is_a_problem() -> None:
    result = read("<?xml version='1.0'?>\n<html><body/></html>")
    assert [str(p) for p in result.problems] == [
        "t.xml:2: not a Moodle XML file: it starts with <html>, not <quiz>"
    ]


def test_unsupported_types_are_skipped_by_name_and_line() -> None:
    kinds = ["essay", "shortanswer", "numerical", "matching", "cloze", "multianswer"]
    kinds += ["description", "calculated", "ddwtos", "gapselect", "ordering"]
    others = [
        f'<question type="{kind}">\n<name><text>N {kind}</text></name>\n'
        f"<questiontext><text>T</text></questiontext></question>"
        for kind in kinds
    ]
    result = read(quiz(truefalse(), *others))
    assert len(result.questions) == 1
    assert not result.problems
    assert [(s.line, s.message) for s in result.skipped] == [
        (9 + 3 * i, f"skipped {kind} question 'N {kind}': not supported")
        for i, kind in enumerate(kinds)
    ]


def test_html_and_script_become_plain_text() -> None:
    text = "<![CDATA[<p>Which <b>law</b>?<script>alert('x')</script></p><p>Second</p>]]>"
    answer = "<![CDATA[<img src=x onerror=alert(1) alt='pic'>Patent &amp; more]]>"
    result = read(quiz(multichoice((answer, "100"), ("&lt;i&gt;No&lt;/i&gt;", "0"), text=text)))
    (q,) = result.questions
    assert q.texts[EN].prompt == "Which law?\nSecond"
    assert q.texts[EN].choices == ("picPatent & more", "No")


# --- grades, single and multiple -----------------------------------------------------


def test_grades_near_a_moodle_grade_snap_others_are_kept() -> None:
    result = read(
        quiz(multichoice(("a", "33"), ("b", "66.66667"), ("c", "-45"), ("d", "0"), single="0"))
    )
    (q,) = result.questions
    assert q.type is QuestionType.MULTIPLE
    assert q.weights == (1 / 3, 2 / 3, -0.45, 0.0)


@pytest.mark.parametrize(
    ("fraction", "message"), [("abc", "is not a number"), ("150", "is not from -100 to 100")]
)
def test_unreadable_grades_are_a_problem_on_the_answer_line(fraction: str, message: str) -> None:
    result = read(quiz(multichoice(("a", "100"), ("b", fraction))))
    (problem,) = result.problems
    assert problem.line == 8
    assert message in problem.message
    assert "multichoice question 'Q'" in problem.message


def test_single_decides_single_or_multiple() -> None:
    one = read(quiz(multichoice(("a", "0"), ("b", "100"), single=None))).questions[0]
    assert one.type is QuestionType.SINGLE
    assert one.correct == {1}
    assert one.weights == ()
    partial = read(quiz(multichoice(("a", "50"), ("b", "100"), ("c", "-25")))).questions[0]
    assert partial.type is QuestionType.SINGLE
    assert partial.correct == {1}
    assert partial.weights == (0.5, 1.0, -0.25)
    many = read(quiz(multichoice(("a", "100"), ("b", "0"), single="false"))).questions[0]
    assert many.type is QuestionType.MULTIPLE
    assert many.correct == {0}
    assert many.weights == ()


def test_one_answer_question_with_two_best_answers_is_skipped() -> None:
    result = read(quiz(multichoice(("a", "100"), ("b", "100"), ("c", "0"))))
    assert not result.questions
    assert not result.problems
    assert result.skipped[0].message == (
        "skipped multichoice question 'Q': one answer, but 2 are best"
    )


def test_answer_problems_have_the_question_line() -> None:
    result = read(
        quiz(
            multichoice(("a", "100"), name="One"),
            multichoice(("a", "0"), ("b", "-50"), name="None right"),
            truefalse(name="Undecided", true="0", false="0"),
        )
    )
    assert [str(p) for p in result.problems] == [
        "t.xml:3: multichoice question 'One' needs at least two answers",
        "t.xml:9: multichoice question 'None right': no answer has a positive grade",
        "t.xml:16: truefalse question 'Undecided': neither answer is marked right",
    ]


def test_more_than_eight_answers_are_skipped() -> None:
    answers = [(f"c{i}", "100" if i == 0 else "0") for i in range(9)]
    result = read(quiz(multichoice(*answers)))
    assert result.skipped[0].message == "skipped multichoice question 'Q': 9 answers, at most 8"


def test_blank_answers_are_dropped_and_image_only_ones_skip_the_question() -> None:
    blank = read(quiz(multichoice(("a", "100"), ("  ", "0"), ("b", "0")))).questions[0]
    assert blank.texts[EN].choices == ("a", "b")
    image = read(quiz(multichoice(("a", "100"), ("&lt;img src='x.png'&gt;", "0"))))
    assert not image.questions
    assert (
        image.skipped[0].message == "skipped multichoice question 'Q': an answer is only an image"
    )


def test_truefalse_falls_back_to_order_for_unlabelled_answers() -> None:
    text = truefalse(true="0", false="100").replace(">true<", ">yes<").replace(">false<", ">no<")
    (q,) = read(quiz(text)).questions
    assert q.correct == {1}


# --- ids and categories --------------------------------------------------------------


def test_ids_come_from_idnumber_or_content() -> None:
    result = read(
        quiz(
            truefalse(name="A", extra="<idnumber> Pat-001 </idnumber>"),
            truefalse(name="B", extra="<idnumber>专利一</idnumber>").replace("Is it?", "Other?"),
            truefalse(name="C").replace("Is it?", "Third?"),
            truefalse(name="D", extra="<idnumber>PAT-001</idnumber>"),
        )
    )
    ids = [q.id for q in result.questions]
    assert ids[0] == "pat-001"
    assert re.fullmatch(r"moodle-[0-9a-f]{12}", ids[1])
    assert re.fullmatch(r"moodle-[0-9a-f]{12}", ids[2])
    assert ids[1] != ids[2]
    assert [str(s) for s in result.skipped] == [
        "t.xml:21: skipped truefalse question 'D': same id 'pat-001' as the question on line 3"
    ]


def test_category_prefixes_and_top_are_dropped() -> None:
    result = read(
        quiz(
            category("$system$/top/Patents/Terms"),
            truefalse(),
            category("$module$/商标"),
            truefalse().replace("Is it?", "Again?"),
        )
    )
    assert [c.names for c in result.categories] == [{EN: "Patents/Terms"}, {ZH: "商标"}]
    assert result.questions[0].category == category_id("Patents/Terms")


def test_category_argument_overrides_the_file() -> None:
    result = read(quiz(category("$course$/Alpha"), truefalse()), category="mine")
    assert result.categories == (Category("mine", {EN: "mine"}),)
    assert result.questions[0].category == "mine"
    default = read(quiz(truefalse()), name="folder/my bank.xml")
    assert default.categories == (Category("my-bank", {EN: "my bank"}),)


# --- writing -------------------------------------------------------------------------


def _q(
    qid: str,
    kind: QuestionType,
    correct: set[int],
    n: int = 3,
    *,
    category: str = "cat",
    weights: tuple[float, ...] = (),
) -> Question:
    choices = () if kind is QuestionType.TRUE_FALSE else tuple(f"c{i}" for i in range(n))
    text = QuestionText(prompt=f"P {qid}", choices=choices)
    return Question(qid, category, kind, 2, {EN: text}, frozenset(correct), weights=weights)


def test_writer_puts_a_category_before_its_questions_and_writes_grades() -> None:
    qs = [
        _q("s", QuestionType.SINGLE, {1}),
        _q("m", QuestionType.MULTIPLE, {0, 1, 2}, n=4),
        _q("tf", QuestionType.TRUE_FALSE, {1}, category="other"),
        _q("w", QuestionType.MULTIPLE, {0}, weights=(0.42, -1.0, 0.0)),
    ]
    cats = {"cat": Category("cat", {EN: "Cat", ZH: "猫"}), "other": Category("other", {ZH: "其他"})}
    root = fromstring(write_moodle_xml(qs, cats, lang=EN))
    entries = root.findall("question")
    assert [e.get("type") for e in entries] == [
        "category", "multichoice", "multichoice", "category", "truefalse", "category", "multichoice",
    ]  # fmt: skip
    assert [e.findtext("category/text") for e in entries if e.get("type") == "category"] == [
        "$course$/top/Cat",
        "$course$/top/其他",
        "$course$/top/Cat",
    ]

    def fractions(index: int) -> list[str | None]:
        return [a.get("fraction") for a in entries[index].findall("answer")]

    assert fractions(1) == ["0", "100", "0"]
    assert entries[1].findtext("single") == "true"
    assert fractions(2) == ["33.33333", "33.33333", "33.33333", "0"]
    assert entries[2].findtext("single") == "false"
    assert [a.findtext("text") for a in entries[4].findall("answer")] == ["true", "false"]
    assert fractions(4) == ["0", "100"]
    assert fractions(6) == ["40", "-100", "0"]  # 0.42 is not a Moodle grade: nearest is 40%
    assert entries[1].findtext("idnumber") == "s"
    assert entries[1].find("questiontext[@format='html']") is not None


# --- round trip ----------------------------------------------------------------------

_EN_CHARS = st.one_of(
    st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Lo")), st.sampled_from("<>&;#'\"/")
)
_ZH_CHARS = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from("、。，？"),
)


def _lines(chars: st.SearchStrategy[str], most: int = 1) -> st.SearchStrategy[str]:
    line = st.text(chars, min_size=1, max_size=12).map(lambda s: " ".join(s.split())).filter(bool)
    return st.lists(line, min_size=1, max_size=most).map("\n".join)


_SOME_GRADES = [1.0, 0.5, 1 / 3, 2 / 3, 0.25, 1 / 7, 0.0, -0.25, -1 / 3, -1.0]


def _plain_multiple(weights: tuple[float, ...]) -> bool:
    positive = [w for w in weights if w > 0]
    return all(w == 1 / len(positive) for w in positive) and all(w == 0 for w in weights if w <= 0)


@st.composite
def moodle_questions(draw: st.DrawFn, qid: str, cat: str) -> Question:
    lang = draw(st.sampled_from([EN, ZH]))
    chars = _ZH_CHARS if lang == ZH else _EN_CHARS
    qtype = draw(st.sampled_from(list(QuestionType)))
    n = 2 if qtype is QuestionType.TRUE_FALSE else draw(st.integers(2, 8))
    weights: tuple[float, ...] = ()
    if qtype is QuestionType.TRUE_FALSE:
        correct = frozenset({draw(st.integers(0, 1))})
    elif qtype is QuestionType.SINGLE:
        right = draw(st.integers(0, n - 1))
        correct = frozenset({right})
        if draw(st.booleans()):
            lower = st.sampled_from([0.5, 1 / 3, 0.0, -0.25, -1.0])
            weights = tuple(1.0 if i == right else draw(lower) for i in range(n))
            weights = () if sorted(weights) == [0.0] * (n - 1) + [1.0] else weights
    elif draw(st.booleans()):
        weights = tuple(draw(st.sampled_from(_SOME_GRADES)) for _ in range(n))
        weights = weights if any(w > 0 for w in weights) else (1.0, *weights[1:])
        correct = frozenset(i for i, w in enumerate(weights) if w > 0)
        weights = () if _plain_multiple(weights) else weights
    else:
        correct = draw(st.frozensets(st.integers(0, n - 1), min_size=1))
    feedback = tuple(draw(st.one_of(st.just(""), _lines(chars))) for _ in range(n))
    prompt = draw(_lines(chars, 3))
    choices = (
        () if qtype is QuestionType.TRUE_FALSE else tuple(draw(_lines(chars, 2)) for _ in range(n))
    )
    if lang == ZH:  # Chinese carries the text: enough of it to outweigh the Latin letters
        latin = sum(c.isascii() and c.isalpha() for c in prompt + "".join(choices))
        prompt = "题" * (1 + latin // 4) + prompt
    text = QuestionText(
        prompt=prompt,
        choices=choices,
        explanation=draw(st.one_of(st.just(""), _lines(chars, 2))),
        choice_feedback=feedback if any(feedback) and draw(st.booleans()) else (),
    )
    return Question(qid, cat, qtype, 2, {lang: text}, correct, weights=weights)


@st.composite
def banks(draw: st.DrawFn) -> tuple[list[Question], dict[str, Category]]:
    cat_names = draw(
        st.lists(
            _lines(st.one_of(_EN_CHARS, _ZH_CHARS)).filter(
                lambda s: not s.startswith("/") and not s.endswith("/")
            ),
            min_size=1,
            max_size=2,
            unique_by=category_id,
        )
    )
    cats = {category_id(n): Category(category_id(n), {guess_language(n): n}) for n in cat_names}
    ids = draw(
        st.lists(
            st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    qs = [draw(moodle_questions(qid, draw(st.sampled_from(sorted(cats))))) for qid in ids]
    return qs, cats


@settings(max_examples=120, deadline=None)
@given(banks())
def test_write_then_read_gives_the_same_questions(
    bank: tuple[list[Question], dict[str, Category]],
) -> None:
    questions, cats = bank
    back = read(write_moodle_xml(questions, cats, lang=EN))
    assert not back.problems
    assert not back.skipped
    assert back.questions == tuple(questions)
    assert {c.id: c for c in back.categories} == {q.category: cats[q.category] for q in questions}
