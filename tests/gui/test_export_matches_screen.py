"""A quiz played in the window with shuffled choices, exported, and compared row by row
with what the window showed: letters, texts, result words, points and totals."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from taps import click

from ipquiz.config import resolve_locations
from ipquiz.domain.question import QuestionType
from ipquiz.domain.spec import QuizSpec
from ipquiz.domain.spreadsheet_cells import restore
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.screens.question import QuestionScreen
from ipquiz.gui.screens.result import CAT_CORRECT, CAT_POINTS
from ipquiz.reports.result_columns import COLUMNS
from ipquiz.services.app import open_services

OpenWindow = Callable[..., MainWindow]
KEYS = [c.key for c in COLUMNS]
PRACTICE, EXAM = "练习·部分分", "考试·部分分"
PLAYER = "=韩梅梅"  # looks like a formula: stays text in both files


@dataclass
class Shown:
    """One question as the window showed it."""

    prompt: str
    choices: dict[str, str]  # letter on screen -> choice text
    picked: list[str] = field(default_factory=list)


@pytest.fixture
def window(data_dir: Path, small_bank: Path, open_window: OpenWindow) -> MainWindow:
    """A Chinese window with two saved sets that give partial credit."""
    services = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank)
    try:
        services.sets.save(QuizSpec.practice(name=PRACTICE, count=5, scoring="partial", seed=4))
        services.sets.save(
            QuizSpec.exam(name=EXAM, count=5, scoring="partial", pass_mark=0.5, seed=9)
        )
    finally:
        services.close()
    return open_window(lang="zh-CN")


def start_set(qtbot: QtBot, window: MainWindow, name: str) -> None:
    start = window.start
    start.saved.setCurrentIndex(start.saved.findData(name))
    start.name.setText(PLAYER)
    click(qtbot, start.start_button)
    assert window.stack.currentWidget() is window.question


def shown(screen: QuestionScreen) -> Shown:
    return Shown(screen.prompt.text(), {b.badge.text(): b.label.text() for b in screen._buttons})


def pick(qtbot: QtBot, window: MainWindow, seen: Shown, *, partly: bool, index: int) -> None:
    """Click one choice: for a multiple-answer question, only its first right one."""
    assert window.active is not None
    item = window.active.quiz.current
    buttons = window.question._buttons
    if partly:
        index = min(item.shown_order.index(i) for i in item.question.correct)
    index %= len(buttons)
    seen.picked.append(buttons[index].badge.text())
    click(qtbot, buttons[index])


def opened(question: Shown, letters: list[str]) -> str:
    """Choices as an opened question in the (Chinese) result list writes them: "B. 甲；D. 乙"."""
    return "；".join(f"{x}. {question.choices[x]}" for x in sorted(letters))


def result_table(window: MainWindow) -> list[dict[str, str]]:
    """Each question's row in the result's review list, and the texts it opens to."""
    rows = []
    for item in window.result.review.items:
        head = item.header
        earned, _, most = head.points.text().partition(" / ")
        assert most
        rows.append(
            {
                "no": head.no.text().rstrip("."),
                "prompt": head.prompt.text(),
                "given": head.given.text(),
                "right": head.right.text(),
                "points": earned,
                "mark": head.mark.text(),
                "given_text": item.given_text.text(),
                "right_text": item.right_text.text(),
            }
        )
    return rows


def export(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    offered: list[Path] = []
    window.ask_export_path = lambda: path  # type: ignore[method-assign]
    window.offer_open_folder = lambda p: offered.append(p) is None and False  # type: ignore[method-assign]
    click(qtbot, window.result.export_button)
    qtbot.waitUntil(lambda: offered == [path], timeout=10_000)
    assert window.result.export_button.isEnabled()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return [dict(zip(KEYS, row, strict=True)) for row in rows[1:]]


def as_csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, int | float):
        return f"{value:g}"
    return str(value)


def read_xlsx(path: Path) -> list[dict[str, object]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    return [
        dict(zip(KEYS, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)
    ]


def compare(window: MainWindow, seen: list[Shown], tmp_path: Path, qtbot: QtBot) -> list[dict]:
    """Export both formats and check each row against the screens; returns the rows."""
    table = result_table(window)
    assert len(table) == len(seen)
    export(qtbot, window, tmp_path / "r.csv")
    export(qtbot, window, tmp_path / "r.xlsx")
    rows = read_csv(tmp_path / "r.csv")
    headline = window.result.score.text()
    found = re.search(r"(\d+)%", window.result.verdict.text())
    assert found is not None
    share = found.group(1)
    assert len(rows) == len(table)
    for row, screen_row, question in zip(rows, table, seen, strict=True):
        # the screen lists letters as Chinese writes a list (B、D); the files keep "B, D"
        given = ", ".join(question.picked)
        assert screen_row["given"] == ("、".join(question.picked) or "—")
        assert screen_row["prompt"] == question.prompt
        right = screen_row["right"].split("、")
        icon, word = screen_row["mark"].split(" ", 1)
        assert icon in {"✔", "◐", "✘", "—"}
        expected = {
            "number": screen_row["no"],
            "question": question.prompt,
            "answer_given": given,
            "answer_given_text": "; ".join(question.choices[x] for x in question.picked),
            "correct_answer": ", ".join(right),
            "correct_answer_text": "; ".join(question.choices[x] for x in right),
            "result": word,
            "points": screen_row["points"],
        }
        assert {k: restore(row[k]) for k in expected} == expected
        assert screen_row["right_text"] == f"正确答案：{opened(question, right)}"
        assert (
            screen_row["given_text"] == f"你的答案：{opened(question, question.picked) or '未作答'}"
        )
        assert f"{row['total']} / {row['max_total']}" == headline
        assert row["percent"] == share
        assert row["player"] == "'" + PLAYER
    for xrow, row in zip(read_xlsx(tmp_path / "r.xlsx"), rows, strict=True):
        assert {k: as_csv_text(v) for k, v in xrow.items()} == row
        assert isinstance(xrow["started_at"], dt.datetime)
        assert isinstance(xrow["points"], int | float)
    return rows


def test_practice_export_matches_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    start_set(qtbot, window, PRACTICE)
    screen = window.question
    seen: list[Shown] = []
    reordered = 0
    assert window.active is not None
    for n in range(5):
        item = window.active.quiz.current
        reordered += item.shown_order != tuple(sorted(item.shown_order))
        seen.append(shown(screen))
        multiple = item.question.type is QuestionType.MULTIPLE
        pick(qtbot, window, seen[-1], partly=multiple, index=n + 1)
        click(qtbot, screen.action_button)
        verdict = screen.verdict.text()
        if multiple:
            assert verdict == "◐ 部分正确，+0.33 分"  # one of three right choices
            assert screen.feedback.property("state") == "partly"
        else:
            assert verdict in {"✔ 回答正确！", "✘ 回答错误"}
        click(qtbot, screen.action_button)
    assert reordered >= 2, "the choices must really be shuffled"
    assert window.stack.currentWidget() is window.result
    rows = compare(window, seen, tmp_path, qtbot)
    assert "部分正确" in {r["result"] for r in rows}
    assert {r["mode"] for r in rows} == {"练习"}


def test_exam_export_matches_the_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.confirm_submit = lambda n: True  # type: ignore[method-assign]
    start_set(qtbot, window, EXAM)
    screen = window.question
    assert window.active is not None
    quiz = window.active.quiz
    multiple = next(
        p for p, item in enumerate(quiz.planned) if item.question.type is QuestionType.MULTIPLE
    )
    skipped = {p for p in range(5) if p != multiple}
    skipped = set(sorted(skipped)[:2])  # two questions left unanswered
    seen: list[Shown] = []
    for n in range(5):
        assert quiz.position == n
        seen.append(shown(screen))
        if n not in skipped:
            pick(qtbot, window, seen[-1], partly=n == multiple, index=n + 2)
        if n < 4:
            click(qtbot, screen.exam_bar.next)
    click(qtbot, screen.exam_bar.submit)
    assert window.stack.currentWidget() is window.result
    rows = compare(window, seen, tmp_path, qtbot)
    results = [r["result"] for r in rows]
    assert results[multiple] == "部分正确"
    assert [results[p] for p in sorted(skipped)] == ["未作答", "未作答"]
    assert {r["pass_mark"] for r in rows} == {"50"}
    # The per-topic table adds up to the headline, unanswered questions included.
    topics = window.result.by_topic
    last = topics.rowCount() - 1
    counts = [topics.item(r, CAT_CORRECT).text() for r in range(last)]  # type: ignore[union-attr]
    assert sum(int(c.split(" / ")[1]) for c in counts) == 5
    assert topics.item(last, CAT_POINTS).text() == window.result.score.text()  # type: ignore[union-attr]
