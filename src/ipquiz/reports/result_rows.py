"""Results as rows people can read without the bank: one row per planned question.

Letters are the ones the person saw (the attempt stores each question's shown order),
texts are in the language the attempt was played in, and unanswered questions are
rows too. Points are rounded as the screens round them (the scoring profile says how).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from ipquiz.domain.question import Question
from ipquiz.domain.quiz import shown_letters
from ipquiz.domain.results import Outcome, StoredAttempt, outcome, passes, percent
from ipquiz.domain.scoring import ACCURACY, PROFILES, ScoringProfile


@dataclass(frozen=True, slots=True)
class ExportRow:
    attempt_id: int
    player: str
    mode: str
    status: str
    lang: str
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    total: float
    max_total: float
    percent: int
    pass_mark: int  # percent
    passed: bool
    number: int  # 1-based, in the order the attempt asked
    question_id: str
    category: str
    question: str
    given_letters: str
    given_text: str
    right_letters: str
    right_text: str
    outcome: Outcome
    points: float
    max_points: float
    seconds: float | None  # None: not answered


def _profile(name: str) -> ScoringProfile:
    return PROFILES.get(name, ACCURACY)


def attempt_rows(attempt: StoredAttempt, questions: Mapping[str, Question]) -> Iterator[ExportRow]:
    """Every planned question of `attempt`; a question gone from the bank keeps its id."""
    profile = _profile(attempt.scoring_profile)
    pass_mark = float(attempt.spec.get("pass_mark", 0.6))
    answers = {a.position: a for a in attempt.answers}
    head = {
        "attempt_id": attempt.id,
        "player": attempt.player,
        "mode": attempt.mode,
        "status": attempt.status,
        "lang": attempt.lang,
        "started_at": attempt.started_at,
        "finished_at": attempt.finished_at,
        "total": profile.shown(attempt.score),
        "max_total": profile.shown(attempt.max_score),
        "percent": percent(attempt.score, attempt.max_score),
        "pass_mark": round(pass_mark * 100),
        "passed": passes(attempt.score, attempt.max_score, pass_mark),
    }
    for position, item in enumerate(attempt.plan):
        question = questions.get(item.question_id)
        record = answers.get(position)
        chosen = record.chosen if record else frozenset()
        choices: tuple[str, ...] = ()
        prompt = ""
        right: frozenset[int] = frozenset()
        if question is not None:
            text = question.localized(attempt.lang)
            prompt, choices, right = text.prompt, text.choices, question.correct
        max_points = (
            record.max_points if record else profile.max_points(question) if question else 0.0
        )
        yield ExportRow(
            **head,  # type: ignore[arg-type]
            number=position + 1,
            question_id=item.question_id,
            category=question.category if question else (record.category if record else ""),
            question=prompt,
            given_letters=", ".join(shown_letters(item.shown_order, chosen)),
            given_text=_texts(choices, item.shown_order, chosen),
            right_letters=", ".join(shown_letters(item.shown_order, right)),
            right_text=_texts(choices, item.shown_order, right),
            outcome=outcome(record),
            points=profile.shown(record.points) if record else 0.0,
            max_points=profile.shown(max_points),
            seconds=round(record.elapsed_ms / 1000, 1) if record and record.chosen else None,
        )


def _texts(choices: tuple[str, ...], order: tuple[int, ...], picked: frozenset[int]) -> str:
    if not choices:
        return ""
    return "; ".join(choices[i] for i in sorted(picked, key=order.index))


def export_rows(
    attempts: Iterable[StoredAttempt], questions: Mapping[str, Question]
) -> Iterator[ExportRow]:
    for attempt in attempts:
        yield from attempt_rows(attempt, questions)
