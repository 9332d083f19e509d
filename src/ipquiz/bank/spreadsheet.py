"""Spreadsheets (CSV and XLSX): one row per question, a template teachers fill in
Excel or WPS. docs/spreadsheet-template.md documents the columns.

A row fills the Chinese columns, the English columns or both; the answer is given
once, by letter, so the languages cannot disagree. Headers may be English or
Chinese, in any order. Every problem names the row (the header is row 1) and the
column as the file spells it.

Writing puts every language a question has into its own columns (a row has room
for both); `lang` only decides which category names are written. Not carried:
partial-credit weights, per-choice feedback, `source_url` and `checked`. Choices
cannot be empty (an empty cell ends the choices), tags cannot hold commas or
semicolons, and there are at most eight choices (the template shows six).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PureWindowsPath

from ipquiz.bank.interchange import (
    MAX_FILE_BYTES,
    ReadCollector,
    ReadResult,
    decode_text,
    guess_language,
    plain_text,
    stable_id,
)
from ipquiz.domain.language import EN, LANGUAGES, ZH
from ipquiz.domain.question import (
    CHOICE_LETTERS,
    Category,
    Question,
    QuestionText,
    QuestionType,
    letters,
)
from ipquiz.domain.spreadsheet_cells import neutralize, restore


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the English header, e.g. 'choice_a_zh'
    zh: str  # the Chinese header, e.g. '中文选项A'
    width: int  # characters, in the written workbook


TEMPLATE_CHOICES = 6
_SUFFIX = {ZH: "zh", EN: "en"}
_LANG_NAME = {ZH: "中文", EN: "英文"}


def _language_columns(lang: str, choices: int) -> list[Column]:
    s, z = _SUFFIX[lang], _LANG_NAME[lang]
    return [
        Column(f"prompt_{s}", f"{z}题干", 50),
        *(Column(f"choice_{x.lower()}_{s}", f"{z}选项{x}", 22) for x in CHOICE_LETTERS[:choices]),
        Column(f"explanation_{s}", f"{z}解析", 50),
        Column(f"source_{s}", f"{z}出处", 30),
    ]


def columns(choices: int = TEMPLATE_CHOICES) -> tuple[Column, ...]:
    """The header row, in order, with room for `choices` choices per language."""
    # 'id' stays lower-case: Excel takes a text file starting with 'ID' for SYLK.
    return (
        Column("id", "编号", 18),
        Column("category", "分类", 16),
        Column("type", "题型", 11),
        Column("difficulty", "难度", 9),
        Column("answer", "答案", 9),
        *_language_columns(ZH, choices),
        *_language_columns(EN, choices),
        Column("tags", "标签", 20),
        Column("jurisdiction", "法域", 13),
    )


COLUMNS = columns()


def _norm(text: str) -> str:
    """Headers and keywords compare without case, spaces, '_' or '-' (full width too)."""
    return re.sub(r"[\s_\-/]+", "", unicodedata.normalize("NFKC", text)).casefold()


_HEADERS = {
    _norm(name): col.key for col in columns(len(CHOICE_LETTERS)) for name in (col.key, col.zh)
}
_TYPES = {
    **dict.fromkeys(("single", "singlechoice", "单选", "单选题"), QuestionType.SINGLE),
    **dict.fromkeys(
        ("multiple", "multiplechoice", "multi", "多选", "多选题", "不定项"), QuestionType.MULTIPLE
    ),
    **dict.fromkeys(("truefalse", "tf", "判断", "判断题", "是非题"), QuestionType.TRUE_FALSE),
}
#: Types other formats know; rows of these are skipped (reported), not refused.
_UNSUPPORTED = frozenset(
    map(
        _norm,
        (
            *("essay", "short_answer", "numerical", "matching", "cloze", "description"),
            *("填空", "填空题", "简答", "简答题", "问答", "问答题", "论述", "论述题"),
            *("计算", "计算题", "匹配", "匹配题", "排序", "排序题", "fill_in_the_blank"),
        ),
    )
)
_TRUE_FALSE = {
    **dict.fromkeys(("true", "t", "yes", "y", "对", "正确", "是", "√", "✓"), True),
    **dict.fromkeys(("false", "f", "no", "n", "错", "错误", "否", "×", "✗"), False),
}
_DIFFICULTY = {
    **dict.fromkeys(("easy", "易", "容易", "简单"), 1),
    **dict.fromkeys(("medium", "中", "中等", "一般"), 2),
    **dict.fromkeys(("hard", "难", "困难", "较难"), 3),
}
_LIST_SEPARATORS = re.compile(r"[,;，；、]+")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the pre-2007 .xls format
#: A workbook unpacks to about ten times its size; far more is a zip bomb.
_MAX_UNPACKED = 16 * MAX_FILE_BYTES
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class _RowError(Exception):
    """One problem with a row; the row is then left out."""


@dataclass(slots=True)
class _Sheet:
    """A sheet being read: its header, and what earlier rows used."""

    collector: ReadCollector
    category: str | None  # the caller's category, for every row
    file_category: str  # for rows that leave the category empty
    keys: dict[int, str] = field(default_factory=dict)  # cell position -> column key
    labels: dict[str, str] = field(default_factory=dict)  # column key -> header as written
    seen: dict[str, int] = field(default_factory=dict)  # question id -> row

    def label(self, key: str) -> str:
        return self.labels.get(key, key)


# --- reading -----------------------------------------------------------------------


def read_csv(
    data: bytes, *, name: str, category: str | None = None, encoding: str | None = None
) -> ReadResult:
    collector = ReadCollector(name)
    text = _decode(data, encoding, collector)
    if text is not None:
        rows = _csv_rows(text, collector)
        if rows is not None:
            _read_rows(rows, collector, category)
    return collector.result()


def read_xlsx(
    data: bytes, *, name: str, category: str | None = None, encoding: str | None = None
) -> ReadResult:
    """`encoding` is ignored: a workbook says its own."""
    collector = ReadCollector(name)
    rows = _xlsx_rows(data, collector)
    if rows is not None:
        _read_rows(rows, collector, category)
    return collector.result()


def _decode(data: bytes, encoding: str | None, c: ReadCollector) -> str | None:
    if data.startswith(b"PK\x03\x04") or data.startswith(_OLE_MAGIC):
        c.problem(1, "this is an Excel workbook, not CSV text: import it as .xlsx")
        return None
    return decode_text(data, c, encoding=encoding, kind="CSV")


def _csv_rows(text: str, c: ReadCollector) -> list[tuple[int, list[str]]] | None:
    first, _, rest = text.partition("\n")
    delimiter = None
    if re.fullmatch(r"sep=.\r?", first, flags=re.IGNORECASE):  # Excel's delimiter hint line
        delimiter, text = first[4], rest
    delimiter = delimiter or _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        for number, row in enumerate(reader, start=1):
            rows.append((number, row))
    except csv.Error as exc:
        c.problem(len(rows) + 1, f"not valid CSV: {exc}")
        return None
    return rows


def _sniff(text: str) -> str:
    """The delimiter that makes the most known headers of the first non-empty line."""
    line = next((ln for ln in text[:65536].splitlines() if ln.strip()), "")

    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([line], delimiter=delimiter), [])
        return sum(_norm(h) in _HEADERS for h in cells), len(cells)

    return max((",", ";", "\t"), key=score)


def _xlsx_rows(data: bytes, c: ReadCollector) -> list[tuple[int, list[str]]] | None:
    if len(data) > MAX_FILE_BYTES:
        c.problem(1, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
        return None
    if data.startswith(_OLE_MAGIC):
        c.problem(1, "this is an old .xls workbook: save it as .xlsx (Excel Workbook) or CSV")
        return None
    if not data.startswith(b"PK\x03\x04"):
        c.problem(1, "not an Excel .xlsx workbook (it is not a zip file)")
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        c.problem(1, f"the workbook is damaged or cut short: {exc}")
        return None
    if "[Content_Types].xml" not in {m.filename for m in members}:
        c.problem(1, "a zip file, but not an Excel .xlsx workbook")
        return None
    if sum(m.file_size for m in members) > _MAX_UNPACKED:
        c.problem(1, "the workbook unpacks to far more data than a question sheet holds")
        return None
    import openpyxl  # only here: start-up should not pay for it

    try:
        # A damaged workbook can fail anywhere inside openpyxl, with many exception
        # types; whatever it raises is a problem with the file, so it is reported.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. "no default style": harmless here
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                if not book.worksheets:
                    c.problem(1, "the workbook has no worksheet")
                    return None
                sheets = {s.title.strip().casefold(): s for s in book.worksheets}
                sheet = sheets.get("questions") or sheets.get("题目") or book.worksheets[0]
                sheet.reset_dimensions()  # trust the cells, not a size the file claims
                values = sheet.iter_rows(values_only=True)
                return [(n, [_cell_text(v) for v in row]) for n, row in enumerate(values, 1)]
            finally:
                book.close()
    except Exception as exc:
        c.problem(1, f"cannot read the workbook: {type(exc).__name__}: {exc}")
        return None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores every number as a float: 2.0 means 2
    return str(value)


def _read_rows(
    rows: Iterable[tuple[int, Sequence[str]]], c: ReadCollector, category: str | None
) -> None:
    """The first non-empty row names the columns; every later non-empty row is a question."""
    sheet = _Sheet(c, category, PureWindowsPath(c.name).stem or "imported")
    header_seen = False
    for line, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue
        if not header_seen:
            header_seen = True
            if not _read_header(sheet, line, cells):
                return  # every row would fail the same way
            continue
        try:
            _read_row(sheet, line, cells)
        except _RowError as exc:
            c.problem(line, str(exc))
    if not header_seen:
        c.problem(1, "the sheet is empty: its first row should name the columns")


def _read_header(sheet: _Sheet, line: int, cells: Sequence[str]) -> bool:
    c = sheet.collector
    before = len(c.problems)
    for pos, raw in enumerate(cells):
        text = " ".join(raw.split())
        if not text:
            continue
        key = _HEADERS.get(_norm(text))
        if key is None:
            c.problem(line, f"unknown column '{text}' (column {_letter(pos)})")
        elif key in sheet.labels:
            c.problem(line, f"column '{text}' repeats column '{sheet.labels[key]}'")
        else:
            sheet.keys[pos] = key
            sheet.labels[key] = text
    if len(c.problems) == before:
        if "answer" not in sheet.labels:
            c.problem(line, "missing column 'answer' (答案)")
        if not {"prompt_zh", "prompt_en"} & sheet.labels.keys():
            c.problem(line, "missing column 'prompt_zh' (中文题干) or 'prompt_en' (英文题干)")
    return len(c.problems) == before


def _letter(pos: int) -> str:
    """0 -> 'A', 26 -> 'AA': the column letters Excel shows."""
    name, n = "", pos + 1
    while n:
        n, rest = divmod(n - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _read_row(sheet: _Sheet, line: int, raw: Sequence[str]) -> None:
    cells: dict[str, str] = {}
    for pos, value in enumerate(raw):
        text = restore(value.strip())
        if not text:
            continue
        if pos not in sheet.keys:
            raise _RowError(f"column {_letter(pos)} has a value but no header")
        cells[sheet.keys[pos]] = text
    label = sheet.label
    raw_type = cells.get("type", "")
    if _norm(raw_type) in _UNSUPPORTED:
        prompt = cells.get("prompt_zh") or cells.get("prompt_en") or ""
        title = cells.get("id") or " ".join(plain_text(prompt).split()[:8])[:60]
        sheet.collector.skip(line, f"skipped {raw_type} question '{title}': not supported")
        return
    if raw_type and _norm(raw_type) not in _TYPES:
        raise _RowError(
            f"{label('type')} '{raw_type}' is unknown: use single, multiple or true_false"
            " (单选, 多选, 判断)"
        )
    texts = {lang: t for lang in LANGUAGES if (t := _language_text(sheet, cells, lang))}
    if not texts:
        raise _RowError(f"no question text: fill {label('prompt_zh')} or {label('prompt_en')}")
    answer = cells.get("answer", "")
    qtype = _TYPES[_norm(raw_type)] if raw_type else _guess_type(texts, answer)
    if qtype is QuestionType.TRUE_FALSE:
        texts = {lang: _without_choices(sheet, lang, t) for lang, t in texts.items()}
        count = 2
    else:
        count = _choice_count(sheet, texts, qtype)
    correct = _read_answer(sheet, answer, qtype, count)
    difficulty = _read_difficulty(sheet, cells.get("difficulty", ""))
    qid = _question_id(sheet, cells.get("id", ""), texts)
    category = sheet.category or plain_text(cells.get("category", "")) or sheet.file_category
    category_lang = next(iter(texts)) if len(texts) == 1 else guess_language(category)
    tags = _LIST_SEPARATORS.split(plain_text(cells.get("tags", "")))
    try:
        question = Question(
            id=qid,
            category=sheet.collector.category(category, category_lang),
            type=qtype,
            difficulty=difficulty,
            texts=texts,
            correct=correct,
            tags=tuple(t.strip() for t in tags if t.strip()),
            jurisdiction=plain_text(cells.get("jurisdiction", "")),
        )
    except ValueError as exc:  # the checks above should leave nothing for the model to refuse
        raise _RowError(str(exc)) from exc
    sheet.seen[qid] = line
    sheet.collector.questions.append(question)


def _language_text(sheet: _Sheet, cells: Mapping[str, str], lang: str) -> QuestionText | None:
    """The row's text in `lang`, or None when the row leaves that language empty."""
    s = _SUFFIX[lang]
    prompt_key = f"prompt_{s}"
    prompt = plain_text(cells.get(prompt_key, ""))
    if not prompt:
        others = [k for k in cells if k.endswith(f"_{s}") and k != prompt_key]
        if others:
            raise _RowError(
                f"{sheet.label(others[0])} is filled but {sheet.label(prompt_key)} is empty"
            )
        return None
    keys = [f"choice_{x.lower()}_{s}" for x in CHOICE_LETTERS]
    choices = [plain_text(cells.get(k, "")) for k in keys]
    while choices and not choices[-1]:
        choices.pop()
    if "" in choices:
        gap = choices.index("")
        after = next(k for k, choice in zip(keys[gap:], choices[gap:], strict=False) if choice)
        raise _RowError(f"{sheet.label(keys[gap])} is empty but {sheet.label(after)} is filled")
    return QuestionText(
        prompt=prompt,
        choices=tuple(choices),
        explanation=plain_text(cells.get(f"explanation_{s}", "")),
        source=plain_text(cells.get(f"source_{s}", "")),
    )


def _guess_type(texts: Mapping[str, QuestionText], answer: str) -> QuestionType:
    """For a blank type cell: true/false when the answer says so, else by letter count."""
    choices = [choice for t in texts.values() for choice in t.choices]
    if _norm(answer) in _TRUE_FALSE and all(_norm(ch) in _TRUE_FALSE for ch in choices):
        return QuestionType.TRUE_FALSE
    found = _answer_letters(answer) or ""
    return QuestionType.MULTIPLE if len(set(found)) > 1 else QuestionType.SINGLE


def _without_choices(sheet: _Sheet, lang: str, text: QuestionText) -> QuestionText:
    """True/false rows have no choices; 对/错 or True/False typed into them are let pass."""
    if not all(_norm(choice) in _TRUE_FALSE for choice in text.choices):
        first = sheet.label(f"choice_a_{_SUFFIX[lang]}")
        raise _RowError(f"a true_false question has no choices: leave {first} and the rest empty")
    return QuestionText(text.prompt, (), text.explanation, text.source)


def _choice_count(sheet: _Sheet, texts: Mapping[str, QuestionText], qtype: QuestionType) -> int:
    counts = {lang: len(t.choices) for lang, t in texts.items()}
    if len(set(counts.values())) > 1:
        more, fewer = sorted(counts, key=counts.__getitem__, reverse=True)
        x = CHOICE_LETTERS[counts[fewer]].lower()
        filled = sheet.label(f"choice_{x}_{_SUFFIX[more]}")
        empty = sheet.label(f"choice_{x}_{_SUFFIX[fewer]}")
        raise _RowError(
            f"{filled} is filled but {empty} is empty: both languages need the same choices"
        )
    count = next(iter(counts.values()))
    if count < 2:
        s = _SUFFIX[next(iter(texts))]
        first, second = sheet.label(f"choice_a_{s}"), sheet.label(f"choice_b_{s}")
        raise _RowError(f"a {qtype.value} question needs at least two choices ({first}, {second})")
    return count


def _answer_letters(raw: str) -> str | None:
    """'A,C', 'AC', 'A；C', 'a c' -> 'AC'; None when it is not letters."""
    found = re.sub(r"[\s,;、/|]+", "", unicodedata.normalize("NFKC", raw)).upper()
    return found if re.fullmatch(r"[A-Z]+", found) else None


def _read_answer(sheet: _Sheet, raw: str, qtype: QuestionType, count: int) -> frozenset[int]:
    label = sheet.label("answer")
    if not raw:
        raise _RowError(f"{label} is empty")
    if qtype is QuestionType.TRUE_FALSE:
        value = _TRUE_FALSE.get(_norm(raw))
        if value is None:
            raise _RowError(f"{label} '{raw}' must be true or false (T/F, 对/错, 正确/错误)")
        return frozenset({0 if value else 1})
    found = _answer_letters(raw)
    if found is None:
        raise _RowError(f"{label} '{raw}' must be choice letters, such as B or A,C")
    for x in found:
        if not 0 <= CHOICE_LETTERS.find(x) < count:
            raise _RowError(f"{label} '{x}' is not among the choices")
    if qtype is QuestionType.SINGLE and len(set(found)) > 1:
        raise _RowError(
            f"{label} '{raw}' names several choices but {sheet.label('type')} is single:"
            " use multiple"
        )
    return frozenset(CHOICE_LETTERS.index(x) for x in found)


def _read_difficulty(sheet: _Sheet, raw: str) -> int:
    if not raw:
        return 2
    if _norm(raw) in _DIFFICULTY:
        return _DIFFICULTY[_norm(raw)]
    try:
        number = float(unicodedata.normalize("NFKC", raw))
    except ValueError:
        number = 0.0
    if number not in (1.0, 2.0, 3.0):
        raise _RowError(f"{sheet.label('difficulty')} '{raw}' must be 1, 2 or 3")
    return int(number)


def _question_id(sheet: _Sheet, raw: str, texts: Mapping[str, QuestionText]) -> str:
    """The row's own id made safe (lower case, letters, digits, '-'), else one from the text."""
    folded = unicodedata.normalize("NFKC", raw).lower()
    qid = re.sub(r"[^a-z0-9-]+", "-", folded).strip("-")
    if not qid:
        first = texts.get(ZH) or texts[EN]
        qid = stable_id("sheet", first.prompt, *first.choices)
    if qid in sheet.seen:
        what = f"{sheet.label('id')} '{qid}' is" if raw else "the same question is"
        raise _RowError(f"{what} already used on row {sheet.seen[qid]}")
    return qid


# --- writing -----------------------------------------------------------------------


def write_csv(
    questions: Sequence[Question], categories: Mapping[str, Category], *, lang: str
) -> bytes:
    """UTF-8 with a BOM, which Excel and WPS need to show Chinese text in a CSV file."""
    _, rows = _table(questions, categories, lang)
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([[neutralize(v) for v in r] for r in rows])
    return out.getvalue().encode("utf-8-sig")


def write_xlsx(
    questions: Sequence[Question], categories: Mapping[str, Category], *, lang: str
) -> bytes:
    """A workbook with a bold, frozen header, sized columns and drop-downs for type and difficulty."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    cols, rows = _table(questions, categories, lang)
    book = Workbook()
    book.properties.creator = "ipquiz"
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook always has one worksheet
    sheet.title = "questions"
    for row in rows:
        sheet.append([_xlsx_value(v) for v in row])
    bold, top = Font(bold=True), Alignment(vertical="top", wrap_text=True)
    for cell in sheet[1]:
        cell.font = bold
    for data_row in sheet.iter_rows(min_row=2):
        for cell in data_row:
            cell.alignment = top
    sheet.freeze_panes = "A2"
    for number, col in enumerate(cols, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = col.width
    keys = [col.key for col in cols]
    last = max(len(rows), 1000)
    for key, options in (
        ("type", "single,multiple,true_false,单选,多选,判断"),
        ("difficulty", "1,2,3"),
    ):
        letter = get_column_letter(keys.index(key) + 1)
        # A suggestion list only: other spellings the reader accepts stay allowed.
        menu = DataValidation(
            type="list", formula1=f'"{options}"', allow_blank=True, showErrorMessage=False
        )
        menu.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(menu)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_value(value: str | int) -> str | int:
    """Neutralised text without the control characters XML cannot hold."""
    if isinstance(value, str):
        return neutralize(_XML_ILLEGAL.sub("", value))
    return value


def _table(
    questions: Sequence[Question], categories: Mapping[str, Category], lang: str
) -> tuple[tuple[Column, ...], list[list[str | int]]]:
    """The header and one row per question; choice columns beyond F only when needed."""
    most = max(
        (q.choice_count for q in questions if q.type is not QuestionType.TRUE_FALSE), default=0
    )
    if most > len(CHOICE_LETTERS):
        raise ValueError(f"a spreadsheet row holds at most {len(CHOICE_LETTERS)} choices")
    cols = columns(max(TEMPLATE_CHOICES, most))
    rows: list[list[str | int]] = [[col.key for col in cols]]
    for q in questions:
        cells = _row(q, categories, lang)
        rows.append([cells.get(col.key, "") for col in cols])
    return cols, rows


def _row(q: Question, categories: Mapping[str, Category], lang: str) -> dict[str, str | int]:
    category = categories.get(q.category)
    if q.type is QuestionType.TRUE_FALSE:
        answer = "true" if 0 in q.correct else "false"
    else:
        answer = letters(q.correct)
    cells: dict[str, str | int] = {
        "id": q.id,
        "category": category.name(lang) if category else q.category,
        "type": q.type.value,
        "difficulty": q.difficulty,
        "answer": answer,
        "tags": ", ".join(q.tags),
        "jurisdiction": q.jurisdiction,
    }
    for text_lang in LANGUAGES:
        text = q.texts.get(text_lang)
        if text is None:
            continue
        s = _SUFFIX[text_lang]
        cells[f"prompt_{s}"] = text.prompt
        for x, choice in zip(CHOICE_LETTERS, text.choices, strict=False):
            cells[f"choice_{x.lower()}_{s}"] = choice
        cells[f"explanation_{s}"] = text.explanation
        cells[f"source_{s}"] = text.source
    return cells
