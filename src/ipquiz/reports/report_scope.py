"""Which attempts a report covers, said in words (Summary sheet, PDF) and as data (JSON)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ipquiz.domain.language import ZH
from ipquiz.domain.results import ResultFilter
from ipquiz.reports.result_columns import word as result_word


def _day(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d" if moment.time() == dt.time() else "%Y-%m-%d %H:%M")


def scope_text(scope: ResultFilter, lang: str, *, group: str = "", session: str = "") -> str:
    """The attempts `scope` takes in words; `group`: the name of its class, `session`:
    the code of its live class, if any."""
    zh = lang == ZH
    parts = [
        "、".join(result_word(s, lang) for s in scope.statuses) + ("的答卷" if zh else " attempts")
    ]
    if group:
        parts.append(("班级：" if zh else "class: ") + group)
    if scope.quiz_set:
        parts.append(("试卷：" if zh else "quiz set: ") + scope.quiz_set)
    if session:
        parts.append(("课堂互动：" if zh else "live class: ") + session)
    if scope.player.strip():
        parts.append(("答题人：" if zh else "name: ") + scope.player.strip())
    if scope.mode:
        parts.append(("模式：" if zh else "mode: ") + result_word(scope.mode, lang))
    if scope.since is not None:
        parts.append(("自 " if zh else "from ") + _day(scope.since))
    if scope.until is not None:
        parts.append(("至 " if zh else "before ") + _day(scope.until))
    return ("；" if zh else "; ").join(parts)


def scope_dict(scope: ResultFilter, *, group: str = "", session: str = "") -> dict[str, Any]:
    return {
        "class": group or None,
        "live_class": session or None,
        "quiz_set": scope.quiz_set or None,
        "statuses": list(scope.statuses),
        "name": scope.player.strip() or None,
        "mode": scope.mode or None,
        "since": scope.since.isoformat() if scope.since else None,
        "until": scope.until.isoformat() if scope.until else None,
    }
