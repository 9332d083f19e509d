"""Kiosk settings, kiosk rounds, today's board and today's figures.

"Today" is a window [start, end) that the caller computes from the daily reset time,
so changing the reset time re-reads the same rows instead of rewriting them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVarTuple

from sqlalchemy import Select, case, delete, func, select, update
from sqlalchemy.orm import Session

from ipquiz.domain.language import other_language
from ipquiz.storage.models import (
    AttemptRow,
    ChoiceTextRow,
    KioskRoundRow,
    KioskSettingRow,
    PersonRow,
    QuestionRow,
    QuestionTextRow,
    ResponseRow,
)
from ipquiz.storage.upsert import upsert

Ts = TypeVarTuple("Ts")

FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class Figures:
    visitors: int
    rounds: int
    finished: int
    mean_score: float
    mean_share: float  # 0..1


def settings(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(KioskSettingRow))}


def put_settings(session: Session, values: dict[str, str]) -> None:
    rows = [{"key": k, "value": v} for k, v in values.items()]
    upsert(session, KioskSettingRow, rows, key=["key"])


def drop_settings(session: Session, keys: list[str]) -> None:
    session.execute(delete(KioskSettingRow).where(KioskSettingRow.key.in_(keys)))


def add_round(
    session: Session, *, attempt_id: int, station: str, visit: int | None, started_at: dt.datetime
) -> None:
    session.add(
        KioskRoundRow(
            attempt_id=attempt_id,
            station=station,
            visit=visit or attempt_id,
            started_at=started_at,
            on_board=False,
        )
    )


def join_board(session: Session, attempt_id: int, nickname: str) -> None:
    """Put a round on the board; its person (a guest) takes the nickname, so exports show
    it too."""
    row = session.get_one(KioskRoundRow, attempt_id)
    row.nickname = nickname
    row.on_board = True
    attempt = session.get_one(AttemptRow, attempt_id)
    session.execute(
        update(PersonRow).where(PersonRow.id == attempt.person_id).values(name=nickname)
    )


def finished_between(stmt: Select[*Ts], start: dt.datetime, end: dt.datetime) -> Select[*Ts]:
    """`stmt` over the finished kiosk rounds started in [start, end), found by start time.

    SQLite keeps no statistics, so given `status = 'finished'` it would walk every
    finished attempt there has ever been (the status index) and look up each one's round:
    a board and a rank that get slower with every day the kiosk has run (0.8 ms after
    three days of visitors, 0.13 ms this way). Comparing `status || ''` takes that index
    out of the running, so today's rounds come from the start-time index on any database.
    """
    return (
        stmt.select_from(KioskRoundRow)
        .join(AttemptRow, AttemptRow.id == KioskRoundRow.attempt_id)
        .where(KioskRoundRow.started_at >= start, KioskRoundRow.started_at < end)
        .where((AttemptRow.status + "") == FINISHED)
    )


def board(
    session: Session, start: dt.datetime, end: dt.datetime, limit: int
) -> list[tuple[int, str, float]]:
    """(attempt id, nickname, score) of today's board, best first; ties: who finished first."""
    stmt = (
        finished_between(
            select(KioskRoundRow.attempt_id, KioskRoundRow.nickname, AttemptRow.score), start, end
        )
        .where(KioskRoundRow.on_board)
        .order_by(AttemptRow.score.desc(), AttemptRow.finished_at, AttemptRow.id)
        .limit(limit)
    )
    return [(a, n or "", s) for a, n, s in session.execute(stmt)]


def rank(
    session: Session, attempt_id: int, start: dt.datetime, end: dt.datetime
) -> tuple[int, int]:
    """(rank, out of) among today's finished kiosk rounds; equal scores share a rank."""
    score = session.get_one(AttemptRow, attempt_id).score
    better = func.sum(case((AttemptRow.score > score, 1), else_=0))
    total, ahead = session.execute(finished_between(select(func.count(), better), start, end)).one()
    return int(ahead or 0) + 1, int(total)


def reset_board(session: Session, start: dt.datetime, end: dt.datetime) -> int:
    """Take today's names off the board; the results themselves stay."""
    result = session.execute(
        update(KioskRoundRow)
        .where(KioskRoundRow.on_board)
        .where(KioskRoundRow.started_at >= start, KioskRoundRow.started_at < end)
        .values(on_board=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def figures(session: Session, start: dt.datetime, end: dt.datetime) -> Figures:
    window = (KioskRoundRow.started_at >= start, KioskRoundRow.started_at < end)
    visitors, rounds = session.execute(
        select(func.count(func.distinct(KioskRoundRow.visit)), func.count()).where(*window)
    ).one()
    finished, mean, mean_share = session.execute(
        finished_between(
            select(
                func.count(),
                func.avg(AttemptRow.score),
                func.avg(AttemptRow.score / func.nullif(AttemptRow.max_score, 0)),
            ),
            start,
            end,
        )
    ).one()
    return Figures(
        visitors=int(visitors),
        rounds=int(rounds),
        finished=int(finished),
        mean_score=round(float(mean or 0.0), 1),
        mean_share=round(min(1.0, float(mean_share or 0.0)), 3),
    )


def station_figures(
    session: Session, start: dt.datetime, end: dt.datetime
) -> list[tuple[str, Figures]]:
    """Today's figures of each station that ran a round, by station name."""
    done = (AttemptRow.status + "") == FINISHED
    share = AttemptRow.score / func.nullif(AttemptRow.max_score, 0)
    stmt = (
        select(
            KioskRoundRow.station,
            func.count(func.distinct(KioskRoundRow.visit)),
            func.count(),
            func.sum(case((done, 1), else_=0)),
            func.avg(case((done, AttemptRow.score))),
            func.avg(case((done, share))),
        )
        .select_from(KioskRoundRow)
        .join(AttemptRow, AttemptRow.id == KioskRoundRow.attempt_id)
        .where(KioskRoundRow.started_at >= start, KioskRoundRow.started_at < end)
        .group_by(KioskRoundRow.station)
        .order_by(KioskRoundRow.station)
    )
    return [
        (
            station,
            Figures(
                visitors=int(visitors),
                rounds=int(rounds),
                finished=int(finished or 0),
                mean_score=round(float(mean or 0.0), 1),
                mean_share=round(min(1.0, float(mean_share or 0.0)), 3),
            ),
        )
        for station, visitors, rounds, finished, mean, mean_share in session.execute(stmt)
    ]


def most_missed(
    session: Session, start: dt.datetime, end: dt.datetime, *, lang: str, limit: int = 5
) -> list[tuple[str, str, int, int]]:
    """(question id, prompt, times missed, times asked) for today's kiosk rounds."""
    missed = func.sum(case((ResponseRow.correct.is_(False), 1), else_=0))
    stmt = (
        select(ResponseRow.question_id, missed.label("missed"), func.count())
        .join(KioskRoundRow, KioskRoundRow.attempt_id == ResponseRow.attempt_id)
        .where(KioskRoundRow.started_at >= start, KioskRoundRow.started_at < end)
        .group_by(ResponseRow.question_id)
        .having(missed > 0)
        .order_by(missed.desc(), ResponseRow.question_id)
        .limit(limit)
    )
    rows = [(q, int(m), int(n)) for q, m, n in session.execute(stmt)]
    prompts: dict[tuple[str, str], str] = {
        (q, lg): p
        for q, lg, p in session.execute(
            select(QuestionTextRow.question_id, QuestionTextRow.lang, QuestionTextRow.prompt).where(
                QuestionTextRow.question_id.in_([q for q, _, _ in rows])
            )
        )
    }
    return [
        (q, prompts.get((q, lang)) or prompts.get((q, other_language(lang))) or q, m, n)
        for q, m, n in rows
    ]


def question_texts(session: Session, *, categories: Sequence[str], limit: int) -> Iterator[str]:
    """Prompts, explanations and choices, in every language, of up to `limit` active
    questions in `categories` (all when empty): the text a kiosk round can show."""
    ids = select(QuestionRow.id).where(QuestionRow.active).order_by(QuestionRow.id).limit(limit)
    if categories:
        ids = ids.where(QuestionRow.category_id.in_(categories))
    chosen = ids.scalar_subquery()
    texts = select(QuestionTextRow.prompt, QuestionTextRow.explanation).where(
        QuestionTextRow.question_id.in_(chosen)
    )
    for prompt, explanation in session.execute(texts):
        yield prompt
        yield explanation
    yield from session.scalars(
        select(ChoiceTextRow.text).where(ChoiceTextRow.question_id.in_(chosen))
    )
