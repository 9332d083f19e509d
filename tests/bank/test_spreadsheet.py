"""The CSV / XLSX template: encodings, headers, row problems, hostile files, round trips.

The shipped templates in resources/templates are written by the writers below from
EXAMPLES; after changing the writer or the examples, regenerate them with
`IPQUIZ_WRITE_TEMPLATES=1 .venv/bin/pytest tests/bank/test_spreadsheet.py -k template`.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipquiz.bank.interchange import ReadResult, category_id, plain_text, stable_id
from ipquiz.bank.spreadsheet import COLUMNS, read_csv, read_xlsx, write_csv, write_xlsx
from ipquiz.domain.language import EN, ZH
from ipquiz.domain.laws import Citation
from ipquiz.domain.question import Category, Question, QuestionText, QuestionType
from ipquiz.domain.spreadsheet_cells import neutralize, restore

REPO = Path(__file__).resolve().parents[2]
TEMPLATES = REPO / "resources" / "templates"
HEADER = ["id", "category", "type", "difficulty", "answer", "prompt_en", "choice_a_en"]
HEADER += ["choice_b_en", "choice_c_en", "explanation_en"]

CATEGORIES = {
    "patents": Category("patents", {ZH: "专利", EN: "Patents"}),
    "copyright": Category("copyright", {ZH: "著作权", EN: "Copyright"}),
}

EXAMPLES = (
    Question(
        id="pat-term-design",
        category="patents",
        type=QuestionType.SINGLE,
        difficulty=1,
        jurisdiction="CN",
        tags=("term", "design"),
        correct=frozenset({2}),
        citations=(Citation("patent-law@2020", ("42",)),),
        texts={
            ZH: QuestionText(
                prompt="我国外观设计专利权的期限是多少年？",
                choices=("十年", "二十年", "十五年", "五十年"),
                explanation="2020年修正的专利法将外观设计专利权期限由十年延长为十五年，自申请日起计算。",
                source="专利法（2020年修正）第四十二条",
            ),
            EN: QuestionText(
                prompt="How long does a design patent last in China?",
                choices=("10 years", "20 years", "15 years", "50 years"),
                explanation="The 2020 amendment of the Patent Law extended the design patent "
                "term from 10 to 15 years, counted from the filing date.",
                source="Patent Law (2020 amendment), Art. 42",
            ),
        },
    ),
    Question(
        id="pat-three-kinds",
        category="patents",
        type=QuestionType.MULTIPLE,
        difficulty=1,
        jurisdiction="CN",
        tags=("basics",),
        correct=frozenset({0, 1, 3}),
        citations=(Citation("patent-law@2020", ("2",)),),
        texts={
            ZH: QuestionText(
                prompt='我国专利法保护的"发明创造"包括哪些？',
                choices=("发明", "实用新型", "商业方法规则", "外观设计"),
                explanation="专利法第二条规定，发明创造是指发明、实用新型和外观设计三种。",
                source="专利法（2020年修正）第二条",
            ),
            EN: QuestionText(
                prompt='Which kinds of "invention-creation" does China\'s Patent Law protect?',
                choices=("Inventions", "Utility models", "Rules for doing business", "Designs"),
                explanation="Article 2 names exactly three kinds of invention-creation - "
                "inventions, utility models and designs.",
                source="Patent Law (2020 amendment), Art. 2",
            ),
        },
    ),
    Question(
        id="cr-no-registration",
        category="copyright",
        type=QuestionType.TRUE_FALSE,
        difficulty=1,
        jurisdiction="CN",
        tags=("basics", "registration"),
        correct=frozenset({1}),
        citations=(
            Citation("copyright-law@2020", ("2", "12")),
            Citation("copyright-regulations@2013", ("6",)),
        ),
        texts={
            ZH: QuestionText(
                prompt="作品必须先登记才能享有著作权。",
                explanation="著作权自作品创作完成之日起自动产生，不论是否发表；作品登记是自愿的，不是取得著作权的条件。",
                source="著作权法（2020年修正）第二条、第十二条",
            ),
            EN: QuestionText(
                prompt="A work must be registered before it is protected by copyright.",
                explanation="Copyright arises automatically when a work is created, published "
                "or not; registering it is optional.",
                source="Copyright Law (2020 amendment), Arts. 2 and 12",
            ),
        },
    ),
)


def sheet_csv(rows: list[list[str]], *, delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


def sheet_xlsx(rows: list[list[object]], *, title: str = "Sheet", before: str = "") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if before:  # an extra first sheet the reader should pass over
        sheet.title = before
        sheet.append(["not", "the", "questions"])
        sheet = book.create_sheet(title)
    else:
        sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_row(**cells: str) -> list[str]:
    return [cells.get(h, "") for h in HEADER]


def messages(result: ReadResult) -> list[str]:
    return [str(p) for p in result.problems]


GOOD = csv_row(
    id="q1", type="single", answer="B", prompt_en="Pick", choice_a_en="x", choice_b_en="y"
)


# --- the templates -------------------------------------------------------------------


def test_template_files_come_from_the_writer() -> None:
    csv_data = write_csv(EXAMPLES, CATEGORIES, lang=EN)
    if os.environ.get("IPQUIZ_WRITE_TEMPLATES"):
        TEMPLATES.mkdir(parents=True, exist_ok=True)
        (TEMPLATES / "questions-template.csv").write_bytes(csv_data)
        (TEMPLATES / "questions-template.xlsx").write_bytes(
            write_xlsx(EXAMPLES, CATEGORIES, lang=EN)
        )
    assert (TEMPLATES / "questions-template.csv").read_bytes() == csv_data
    for reader, suffix in ((read_csv, "csv"), (read_xlsx, "xlsx")):
        name = f"questions-template.{suffix}"
        back = reader((TEMPLATES / name).read_bytes(), name=name)
        assert back.ok, messages(back)
        assert back.questions == EXAMPLES
        # bilingual rows: the language of a category name is guessed from the name
        assert {c.id: dict(c.names) for c in back.categories} == {
            "patents": {EN: "Patents"},
            "copyright": {EN: "Copyright"},
        }


def test_the_template_columns_are_documented() -> None:
    doc = (REPO / "docs" / "spreadsheet-template.md").read_text(encoding="utf-8")
    for column in COLUMNS:
        if column.key.startswith("choice_") and column.key[7] not in "ab":
            continue  # the doc lists choice_a / choice_b and says 'through f'
        assert f"`{column.key}`" in doc
        assert column.zh in doc


# --- encodings and delimiters --------------------------------------------------------

ZH_ROWS = [
    ["编号", "题型", "答案", "中文题干", "中文选项A", "中文选项B"],
    ["z1", "单选", "A", "商标注册的有效期是几年？", "十年", "二十年"],
]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030", "gbk"])
def test_reads_utf8_with_or_without_bom_and_gbk(encoding: str) -> None:
    result = read_csv(sheet_csv(ZH_ROWS, encoding=encoding), name="zh.csv")
    assert result.ok, messages(result)
    (q,) = result.questions
    assert q.texts[ZH].prompt == "商标注册的有效期是几年？"
    assert q.texts[ZH].choices == ("十年", "二十年")
    assert q.languages == (ZH,)


def test_reads_utf16_as_excel_saves_unicode_text() -> None:
    data = sheet_csv(ZH_ROWS, delimiter="\t", encoding="utf-16")
    assert read_csv(data, name="zh.txt").questions[0].id == "z1"


def test_an_explicit_encoding_is_used_and_a_wrong_one_is_a_problem() -> None:
    data = sheet_csv(ZH_ROWS, encoding="gb18030")
    assert read_csv(data, name="zh.csv", encoding="gb18030").ok
    wrong = read_csv(data, name="zh.csv", encoding="ascii")
    assert wrong.problems[0].file == "zh.csv"
    assert "not ascii text" in wrong.problems[0].message
    assert not wrong.questions
    unknown = read_csv(data, name="zh.csv", encoding="klingon-8")
    assert messages(unknown) == ["zh.csv:1: unknown text encoding 'klingon-8'"]
    mojibake = read_csv(sheet_csv(ZH_ROWS), name="zh.csv", encoding="latin-1")
    assert not mojibake.ok  # decodes, but the headers make no sense
    assert "unknown column" in mojibake.problems[0].message


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_sniffed(delimiter: str) -> None:
    rows = [HEADER, csv_row(id="q1", type="multiple", answer="A;C", prompt_en="Pick, then")]
    rows[1][6:9] = ["x", "y", "z"]
    (q,) = read_csv(sheet_csv(rows, delimiter=delimiter), name="d.csv").questions
    assert q.correct == {0, 2}
    assert q.texts[EN].prompt == "Pick, then"


def test_excel_sep_hint_line_is_honoured() -> None:
    data = b"sep=;\r\n" + sheet_csv([HEADER, GOOD], delimiter=";")
    result = read_csv(data, name="s.csv")
    assert result.ok, messages(result)
    assert [q.id for q in result.questions] == ["q1"]


def test_chinese_headers_any_order_case_and_spaces() -> None:
    rows = [
        ["答案", " Prompt EN ", "中文题干", "Choice_A_EN", "中文选项A", "choice b en", "中文选项B"],
        ["B", "Which?", "哪个？", "x", "甲", "y", "乙"],
    ]
    (q,) = read_csv(sheet_csv(rows), name="mixed.csv").questions
    assert q.correct == {1}
    assert q.texts[EN].choices == ("x", "y")
    assert q.texts[ZH].choices == ("甲", "乙")


# --- header and row problems ---------------------------------------------------------


def test_header_problems_name_the_column() -> None:
    rows = [[*HEADER, "points", "答案"], GOOD]
    assert messages(read_csv(sheet_csv(rows), name="h.csv")) == [
        "h.csv:1: unknown column 'points' (column K)",
        "h.csv:1: column '答案' repeats column 'answer'",
    ]
    no_answer = read_csv(sheet_csv([["id", "prompt_en"], ["q", "P"]]), name="h.csv")
    assert messages(no_answer) == ["h.csv:1: missing column 'answer' (答案)"]
    assert "missing column 'prompt_zh'" in messages(read_csv(b"id,answer\n", name="h.csv"))[0]


def test_empty_rows_are_ignored_and_row_numbers_count_them() -> None:
    rows = [
        HEADER,
        GOOD,
        [""] * len(HEADER),
        ["", " "],
        csv_row(id="q2", answer="E", prompt_en="P"),
    ]
    rows[4][6:8] = ["x", "y"]
    result = read_csv(sheet_csv(rows), name="questions.csv")
    assert messages(result) == ["questions.csv:5: answer 'E' is not among the choices"]
    assert [q.id for q in result.questions] == ["q1"]


def test_an_empty_file_is_a_problem() -> None:
    assert messages(read_csv(b"", name="e.csv")) == [
        "e.csv:1: the sheet is empty: its first row should name the columns"
    ]
    assert not read_csv(b"\xef\xbb\xbf\r\n,,\r\n", name="e.csv").ok


ROW_PROBLEMS = {
    "single-several": (
        dict(type="single", answer="A,B", prompt_en="P", choice_a_en="x", choice_b_en="y"),
        "answer 'A,B' names several choices but type is single: use multiple",
    ),
    "not-letters": (
        dict(answer="1", prompt_en="P", choice_a_en="x", choice_b_en="y"),
        "answer '1' must be choice letters, such as B or A,C",
    ),
    "no-answer": (dict(prompt_en="P", choice_a_en="x", choice_b_en="y"), "answer is empty"),
    "gap": (
        dict(answer="A", prompt_en="P", choice_a_en="x", choice_c_en="z"),
        "choice_b_en is empty but choice_c_en is filled",
    ),
    "one-choice": (
        dict(type="single", answer="A", prompt_en="P", choice_a_en="x"),
        "a single question needs at least two choices (choice_a_en, choice_b_en)",
    ),
    "no-prompt": (
        dict(answer="A", choice_a_en="x", choice_b_en="y"),
        "choice_a_en is filled but prompt_en is empty",
    ),
    "no-text": (dict(id="q9", answer="A"), "no question text: fill prompt_zh or prompt_en"),
    "difficulty": (
        dict(difficulty="5", answer="A", prompt_en="P", choice_a_en="x", choice_b_en="y"),
        "difficulty '5' must be 1, 2 or 3",
    ),
    "type": (
        dict(type="singel", answer="A", prompt_en="P", choice_a_en="x", choice_b_en="y"),
        "type 'singel' is unknown: use single, multiple or true_false (单选, 多选, 判断)",
    ),
    "tf-answer": (
        dict(type="true_false", answer="maybe", prompt_en="P"),
        "answer 'maybe' must be true or false (T/F, 对/错, 正确/错误)",
    ),
    "tf-choices": (
        dict(type="判断", answer="T", prompt_en="P", choice_a_en="x", choice_b_en="y"),
        "a true_false question has no choices: leave choice_a_en and the rest empty",
    ),
    "duplicate-id": (
        dict(id="Q1", answer="A", prompt_en="P", choice_a_en="x", choice_b_en="y"),
        "id 'q1' is already used on row 2",
    ),
}


@pytest.mark.parametrize("case", sorted(ROW_PROBLEMS))
def test_row_problems_say_row_and_column(case: str) -> None:
    cells, message = ROW_PROBLEMS[case]
    result = read_csv(sheet_csv([HEADER, GOOD, csv_row(**cells)]), name="t.csv")
    assert messages(result) == [f"t.csv:3: {message}"]
    assert [q.id for q in result.questions] == ["q1"]


def test_problems_use_the_headers_as_the_file_spells_them() -> None:
    rows = [ZH_ROWS[0], ["z1", "单选", "C", "题？", "甲", "乙"]]
    assert messages(read_csv(sheet_csv(rows), name="zh.csv")) == [
        "zh.csv:2: 答案 'C' is not among the choices"
    ]


def test_both_languages_need_the_same_choices() -> None:
    zh = ["prompt_zh", "choice_a_zh", "choice_b_zh", "choice_c_zh"]
    rows = [
        ["answer", *zh, "prompt_en", "choice_a_en", "choice_b_en"],
        ["A", "题", "甲", "乙", "丙", "Q", "x", "y"],
    ]
    assert messages(read_csv(sheet_csv(rows), name="b.csv")) == [
        "b.csv:2: choice_c_zh is filled but choice_c_en is empty: both languages need the same choices"
    ]


def test_a_value_under_no_header_is_a_problem() -> None:
    rows = [[*HEADER, ""], [*GOOD, "stray"]]
    assert messages(read_csv(sheet_csv(rows), name="s.csv")) == [
        "s.csv:2: column K has a value but no header"
    ]


# --- what a row may say --------------------------------------------------------------


@pytest.mark.parametrize("answer", ["A,C", "AC", "A;C", "a，c", " A、C ", "C A"])
def test_answer_letter_spellings(answer: str) -> None:
    rows = [HEADER, csv_row(type="多选", answer=answer, prompt_en="P")]
    rows[1][6:9] = ["x", "y", "z"]
    (q,) = read_csv(sheet_csv(rows), name="a.csv").questions
    assert q.type is QuestionType.MULTIPLE
    assert q.correct == {0, 2}


@pytest.mark.parametrize(
    ("answer", "index"),
    [("true", 0), ("T", 0), ("对", 0), ("正确", 0), ("FALSE", 1), ("f", 1), ("错", 1), ("错误", 1)],
)
def test_true_false_answer_spellings(answer: str, index: int) -> None:
    rows = [HEADER, csv_row(type="判断", answer=answer, prompt_en="The sky is blue.")]
    (q,) = read_csv(sheet_csv(rows), name="tf.csv").questions
    assert q.type is QuestionType.TRUE_FALSE
    assert q.correct == {index}
    assert q.texts[EN].choices == ()


def test_a_blank_type_is_taken_from_the_answer() -> None:
    rows = [HEADER]
    for answer in ("B", "A,B", "F"):
        rows.append(csv_row(answer=answer, prompt_en=f"P {answer}"))
    rows[1][6:8] = rows[2][6:8] = ["x", "y"]
    kinds = [q.type for q in read_csv(sheet_csv(rows), name="t.csv").questions]
    assert kinds == [QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE]


def test_true_false_labels_typed_as_choices_are_let_pass() -> None:
    rows = [HEADER, csv_row(type="true_false", answer="对", prompt_en="P")]
    rows[1][6:8] = ["正确", "错误"]
    (q,) = read_csv(sheet_csv(rows), name="tf.csv").questions
    assert q.texts[EN].choices == ()


def test_missing_id_and_category_defaults() -> None:
    rows = [HEADER, csv_row(answer="A", prompt_en="P"), csv_row(category="Trade Marks", answer="B")]
    rows[1][6:8] = ["x", "y"]
    rows[2][5:8] = ["Q", "x", "y"]
    result = read_csv(sheet_csv(rows), name="C:\\teacher\\Week 3.csv")
    first, second = result.questions
    assert first.id == stable_id("sheet", "P", "x", "y")
    assert first.category == category_id("Week 3")
    assert second.category == "trade-marks"
    names = {c.id: dict(c.names) for c in result.categories}
    assert names["trade-marks"] == {EN: "Trade Marks"}
    chosen = read_csv(sheet_csv(rows), name="w.csv", category="Patents")
    assert [q.category for q in chosen.questions] == ["patents", "patents"]


def test_ids_are_made_safe_and_difficulty_words_are_read() -> None:
    rows = [HEADER, csv_row(id=" Q 7/A ", difficulty="hard", answer="A", prompt_en="P")]
    rows[1][6:8] = ["x", "y"]
    (q,) = read_csv(sheet_csv(rows), name="i.csv").questions
    assert (q.id, q.difficulty) == ("q-7-a", 3)


def test_category_names_take_the_rows_language() -> None:
    rows = [ZH_ROWS[0] + ["分类"], [*ZH_ROWS[1], "商标"]]
    result = read_csv(sheet_csv(rows), name="c.csv")
    assert [dict(c.names) for c in result.categories] == [{ZH: "商标"}]


def test_html_and_script_become_plain_text() -> None:
    rows = [HEADER, csv_row(answer="A", explanation_en="<p>Because</p><p>&amp; so</p>")]
    rows[1][5:8] = ["<b>Bold</b> <script>alert(1)</script>question", "<i>x</i>", "y &lt; z"]
    (q,) = read_csv(sheet_csv(rows), name="h.csv").questions
    assert q.texts[EN].prompt == "Bold question"
    assert q.texts[EN].choices == ("x", "y < z")
    assert q.texts[EN].explanation == "Because\n& so"


@pytest.mark.parametrize("kind", ["essay", "填空题", "Short Answer"])
def test_unsupported_types_are_skipped_with_their_row(kind: str) -> None:
    rows = [HEADER, GOOD, csv_row(type=kind, prompt_en="Describe the first-to-file rule")]
    result = read_csv(sheet_csv(rows), name="s.csv")
    assert result.ok
    assert [str(p) for p in result.skipped] == [
        f"s.csv:3: skipped {kind} question 'Describe the first-to-file rule': not supported"
    ]
    assert [q.id for q in result.questions] == ["q1"]


# --- hostile and damaged files ---------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reader", "message"),
    [
        (b"\x00\x01\x02\xff\xfe junk \x00" * 20, read_csv, "binary data"),
        (b"\x81\x30\xff\xff\x00", read_csv, "binary data"),
        (b"\xff\x80\x81\xfe" * 10, read_csv, "not UTF-8 or GB18030/GBK text"),
        (b'id,answer,prompt_en\nq,A,"never closed\n', read_csv, "not valid CSV"),
        (b"PK\x03\x04rest", read_csv, "Excel workbook"),
        (b"this is not a zip file at all", read_xlsx, "not a zip file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, read_xlsx, "old .xls"),
        (b"PK\x03\x04\x14\x00cut", read_xlsx, "damaged or cut short"),
    ],
)
def test_garbage_is_a_problem_not_a_crash(
    data: bytes, reader: Callable[..., ReadResult], message: str
) -> None:
    result = reader(data, name="bad")
    assert result.problems
    assert message in result.problems[0].message
    assert all(p.file == "bad" for p in result.problems)
    assert not result.questions


def test_truncated_and_foreign_zips_are_problems() -> None:
    good = write_xlsx(EXAMPLES, CATEGORIES, lang=EN)
    assert "damaged" in read_xlsx(good[: len(good) // 2], name="t.xlsx").problems[0].message
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "not an Excel" in read_xlsx(out.getvalue(), name="z.xlsx").problems[0].message
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert (
        "cannot read the workbook" in read_xlsx(out.getvalue(), name="z.xlsx").problems[0].message
    )


# --- XLSX specifics --------------------------------------------------------------------


def test_xlsx_numbers_booleans_and_the_questions_sheet() -> None:
    rows: list[list[object]] = [
        ["ID", "Difficulty", "Type", "Answer", "Prompt_EN", "Choice_A_EN", "Choice_B_EN"],
        [12, 2.0, "single", "B", "P", 10, 20.5],
        [13.0, 3, None, True, "Registered?", None, None],
    ]
    result = read_xlsx(sheet_xlsx(rows, title="题目", before="notes"), name="n.xlsx")
    assert result.ok, messages(result)
    first, second = result.questions
    assert (first.id, first.difficulty, first.texts[EN].choices) == ("12", 2, ("10", "20.5"))
    assert (second.id, second.type, second.correct) == (
        "13",
        QuestionType.TRUE_FALSE,
        frozenset({0}),
    )


def test_xlsx_problems_give_the_row_excel_shows() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["answer", "prompt_en", "choice_a_en", "choice_b_en"])
    for column, value in enumerate(["C", "P", "x", "y"], start=1):
        sheet.cell(row=6, column=column, value=value)
    out = io.BytesIO()
    book.save(out)
    assert messages(read_xlsx(out.getvalue(), name="gap.xlsx")) == [
        "gap.xlsx:6: answer 'C' is not among the choices"
    ]


def test_control_characters_xml_cannot_hold_are_dropped_before_neutralising() -> None:
    text = dataclasses.replace(EXAMPLES[0].texts[EN], prompt="\x01=1+1")
    q = dataclasses.replace(EXAMPLES[0], texts={EN: text})
    (back,) = read_xlsx(write_xlsx([q], CATEGORIES, lang=EN), name="c.xlsx").questions
    assert back.texts[EN].prompt == "=1+1"


def test_written_xlsx_is_teacher_friendly_and_safe() -> None:
    q = dataclasses.replace(
        EXAMPLES[0],
        texts={EN: dataclasses.replace(EXAMPLES[0].texts[EN], prompt='=HYPERLINK("x")')},
    )
    book = openpyxl.load_workbook(io.BytesIO(write_xlsx([q], CATEGORIES, lang=EN)))
    sheet = book["questions"]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.column_dimensions["A"].width == 18
    prompt = sheet.cell(row=2, column=[c.value for c in sheet[1]].index("prompt_en") + 1)
    assert prompt.data_type == "s"
    assert prompt.value == '\'=HYPERLINK("x")'
    assert read_xlsx(write_xlsx([q], CATEGORIES, lang=EN), name="x.xlsx").questions == (q,)


def test_written_csv_neutralises_formulas_and_has_a_bom() -> None:
    q = dataclasses.replace(
        EXAMPLES[0], texts={EN: dataclasses.replace(EXAMPLES[0].texts[EN], prompt="-1 or +1?")}
    )
    data = write_csv([q], CATEGORIES, lang=ZH)
    assert data.startswith(b"\xef\xbb\xbfid,category,")
    assert b",'-1 or +1?," in data
    assert "专利" in data.decode("utf-8-sig")
    (back,) = read_csv(data, name="x.csv").questions
    assert back.texts == q.texts


# --- round trips ---------------------------------------------------------------------


def test_neutralize_and_restore_are_inverse() -> None:
    for text in ["=1+2", "'=1", "''@x", "-", "'", "plain", "'quoted", "\tx", ""]:
        assert restore(neutralize(text)) == text
        assert not neutralize(text).startswith(("=", "+", "-", "@", "\t", "\r"))
    assert neutralize(3) == 3
    assert restore("'=SUM(A1)") == "=SUM(A1)"
    assert restore("'hello") == "'hello"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_neutralize_round_trips_any_text(text: str) -> None:
    assert restore(neutralize(text)) == text


text_st = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn")), min_size=1, max_size=30
    )
    .map(plain_text)
    .filter(lambda t: bool(t) and plain_text(t) == t)
)
risky_st = st.one_of(text_st, text_st.map(lambda t: "=" + t), text_st.map(lambda t: "'-" + t))


@st.composite
def questions(draw: st.DrawFn) -> Question:
    """What a row carries: no weights, no per-choice feedback, no empty choices."""
    qtype = draw(st.sampled_from(list(QuestionType)))
    n = 2 if qtype is QuestionType.TRUE_FALSE else draw(st.integers(2, 8))
    if qtype is QuestionType.MULTIPLE:
        correct = draw(st.frozensets(st.integers(0, n - 1), min_size=1))
    else:
        correct = frozenset({draw(st.integers(0, n - 1))})
    langs = draw(st.sampled_from([(ZH, EN), (ZH,), (EN,)]))
    plain = qtype is QuestionType.TRUE_FALSE
    texts = {
        lang: QuestionText(
            prompt=draw(risky_st),
            choices=() if plain else tuple(draw(risky_st) for _ in range(n)),
            explanation=draw(st.one_of(st.just(""), risky_st)),
            source=draw(st.one_of(st.just(""), text_st)),
        )
        for lang in langs
    }
    return Question(
        id=draw(st.from_regex(r"[a-z](-?[a-z0-9]){0,10}", fullmatch=True)),
        category=draw(st.sampled_from(sorted(CATEGORIES))),
        type=qtype,
        difficulty=draw(st.integers(1, 3)),
        texts=texts,
        correct=correct,
        tags=tuple(draw(st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), max_size=3))),
        jurisdiction=draw(st.sampled_from(["", "CN", "international"])),
    )


question_lists = st.lists(questions(), min_size=1, max_size=4, unique_by=lambda q: q.id)


@settings(max_examples=100, deadline=None)
@given(question_lists)
def test_csv_round_trip(qs: list[Question]) -> None:
    back = read_csv(write_csv(qs, CATEGORIES, lang=EN), name="x.csv")
    assert back.ok, messages(back)
    assert back.questions == tuple(qs)


@settings(max_examples=40, deadline=None)
@given(question_lists)
def test_xlsx_round_trip(qs: list[Question]) -> None:
    back = read_xlsx(write_xlsx(qs, CATEGORIES, lang=EN), name="x.xlsx")
    assert back.ok, messages(back)
    assert back.questions == tuple(qs)


def test_chinese_category_names_round_trip_by_name() -> None:
    for write, read in ((write_csv, read_csv), (write_xlsx, read_xlsx)):
        back = read(write(EXAMPLES, CATEGORIES, lang=ZH), name="zh")
        names = {c.id: c.name(ZH) for c in back.categories}
        assert [names[q.category] for q in back.questions] == ["专利", "专利", "著作权"]
        assert [
            dataclasses.replace(q, category=o.category)
            for q, o in zip(back.questions, EXAMPLES, strict=True)
        ] == list(EXAMPLES)
