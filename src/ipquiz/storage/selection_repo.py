"""Drawing questions without scanning: each stratum is walked along its random keys.

An owner (a player, or a kiosk station) keeps a cursor per stratum. A draw takes the
next k questions after the cursor by an index range scan, wrapping round at the end;
a full turn means the owner has seen the whole pool, and only then do questions come
back. Cost: O(k log n) for k questions, whatever the bank size.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipquiz.domain.selection import Stratum, random_key
from ipquiz.storage.models import DrawCursorRow, QuestionRow, StratumRow


def available(session: Session, *, categories: tuple[str, ...]) -> dict[Stratum, int]:
    stmt = select(StratumRow.category_id, StratumRow.difficulty, StratumRow.n)
    if categories:
        stmt = stmt.where(StratumRow.category_id.in_(categories))
    return {(c, d): n for c, d, n in session.execute(stmt)}


def fresh(session: Session, *, owner: str, pool: Mapping[Stratum, int]) -> dict[Stratum, int]:
    """Per stratum, how many questions `owner` has not been shown in the current turn."""
    seen = {
        (row.category_id, row.difficulty): row.seen
        for row in session.scalars(select(DrawCursorRow).where(DrawCursorRow.owner == owner))
    }
    return {s: max(0, n - seen.get(s, 0)) for s, n in pool.items()}


def begin_new_turn(session: Session, *, owner: str, pool: Mapping[Stratum, int]) -> None:
    """The owner has seen the whole eligible pool: its used-up strata count as unseen again."""
    for row in session.scalars(select(DrawCursorRow).where(DrawCursorRow.owner == owner)):
        n = pool.get((row.category_id, row.difficulty))
        if n is not None and row.seen >= n:
            row.seen = 0


def _next_ids(
    session: Session, stratum: Stratum, after: int, limit: int, *, upto: int | None = None
) -> list[tuple[str, int]]:
    cat, difficulty = stratum
    stmt = (
        select(QuestionRow.id, QuestionRow.rand_key)
        .where(
            QuestionRow.category_id == cat,
            QuestionRow.difficulty == difficulty,
            QuestionRow.active,
            QuestionRow.rand_key > after,
        )
        .order_by(QuestionRow.rand_key)
        .limit(limit)
    )
    if upto is not None:
        stmt = stmt.where(QuestionRow.rand_key <= upto)
    return [(qid, key) for qid, key in session.execute(stmt)]


def draw(
    session: Session,
    *,
    owner: str,
    allocation: Mapping[Stratum, int],
    pool: Mapping[Stratum, int],
) -> list[str]:
    """Question ids for `allocation`, continuing `owner`'s walk; cursors move on."""
    cursors = {
        (row.category_id, row.difficulty): row
        for row in session.scalars(select(DrawCursorRow).where(DrawCursorRow.owner == owner))
    }
    drawn: list[str] = []
    for stratum, k in sorted(allocation.items()):
        row = cursors.get(stratum)
        # A new owner starts each stratum at its own place, so two stations differ.
        start = row.position if row else random_key(f"{owner}|{stratum[0]}|{stratum[1]}")
        got = _next_ids(session, stratum, start, k)
        if len(got) < k:  # wrap round: a new turn through the pool begins
            got += _next_ids(session, stratum, -1, k - len(got), upto=start)
        if not got:
            continue
        last = got[-1][1]
        seen = (row.seen if row else 0) + len(got)
        if seen > pool.get(stratum, 0):  # this draw crossed into the stratum's next turn
            seen -= pool.get(stratum, 0)
        if row is None:
            session.add(
                DrawCursorRow(
                    owner=owner,
                    category_id=stratum[0],
                    difficulty=stratum[1],
                    position=last,
                    seen=seen,
                )
            )
        else:
            row.position, row.seen = last, seen
        drawn.extend(qid for qid, _ in got)
    return drawn
