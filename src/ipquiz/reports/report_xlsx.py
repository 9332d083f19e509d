"""The class report as an XLSX workbook: Summary, Students, Questions, Choices, Answers.

Headers are bold and frozen, columns sized, numbers formatted; flagged questions and
failed attempts are coloured and also say so in words (colour is never the only sign).
Sheets are streamed (openpyxl's write-only mode): memory stays flat however many answers.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import Any

from ipquiz.domain.class_report import ClassReport
from ipquiz.domain.question import CHOICE_LETTERS, Question
from ipquiz.domain.quiz import shown_letters
from ipquiz.domain.report_lines import AnswerLine, AttemptLine
from ipquiz.domain.results import Outcome, outcome
from ipquiz.domain.score_statistics import BINS
from ipquiz.domain.spreadsheet_cells import neutralize
from ipquiz.reports.report_words import flags_text, word
from ipquiz.reports.result_columns import word as outcome_word
from ipquiz.reports.xlsx_rows import Value, add_rows

DATE = "yyyy-mm-dd hh:mm"
#: Where the Answers sheet comes among the sheets (its rows are added after saving).
ANSWERS_SHEET = 5
TWO = "0.00"
ONE = "0.0"
SHARE = "0%"
#: Light fills behind flagged questions and failed attempts (text says it too).
WARN_FILL = "FFE0B2"
BAD_FILL = "FFCDD2"


def _width(text: str) -> int:
    """Chinese characters take two columns' worth of width."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in text)


def _words(lang: str, keys: str) -> list[str]:
    """The column titles of a sheet, in the report's language: `keys` are word keys
    (reports/report_words.py) separated by spaces."""
    return [word(key, lang=lang) for key in keys.split()]


class _Sheet:
    """One write-only sheet: a bold frozen header, then rows of plain or formatted cells."""

    def __init__(self, book: Any, title: str, headers: Sequence[str], widths: Sequence[int]):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self.sheet = book.create_sheet(title)
        self._cell = WriteOnlyCell
        for n, (title_, width) in enumerate(zip(headers, widths, strict=True), start=1):
            letter = get_column_letter(n)
            self.sheet.column_dimensions[letter].width = max(width, min(40, _width(title_) + 2))
        self.sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        head = []
        for title_ in headers:
            cell = WriteOnlyCell(self.sheet, value=title_)
            cell.font = bold
            head.append(cell)
        self.sheet.append(head)
        self.columns = len(headers)
        self.rows = 1

    def formatted(self, value: Any, number_format: str) -> Any:
        if value is None:
            return None
        cell = self._cell(self.sheet, value=value)
        cell.number_format = number_format
        return cell

    def append(self, values: Iterable[Any]) -> None:
        self.sheet.append([_safe(v) for v in values])
        self.rows += 1

    def colour(self, column: str, formula: str, fill: str) -> None:
        """Fill `column`'s cells where `formula` (for its first row) holds."""
        from openpyxl.formatting.rule import FormulaRule
        from openpyxl.styles import PatternFill

        if self.rows < 2:
            return
        area = f"{column}2:{column}{self.rows}"
        rule = FormulaRule(  # type: ignore[no-untyped-call]
            formula=[formula], fill=PatternFill("solid", bgColor=fill)
        )
        self.sheet.conditional_formatting.add(area, rule)

    def filter(self) -> None:
        from openpyxl.utils import get_column_letter

        self.sheet.auto_filter.ref = f"A1:{get_column_letter(self.columns)}{self.rows}"


def _safe(value: Any) -> Any:
    return _safe_text(value) if isinstance(value, str) else value


@functools.lru_cache(maxsize=4096)
def _safe_text(value: str) -> str:
    """Text that cannot run as a formula, without characters XML cannot hold (the same
    names and choice texts come back on every row: worked out once)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return neutralize(ILLEGAL_CHARACTERS_RE.sub("", value))


def _prompt(question: Question | None, lang: str) -> str:
    return question.localized(lang).prompt if question else ""


def _summary(book: Any, report: ClassReport, *, lang: str, scope: str) -> None:
    w = partial(word, lang=lang)
    sheet = _Sheet(book, w("summary"), [w("title"), ""], [44, 60])
    test = report.test
    sheet.append([w("made_at"), sheet.formatted(report.made_at, DATE)])
    sheet.append([w("scope"), scope])
    sheet.append([w("attempts"), test.attempts])
    sheet.append([w("people"), len(report.trends)])
    for key, value in (
        ("mean", test.mean),
        ("median", test.median),
        ("sd", test.sd),
        ("lowest", test.lowest),
        ("highest", test.highest),
    ):
        sheet.append([w(key), sheet.formatted(value, ONE)])
    sheet.append([w("items"), test.items or None])
    sheet.append([w("reliability"), sheet.formatted(test.reliability, TWO)])
    sheet.append([w("sem"), sheet.formatted(test.sem, ONE)])
    for note in test.notes:
        sheet.append(["", w(note)])
    sheet.append([])
    sheet.append([w("distribution"), w("attempts")])
    for band, count in enumerate(test.distribution):
        low = band * 100 // BINS
        high = 100 if band == BINS - 1 else low + 100 // BINS - 1
        sheet.append([f"{low}-{high}", count])
    sheet.append([])
    sheet.append([w("by_category"), w("facility")])
    for category, tally in report.categories.items():
        sheet.append([report.category_name(category, lang), sheet.formatted(tally.accuracy, TWO)])
    sheet.append([])
    sheet.append([w("flagged"), w("flags")])
    for q in report.flagged:
        sheet.append(
            [f"{q.question_id} {_prompt(q.question, lang)}", flags_text(q.stats.flags, lang)]
        )
    if not report.flagged:
        sheet.append([w("no_flags"), ""])
    if report.stand.lines:
        _stand(sheet, report, lang)


def _stand(sheet: _Sheet, report: ClassReport, lang: str) -> None:
    w = partial(word, lang=lang)
    sheet.append([])
    sheet.append([w("stand")])
    sheet.append([w("day"), w("station"), w("rounds"), w("visitors"), w("mean_share")])
    for line in report.stand.lines:
        sheet.append(
            [
                line.day.isoformat() if line.day else w("all_days"),
                line.station or w("whole_stand"),
                line.rounds,
                line.visitors,
                round(line.mean_share * 100, 1),
            ]
        )
    questions = {q.question_id: q.question for q in report.questions}
    for station, missed in report.stand.most_missed.items():
        sheet.append([])
        sheet.append([f"{w('most_missed')}: {station or w('whole_stand')}", w("times_missed")])
        for qid, asked, times in missed:
            sheet.append([f"{qid} {_prompt(questions.get(qid), lang)}", f"{times:g} / {asked}"])


def _students(book: Any, report: ClassReport, *, lang: str) -> None:
    w = partial(word, lang=lang)
    categories = list(report.categories)
    headers = [
        *_words(
            lang,
            "attempt person class roster_number quiz_set mode started time_taken"
            " score max_score percent passed answered correct",
        ),
        *(report.category_name(c, lang) for c in categories),
        *_words(lang, "missed trend change"),
    ]
    widths = [9, 16, 14, 9, 14, 8, 17, 10, 8, 8, 9, 10, 8, 8, *([12] * len(categories)), 30, 24, 12]
    sheet = _Sheet(book, w("students"), headers, widths)
    trend = {t.who: t for t in report.trends}
    for student in report.students:
        line = student.line
        person = trend.get(line.who)
        seconds = line.seconds
        sheet.append(
            [
                line.attempt_id,
                line.person,
                line.group,
                line.roster_number,
                line.quiz_set,
                outcome_word(line.mode, lang),
                sheet.formatted(line.started_at, DATE),
                sheet.formatted(None if seconds is None else seconds / 60, ONE),
                round(line.score, 2),
                round(line.max_score, 2),
                sheet.formatted(line.percentage / 100, SHARE),
                w("pass" if line.passed else "fail"),
                line.answered,
                line.correct,
                *(
                    sheet.formatted(t.accuracy, SHARE) if (t := student.categories.get(c)) else None
                    for c in categories
                ),
                ", ".join(student.missed),
                " → ".join(f"{p:.0f}" for p in person.percentages) if person else "",
                sheet.formatted(person.change if person else None, ONE),
            ]
        )
    sheet.colour("L", f'$L2="{w("fail")}"', BAD_FILL)
    sheet.filter()


def _questions(book: Any, report: ClassReport, *, lang: str) -> None:
    w = partial(word, lang=lang)
    headers = _words(
        lang,
        "question_id category question asked answered correct facility item_sd"
        " discrimination item_rest efficiency flags",
    )
    sheet = _Sheet(book, w("questions"), headers, [16, 12, 48, 7, 7, 7, 9, 7, 12, 12, 12, 40])
    for q in report.questions:
        s = q.stats
        sheet.append(
            [
                q.question_id,
                report.category_name(q.category, lang),
                _prompt(q.question, lang),
                s.asked,
                s.answered,
                s.correct,
                sheet.formatted(s.facility, TWO),
                sheet.formatted(s.sd, TWO),
                sheet.formatted(s.discrimination, TWO),
                sheet.formatted(s.item_rest, TWO),
                sheet.formatted(s.efficiency, TWO),
                flags_text(s.flags, lang),
            ]
        )
    sheet.colour("G", "AND(ISNUMBER($G2),OR($G2>0.9,$G2<0.2))", WARN_FILL)
    for column in ("I", "J"):
        sheet.colour(column, f"AND(ISNUMBER(${column}2),${column}2<0)", BAD_FILL)
        sheet.colour(column, f"AND(ISNUMBER(${column}2),${column}2<0.2)", WARN_FILL)
    sheet.colour("L", "LEN($L2)>0", WARN_FILL)
    sheet.filter()


def _choices(book: Any, report: ClassReport, *, lang: str) -> None:
    w = partial(word, lang=lang)
    headers = _words(
        lang, "question_id question choice choice_text key chosen_by share upper_share lower_share"
    )
    sheet = _Sheet(book, w("choices"), headers, [16, 40, 8, 36, 10, 9, 9, 12, 12])
    for q in report.questions:
        texts = q.question.localized(lang).choices if q.question else ()
        for c in q.choices:
            sheet.append(
                [
                    q.question_id,
                    _prompt(q.question, lang),
                    CHOICE_LETTERS[c.index] if c.index is not None else "",
                    texts[c.index]
                    if c.index is not None and c.index < len(texts)
                    else w("no_answer"),
                    w("key_mark") if c.key else "",
                    c.count,
                    sheet.formatted(c.share, SHARE),
                    sheet.formatted(c.upper_share, SHARE),
                    sheet.formatted(c.lower_share, SHARE),
                ]
            )
    # A wrong choice more popular than the key in the upper group: worth a look.
    sheet.colour("H", 'AND($E2="",ISNUMBER($H2),$H2>=0.5)', WARN_FILL)
    sheet.filter()


ANSWER_WIDTHS = (9, 16, 6, 16, 10, 32, 10, 10)


def _answer_header(book: Any, *, rows: int, lang: str) -> None:
    """The Answers sheet as openpyxl writes it: header, widths, filter over `rows` rows."""
    w = partial(word, lang=lang)
    headers = _words(
        lang, "attempt person number question_id given given_text right_letters result"
    )
    sheet = _Sheet(book, w("answers"), headers, ANSWER_WIDTHS)
    sheet.rows += rows
    sheet.filter()


def answer_rows(
    lines: Iterable[AnswerLine],
    *,
    attempts: dict[int, AttemptLine],
    questions: dict[str, Question],
    lang: str,
) -> Iterator[list[Value]]:
    """One row per asked question: letters and texts as the person saw them."""
    results = {o: outcome_word(o, lang) for o in Outcome}
    texts: dict[str, tuple[str, ...]] = {}
    for a in lines:
        q = questions.get(a.question_id)
        if a.question_id not in texts:
            texts[a.question_id] = q.localized(lang).choices if q else ()
        choices = texts[a.question_id]
        order = a.shown_order
        yield [
            a.attempt_id,
            attempts[a.attempt_id].person if a.attempt_id in attempts else "",
            a.position + 1,
            a.question_id,
            _letters(order, a.chosen),
            "; ".join(choices[i] for i in sorted(a.chosen, key=_place(order)) if i < len(choices)),
            _letters(order, q.correct) if q else "",
            results[outcome(a)],
        ]


def _place(order: tuple[int, ...]) -> Callable[[int], int]:
    return lambda i: order.index(i) if i in order else len(order) + i


@functools.lru_cache(maxsize=1 << 14)
def _letters(order: tuple[int, ...], picked: frozenset[int]) -> str:
    """The letters `picked` had on screen (bank letters if the order does not hold them)."""
    if all(i in order for i in picked):
        return ", ".join(shown_letters(order, picked))
    return ", ".join(CHOICE_LETTERS[i] for i in sorted(picked))


def report_xlsx(
    report: ClassReport, answers: Iterable[AnswerLine], *, lang: str, scope: str
) -> tuple[bytes, int]:
    """The workbook's bytes and the number of answer rows written."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    book.properties.creator = "ipquiz"
    book.properties.title = word("title", lang)
    _summary(book, report, lang=lang, scope=scope)
    _students(book, report, lang=lang)
    _questions(book, report, lang=lang)
    _choices(book, report, lang=lang)
    questions = {q.question_id: q.question for q in report.questions if q.question}
    attempts = {s.line.attempt_id: s.line for s in report.students}
    expected = sum(line.asked for line in attempts.values())
    _answer_header(book, rows=expected, lang=lang)
    out = io.BytesIO()
    book.save(out)
    count = 0

    def counted() -> Iterator[list[Value]]:
        nonlocal count
        for row in answer_rows(answers, attempts=attempts, questions=questions, lang=lang):
            count += 1
            yield row

    data = add_rows(out.getvalue(), ANSWERS_SHEET, counted(), first=2)
    return data, count
