"""The report as files: what the workbook and the JSON hold is what the report computed,
and the Answers sheet shows the letters each person saw."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from report_data import bank, open_fixture_bank, play_stand, play_tied

from ipquiz.domain.item_analysis import ItemFlag
from ipquiz.domain.question import CHOICE_LETTERS
from ipquiz.domain.quiz import shown_letters
from ipquiz.domain.results import ResultFilter
from ipquiz.domain.spreadsheet_cells import neutralize
from ipquiz.services.app import AppServices
from ipquiz.services.report_service import ReportFormat
from ipquiz.storage import results_repo


@pytest.fixture
def played(data_dir: Path, small_bank: Path) -> Iterator[AppServices]:
    """The hand-computed example; the last person's name looks like a formula."""
    services = open_fixture_bank(data_dir, small_bank)
    play_tied(services, [*(f"学生{n}" for n in range(4)), "=cmd"])
    yield services
    services.close()


def test_workbook_holds_the_reports_figures(played: AppServices, tmp_path: Path) -> None:
    out = tmp_path / "class.xlsx"
    written = played.reports.export(out, lang="zh-CN")
    assert (written.format, written.attempts, written.questions) == (ReportFormat.XLSX, 5, 5)
    report = played.reports.report()
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["概要", "学生", "题目分析", "选项分析", "作答明细"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
    questions = book["题目分析"]
    header = [c.value for c in questions[1]]
    rows = {
        r[0]: dict(zip(header, r, strict=True)) for r in questions.iter_rows(2, values_only=True)
    }
    for q in report.questions:
        row = rows[q.question_id]
        assert row["难度系数(通过率)"] == pytest.approx(q.stats.facility)
        assert row["题总相关(校正)"] == pytest.approx(q.stats.item_rest, nan_ok=True) or (
            row["题总相关(校正)"] is None and q.stats.item_rest is None
        )
    assert "负区分度" in rows["b-single"]["提示"]
    assert questions.conditional_formatting  # flags are coloured (and written out)
    students = book["学生"]
    names = [r[1] for r in students.iter_rows(2, values_only=True)]
    assert names[-1] == "'=cmd"  # neutralised, shown as text
    choices = book["选项分析"]
    a_single = [r for r in choices.iter_rows(2, values_only=True) if r[0] == "a-single"]
    assert [(r[2], r[5]) for r in a_single] == [("A", 1), ("B", 0), ("C", 4), ("D", 0), (None, 0)]
    assert a_single[2][4] == "✔ 正确"


def test_answers_sheet_shows_the_letters_each_person_saw(
    played: AppServices, tmp_path: Path
) -> None:
    out = tmp_path / "class.xlsx"
    played.reports.export(out, lang="en")
    sheet = openpyxl.load_workbook(out)["Answers"]
    rows = list(sheet.iter_rows(2, values_only=True))
    assert len(rows) == 25  # five questions of five attempts, unanswered ones included
    assert sheet.auto_filter.ref == "A1:H26"
    with played.db.transaction() as session:
        attempts = {a.id: a for a in results_repo.attempts_matching(session, ResultFilter())}
    questions = bank(played)
    for attempt, name, number, qid, given, given_text, right, result in rows:
        stored = attempts[attempt]
        order = stored.plan[number - 1].shown_order
        q = questions[qid]
        assert right == ", ".join(shown_letters(order, q.correct))
        answer = next((a for a in stored.answers if a.position == number - 1), None)
        if answer is None:
            assert (given, given_text, result) == (None, None, "no answer")
            continue
        (chosen,) = answer.chosen
        assert given == CHOICE_LETTERS[order.index(chosen)]
        assert given_text == q.localized("en").choices[chosen]
        assert result == ("correct" if answer.correct else "wrong")
        assert name == neutralize(stored.player)


def test_json_lists_each_question_and_student(played: AppServices, tmp_path: Path) -> None:
    out = tmp_path / "class.json"
    written = played.reports.export(out, lang="en")
    assert written.format is ReportFormat.JSON
    data = json.loads(out.read_text(encoding="utf-8"))
    report = played.reports.report()
    by_id = {q["question_id"]: q for q in data["questions"]}
    for q in report.questions:
        assert by_id[q.question_id]["facility"] == pytest.approx(q.stats.facility)
        assert by_id[q.question_id]["discrimination_index"] == pytest.approx(q.stats.discrimination)
    assert ItemFlag.NEGATIVE_DISCRIMINATION.value in by_id["b-single"]["flags"]
    assert [s["name"] for s in data["students"]][:2] == ["学生0", "学生1"]
    assert data["test"]["attempts"] == 5
    assert data["test"]["notes"] == ["small_group", "negative_reliability"]
    # Item variances .2 + .3 + .3 + 0 + 0 over the totals' .7, k = 5: 5/4 (1 - 8/7).
    assert data["test"]["reliability"] == pytest.approx(-5 / 28)
    assert by_id["a-single"]["choices"][2] == {
        "choice": "C",
        "text": "15 years",
        "key": True,
        "count": 4,
        "share": 0.8,
        "upper_share": 1.0,
        "lower_share": 0.5,
    }


def test_the_stand_in_the_workbook(data_dir: Path, small_bank: Path, tmp_path: Path) -> None:
    play_stand(data_dir, small_bank)
    services = open_fixture_bank(data_dir, small_bank)
    out = tmp_path / "stand.xlsx"
    try:
        services.reports.export(out, lang="en", scope=ResultFilter(mode="kiosk"))
    finally:
        services.close()
    rows = list(openpyxl.load_workbook(out)["Summary"].iter_rows(values_only=True))
    stand = rows.index(("Kiosk stand", None, None, None, None))
    lines = {(r[0], r[1]): r[2:4] for r in rows[stand + 2 : stand + 9]}
    assert lines["2026-05-11", "hall-a"] == (2, 1)
    assert lines["All days", "Whole stand"] == (4, 3)
    assert ("Most missed: hall-b", "Times missed") in [r[:2] for r in rows]
