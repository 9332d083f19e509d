"""The columns of a results export and their headers and words in each language.

The export's language is chosen on its own (an English teacher may export a Chinese
class's answers); CSV and XLSX have the same columns in the same order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from ipquiz.domain.language import EN, ZH
from ipquiz.domain.results import Outcome
from ipquiz.reports.result_rows import ExportRow

Cell = str | int | float | dt.datetime | None


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    en: str
    zh: str
    width: int  # characters, for the XLSX column
    value: Callable[[ExportRow, str], Cell]


WORDS: Final[dict[str, dict[str, str]]] = {
    EN: {
        Outcome.CORRECT: "correct",
        Outcome.PARTLY: "partly",
        Outcome.WRONG: "wrong",
        Outcome.NO_ANSWER: "no answer",
        "pass": "pass",
        "fail": "fail",
        "finished": "finished",
        "abandoned": "abandoned",
        "active": "not finished",
        "practice": "practice",
        "exam": "exam",
        "kiosk": "kiosk",
        "review": "review",
        "live": "live class",
    },
    ZH: {
        Outcome.CORRECT: "正确",
        Outcome.PARTLY: "部分正确",
        Outcome.WRONG: "错误",
        Outcome.NO_ANSWER: "未作答",
        "pass": "通过",
        "fail": "未通过",
        "finished": "已完成",
        "abandoned": "已放弃",
        "active": "未完成",
        "practice": "练习",
        "exam": "考试",
        "kiosk": "展台",
        "review": "复习",
        "live": "课堂互动",
    },
}


def word(key: str, lang: str) -> str:
    """The export's word for an outcome, status, mode or verdict (the key if unknown)."""
    return WORDS[lang if lang in WORDS else EN].get(key, key)


COLUMNS: Final[tuple[Column, ...]] = (
    Column("attempt", "attempt", "答卷编号", 9, lambda r, _: r.attempt_id),
    Column("player", "player", "答题人", 16, lambda r, _: r.player),
    Column("mode", "mode", "模式", 10, lambda r, lang: word(r.mode, lang)),
    Column("status", "status", "状态", 11, lambda r, lang: word(r.status, lang)),
    Column("language", "language", "答题语言", 9, lambda r, _: r.lang),
    Column("started_at", "started", "开始时间", 18, lambda r, _: r.started_at),
    Column("finished_at", "finished", "结束时间", 18, lambda r, _: r.finished_at),
    Column("total", "total points", "总分", 10, lambda r, _: r.total),
    Column("max_total", "maximum", "满分", 9, lambda r, _: r.max_total),
    Column("percent", "percent", "得分率(%)", 9, lambda r, _: r.percent),
    Column("pass_mark", "pass mark (%)", "及格线(%)", 10, lambda r, _: r.pass_mark),
    Column("passed", "pass/fail", "是否通过", 10, lambda r, lang: word(_verdict(r), lang)),
    Column("number", "no.", "题号", 6, lambda r, _: r.number),
    Column("question_id", "question id", "题目编号", 18, lambda r, _: r.question_id),
    Column("category", "topic", "主题", 14, lambda r, _: r.category),
    Column("question", "question", "题目", 48, lambda r, _: r.question),
    Column("answer_given", "answer given", "所选答案", 10, lambda r, _: r.given_letters),
    Column(
        "answer_given_text", "answer given (text)", "所选答案内容", 32, lambda r, _: r.given_text
    ),
    Column("correct_answer", "correct answer", "正确答案", 10, lambda r, _: r.right_letters),
    Column(
        "correct_answer_text",
        "correct answer (text)",
        "正确答案内容",
        32,
        lambda r, _: r.right_text,
    ),
    Column("result", "result", "结果", 11, lambda r, lang: word(r.outcome, lang)),
    Column("points", "points", "得分", 8, lambda r, _: r.points),
    Column("max_points", "max points", "本题满分", 9, lambda r, _: r.max_points),
    Column("seconds", "seconds", "用时(秒)", 8, lambda r, _: r.seconds),
)


def _verdict(row: ExportRow) -> str:
    return "pass" if row.passed else "fail"


def headers(lang: str) -> list[str]:
    return [c.zh if lang == ZH else c.en for c in COLUMNS]


def cells(row: ExportRow, lang: str) -> list[Cell]:
    return [c.value(row, lang) for c in COLUMNS]
