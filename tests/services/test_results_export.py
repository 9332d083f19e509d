"""Results exports through a real database: what was shown is what is written."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
from fakeclock import Clock

from ipquiz.domain.question import CHOICE_LETTERS
from ipquiz.domain.quiz import Phase
from ipquiz.domain.results import ResultFilter
from ipquiz.domain.spec import QuizSpec
from ipquiz.domain.spreadsheet_cells import restore
from ipquiz.reports.result_columns import COLUMNS
from ipquiz.services.app import AppServices
from ipquiz.services.quiz_service import ActiveQuiz
from ipquiz.services.results_service import export_results

KEYS = [c.key for c in COLUMNS]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return [dict(zip(KEYS, map(restore, row), strict=True)) for row in rows[1:]]


def pick_second_shown(services: AppServices, active: ActiveQuiz) -> dict[str, str]:
    """Answer with the choice shown second; returns question id -> the shown choice text."""
    picked = {}
    while active.quiz.phase is not Phase.FINISHED:
        item = active.quiz.current
        original = item.shown_order[1]
        picked[item.question.id] = item.question.localized(active.lang).choices[original]
        services.quiz.answer(active, frozenset({original}), elapsed_ms=2_000)
        active.quiz.next()
    services.quiz.finish(active)
    return picked


def test_letters_and_texts_are_the_ones_shown(services: AppServices, tmp_path: Path) -> None:
    active = services.quiz.start(spec=QuizSpec(count=5, seed=7), lang="zh-CN", player="韩梅梅")
    shuffled = [p for p in active.quiz.planned if p.shown_order != tuple(sorted(p.shown_order))]
    assert shuffled, "the seed must shuffle at least one question"
    picked = pick_second_shown(services, active)
    out = tmp_path / "r.csv"
    assert export_results(services.db, out, lang="zh-CN") == 5
    rows = read_csv(out)
    raw = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in raw  # a question that looks like a formula stays text
    for row, planned in zip(rows, active.quiz.planned, strict=True):
        q = planned.question
        text = q.localized("zh-CN")
        assert row["question_id"] == q.id
        assert row["question"] == text.prompt
        assert row["answer_given"] == "B"
        assert row["answer_given_text"] == picked[q.id]
        right = sorted(q.correct, key=planned.shown_order.index)
        assert row["correct_answer"] == ", ".join(
            CHOICE_LETTERS[planned.shown_order.index(i)] for i in right
        )
        assert row["correct_answer_text"] == "; ".join(text.choices[i] for i in right)
        assert row["result"] == ("正确" if row["answer_given"] == row["correct_answer"] else "错误")
        assert row["player"] == "韩梅梅"


def test_partial_credit_unanswered_rows_and_the_attempt_verdict(
    services: AppServices, tmp_path: Path
) -> None:
    spec = QuizSpec.exam(count=5, seed=3, scoring="partial", pass_mark=0.5)
    active = services.quiz.start(spec=spec, lang="en", player="Ann")
    quiz = active.quiz
    ids = [p.question.id for p in quiz.planned]
    multiple = ids.index("a-multiple")
    quiz.goto(multiple)
    services.quiz.answer(active, frozenset({0, 1}), elapsed_ms=4_000)  # two of three right
    single = ids.index("a-single")
    quiz.goto(single)
    services.quiz.answer(active, frozenset({2}), elapsed_ms=3_000)  # right
    services.quiz.finish(active)  # three questions left unanswered
    out = tmp_path / "r.csv"
    assert export_results(services.db, out, lang="en") == 5
    rows = read_csv(out)
    assert [r["number"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert rows[multiple]["result"] == "partly"
    assert rows[multiple]["points"] == "0.67"
    assert rows[single]["result"] == "correct"
    blank = [r for i, r in enumerate(rows) if i not in (multiple, single)]
    assert {r["result"] for r in blank} == {"no answer"}
    assert {(r["answer_given"], r["points"], r["seconds"]) for r in blank} == {("", "0", "")}
    assert {r["total"] for r in rows} == {"1.67"}
    assert {r["max_total"] for r in rows} == {"5"}
    assert {r["percent"] for r in rows} == {"33"}
    assert {r["pass_mark"] for r in rows} == {"50"}
    assert {r["passed"] for r in rows} == {"fail"}


def play(services: AppServices, *, player: str, spec: QuizSpec, finish: bool = True) -> int:
    active = services.quiz.start(spec=spec, lang="en", player=player)
    services.quiz.answer(active, frozenset({0}), elapsed_ms=1_000)
    if finish:
        if not spec.answers_changeable:
            active.quiz.next()
            while active.quiz.phase is not Phase.FINISHED:
                services.quiz.answer(active, frozenset({0}), elapsed_ms=1_000)
                active.quiz.next()
        services.quiz.finish(active)
    else:
        services.quiz.abandon(active)
    return active.attempt_id


def exported_attempts(services: AppServices, tmp_path: Path, scope: ResultFilter) -> set[str]:
    out = tmp_path / "scope.csv"
    export_results(services.db, out, scope=scope, lang="en")
    return {r["attempt"] for r in read_csv(out)}


def test_filters_pick_attempts(services: AppServices, clock: Clock, tmp_path: Path) -> None:
    practice = QuizSpec(count=2, seed=1)
    exam = QuizSpec.exam(count=2, seed=1)
    a = play(services, player="Ann", spec=practice)
    clock.now += dt.timedelta(days=1)
    b = play(services, player="bob", spec=exam)
    c = play(services, player="Ann", spec=exam, finish=False)
    got = exported_attempts
    assert got(services, tmp_path, ResultFilter()) == {str(a), str(b)}
    assert got(services, tmp_path, ResultFilter(player="ann")) == {str(a)}
    assert got(services, tmp_path, ResultFilter(mode="exam")) == {str(b)}
    assert got(services, tmp_path, ResultFilter(since=clock.now)) == {str(b)}
    assert got(services, tmp_path, ResultFilter(until=clock.now)) == {str(a)}
    assert got(services, tmp_path, ResultFilter(statuses=("abandoned",))) == {str(c)}
    assert got(services, tmp_path, ResultFilter(attempt_id=b)) == {str(b)}


def test_xlsx_has_dates_numbers_chinese_and_no_formulas(
    services: AppServices, tmp_path: Path
) -> None:
    active = services.quiz.start(spec=QuizSpec(count=5, seed=7), lang="zh-CN", player="=1+2 李雷")
    pick_second_shown(services, active)
    out = tmp_path / "r.xlsx"
    assert export_results(services.db, out, lang="zh-CN") == 5
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["答卷编号", "答题人", "模式"]
    first = {k: c.value for k, c in zip(KEYS, sheet[2], strict=True)}
    assert first["player"] == "'=1+2 李雷"
    assert first["started_at"] == dt.datetime(2026, 4, 26, 9, 30)
    assert sheet.cell(2, KEYS.index("started_at") + 1).is_date
    assert isinstance(first["attempt"], int)
    assert isinstance(first["percent"], int)
    assert isinstance(first["points"], int | float)
    assert sheet.cell(2, KEYS.index("points") + 1).data_type == "n"
    assert first["mode"] == "练习"
    assert first["result"] in {"正确", "错误"}
    assert first["question"] == active.quiz.planned[0].question.localized("zh-CN").prompt
    widths = [sheet.column_dimensions[chr(ord("A") + i)].width for i in range(len(KEYS))]
    assert all(w >= 6 for w in widths)
    assert widths[KEYS.index("question")] > widths[KEYS.index("number")]
