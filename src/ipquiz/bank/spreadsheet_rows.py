"""Reading a spreadsheet's rows into questions: the header row names the columns,
and every later row is checked cell by cell and becomes one question or one
problem naming the row and column. It is the same for CSV and XLSX, so it lives
apart from the code that gets the rows out of either file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PureWindowsPath

from ipquiz.bank.interchange import ReadCollector, guess_language, plain_text, stable_id
from ipquiz.bank.spreadsheet_columns import HEADERS, SUFFIX, column_letter, norm
from ipquiz.domain.language import EN, LANGUAGES, ZH
from ipquiz.domain.laws import CitationError, parse_citations
from ipquiz.domain.question import CHOICE_LETTERS, Question, QuestionText, QuestionType
from ipquiz.domain.spreadsheet_cells import restore

__all__ = ["read_rows"]

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
        norm,
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


def read_rows(
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
        key = HEADERS.get(norm(text))
        if key is None:
            c.problem(line, f"unknown column '{text}' (column {column_letter(pos)})")
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


def _read_row(sheet: _Sheet, line: int, raw: Sequence[str]) -> None:
    cells: dict[str, str] = {}
    for pos, value in enumerate(raw):
        text = restore(value.strip())
        if not text:
            continue
        if pos not in sheet.keys:
            raise _RowError(f"column {column_letter(pos)} has a value but no header")
        cells[sheet.keys[pos]] = text
    label = sheet.label
    raw_type = cells.get("type", "")
    if norm(raw_type) in _UNSUPPORTED:
        prompt = cells.get("prompt_zh") or cells.get("prompt_en") or ""
        title = cells.get("id") or " ".join(plain_text(prompt).split()[:8])[:60]
        sheet.collector.skip(line, f"skipped {raw_type} question '{title}': not supported")
        return
    if raw_type and norm(raw_type) not in _TYPES:
        raise _RowError(
            f"{label('type')} '{raw_type}' is unknown: use single, multiple or true_false"
            " (单选, 多选, 判断)"
        )
    texts = {lang: t for lang in LANGUAGES if (t := _language_text(sheet, cells, lang))}
    if not texts:
        raise _RowError(f"no question text: fill {label('prompt_zh')} or {label('prompt_en')}")
    answer = cells.get("answer", "")
    qtype = _TYPES[norm(raw_type)] if raw_type else _guess_type(texts, answer)
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
        citations = parse_citations(plain_text(cells.get("law", "")))
    except CitationError as exc:
        raise _RowError(f"{label('law')}: {exc}") from exc
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
            citations=citations,
        )
    except ValueError as exc:  # the checks above should leave nothing for the model to refuse
        raise _RowError(str(exc)) from exc
    sheet.seen[qid] = line
    sheet.collector.questions.append(question)


def _language_text(sheet: _Sheet, cells: Mapping[str, str], lang: str) -> QuestionText | None:
    """The row's text in `lang`, or None when the row leaves that language empty."""
    s = SUFFIX[lang]
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
    if norm(answer) in _TRUE_FALSE and all(norm(ch) in _TRUE_FALSE for ch in choices):
        return QuestionType.TRUE_FALSE
    found = _answer_letters(answer) or ""
    return QuestionType.MULTIPLE if len(set(found)) > 1 else QuestionType.SINGLE


def _without_choices(sheet: _Sheet, lang: str, text: QuestionText) -> QuestionText:
    """True/false rows have no choices; 对/错 or True/False typed into them are let pass."""
    if not all(norm(choice) in _TRUE_FALSE for choice in text.choices):
        first = sheet.label(f"choice_a_{SUFFIX[lang]}")
        raise _RowError(f"a true_false question has no choices: leave {first} and the rest empty")
    return QuestionText(text.prompt, (), text.explanation, text.source)


def _choice_count(sheet: _Sheet, texts: Mapping[str, QuestionText], qtype: QuestionType) -> int:
    counts = {lang: len(t.choices) for lang, t in texts.items()}
    if len(set(counts.values())) > 1:
        more, fewer = sorted(counts, key=counts.__getitem__, reverse=True)
        x = CHOICE_LETTERS[counts[fewer]].lower()
        filled = sheet.label(f"choice_{x}_{SUFFIX[more]}")
        empty = sheet.label(f"choice_{x}_{SUFFIX[fewer]}")
        raise _RowError(
            f"{filled} is filled but {empty} is empty: both languages need the same choices"
        )
    count = next(iter(counts.values()))
    if count < 2:
        s = SUFFIX[next(iter(texts))]
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
        value = _TRUE_FALSE.get(norm(raw))
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
    if norm(raw) in _DIFFICULTY:
        return _DIFFICULTY[norm(raw)]
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
