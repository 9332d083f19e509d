"""The class report as JSON, for other programs: every question with its `question_id`,
`facility` and the other statistics, every attempt and every person's trend.

Keys are English and stable; texts (prompts, choices) are in the report's language.
Figures the data cannot give (a correlation without spread) are null.
"""

from __future__ import annotations

import json
from typing import Any

from ipquiz.domain.class_report import ClassReport, QuestionReport, StudentReport
from ipquiz.domain.question import CHOICE_LETTERS
from ipquiz.domain.score_statistics import BINS

FORMAT = "ipquiz-class-report"
VERSION = 1


def _question(q: QuestionReport, lang: str) -> dict[str, Any]:
    s = q.stats
    text = q.question.localized(lang) if q.question else None
    return {
        "question_id": q.question_id,
        "category": q.category,
        "type": q.question.type.value if q.question else None,
        "prompt": text.prompt if text else None,
        "asked": s.asked,
        "answered": s.answered,
        "correct": s.correct,
        "facility": s.facility,
        "sd": s.sd,
        "discrimination_index": s.discrimination,
        "item_rest_correlation": s.item_rest,
        "discriminative_efficiency": s.efficiency,
        "flags": [f.value for f in s.flags],
        "choices": [
            {
                "choice": CHOICE_LETTERS[c.index] if c.index is not None else None,
                "text": text.choices[c.index] if text and c.index is not None else None,
                "key": c.key,
                "count": c.count,
                "share": c.share,
                "upper_share": c.upper_share,
                "lower_share": c.lower_share,
            }
            for c in q.choices
        ],
    }


def _student(s: StudentReport) -> dict[str, Any]:
    line = s.line
    return {
        "attempt_id": line.attempt_id,
        "name": line.person,
        "person_id": line.person_id,
        "class": line.group or None,
        "roster_number": line.roster_number or None,
        "quiz_set": line.quiz_set,
        "mode": line.mode,
        "station": line.station,
        "started_at": line.started_at.isoformat(),
        "finished_at": line.finished_at.isoformat() if line.finished_at else None,
        "seconds": line.seconds,
        "score": line.score,
        "max_score": line.max_score,
        "percent": line.percentage,
        "passed": line.passed,
        "asked": line.asked,
        "answered": line.answered,
        "correct": line.correct,
        "categories": {
            c: {"asked": t.asked, "correct": t.correct, "accuracy": t.accuracy}
            for c, t in s.categories.items()
        },
        "missed": list(s.missed),
    }


def report_dict(report: ClassReport, *, lang: str, scope: dict[str, Any]) -> dict[str, Any]:
    t = report.test
    return {
        "format": FORMAT,
        "version": VERSION,
        "made_at": report.made_at.isoformat(),
        "language": lang,
        "scope": scope,
        "test": {
            "attempts": t.attempts,
            "people": len(report.trends),
            "mean": t.mean,
            "median": t.median,
            "sd": t.sd,
            "lowest": t.lowest,
            "highest": t.highest,
            "distribution": [
                {"from": band * 100 // BINS, "attempts": n} for band, n in enumerate(t.distribution)
            ],
            "items": t.items,
            "reliability": t.reliability,
            "sem": t.sem,
            "notes": [n.value for n in t.notes],
        },
        "categories": {
            c: {
                "name": report.category_name(c, lang),
                "asked": tally.asked,
                "correct": tally.correct,
                "accuracy": tally.accuracy,
            }
            for c, tally in report.categories.items()
        },
        "questions": [_question(q, lang) for q in report.questions],
        "students": [_student(s) for s in report.students],
        "people": [
            {
                "name": p.person,
                "person_id": int(p.who[1]) if p.who[0] == "person" else None,
                "percentages": list(p.percentages),
                "change": p.change,
            }
            for p in report.trends
        ],
        "stand": {
            "lines": [
                {
                    "day": line.day.isoformat() if line.day else None,
                    "station": line.station or None,
                    "rounds": line.rounds,
                    "players": line.visitors,
                    "mean_share": line.mean_share,
                }
                for line in report.stand.lines
            ],
            "most_missed": {
                station or "": [
                    {"question_id": q, "asked": asked, "missed": missed}
                    for q, asked, missed in found
                ]
                for station, found in report.stand.most_missed.items()
            },
        },
    }


def report_json(report: ClassReport, *, lang: str, scope: dict[str, Any]) -> str:
    return json.dumps(report_dict(report, lang=lang, scope=scope), ensure_ascii=False, indent=1)
