"""Drawing questions without scanning: each stratum is walked along its random keys.

An owner (a player, or a kiosk station) keeps a cursor per stratum. A draw takes the
next k questions after the cursor by an index range scan, wrapping round at the end;
`seen` counts how far into the current turn through the stratum the owner is, so a
question comes back only once the owner has seen the whole eligible pool.
Cost: O(k log n) for k questions, whatever the bank size. The statements are built
once and run on the session's connection: a draw is on every quiz start's path.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from ipquiz.domain.selection import Stratum, random_key
from ipquiz.storage import locks
from ipquiz.storage.models import CitationRow, DrawCursorRow, QuestionRow, StratumRow

_STRATA = select(StratumRow.category_id, StratumRow.difficulty, StratumRow.n)
_CURSORS = select(
    DrawCursorRow.category_id, DrawCursorRow.difficulty, DrawCursorRow.position, DrawCursorRow.seen
).where(DrawCursorRow.owner == bindparam("owner"))
_IN_STRATUM = (
    QuestionRow.category_id == bindparam("cat"),
    QuestionRow.difficulty == bindparam("level"),
    QuestionRow.active,
)
_AFTER = (
    select(QuestionRow.id, QuestionRow.rand_key)
    .where(*_IN_STRATUM, QuestionRow.rand_key > bindparam("after"))
    .order_by(QuestionRow.rand_key)
    .limit(bindparam("k"))
)
_FROM_START = (
    select(QuestionRow.id, QuestionRow.rand_key)
    .where(*_IN_STRATUM, QuestionRow.rand_key <= bindparam("upto"))
    .order_by(QuestionRow.rand_key)
    .limit(bindparam("k"))
)
_MOVE = (
    update(DrawCursorRow)
    .where(
        DrawCursorRow.owner == bindparam("o"),
        DrawCursorRow.category_id == bindparam("cat"),
        DrawCursorRow.difficulty == bindparam("level"),
    )
    .values(position=bindparam("pos"), seen=bindparam("seen"))
)
_ADD = insert(DrawCursorRow).values(
    owner=bindparam("o"),
    category_id=bindparam("cat"),
    difficulty=bindparam("level"),
    position=bindparam("pos"),
    seen=bindparam("seen"),
)


@dataclass(slots=True)
class Cursor:
    position: int
    seen: int


def available(session: Session, *, categories: tuple[str, ...]) -> dict[Stratum, int]:
    rows = session.connection().execute(_STRATA)
    return {(c, d): n for c, d, n in rows if not categories or c in categories}


def citing(session: Session, *, laws: Collection[str]) -> dict[Stratum, frozenset[str]]:
    """Per stratum, the active questions that cite any of the law versions `laws`."""
    if not laws:
        return {}
    rows = session.connection().execute(
        select(QuestionRow.category_id, QuestionRow.difficulty, QuestionRow.id)
        .join(CitationRow, CitationRow.question_id == QuestionRow.id)
        .where(QuestionRow.active, CitationRow.law.in_(sorted(laws)))
        .distinct()
    )
    found: dict[Stratum, set[str]] = {}
    for cat, level, qid in rows:
        found.setdefault((cat, level), set()).add(qid)
    return {stratum: frozenset(ids) for stratum, ids in found.items()}


def without(
    pool: Mapping[Stratum, int], skip: Mapping[Stratum, frozenset[str]]
) -> dict[Stratum, int]:
    """The pool's counts once the questions in `skip` are left out."""
    return {s: n - len(skip.get(s, ())) for s, n in pool.items() if n > len(skip.get(s, ()))}


def cursors(session: Session, *, owner: str) -> dict[Stratum, Cursor]:
    """The owner's cursors, locked for this transaction: a draw reads, then moves them,
    and two stations drawing for one owner (every anonymous player) must take turns."""
    locks.hold(session, locks.draw_owner(owner))
    rows = session.connection().execute(_CURSORS, {"owner": owner})
    return {(c, d): Cursor(pos, seen) for c, d, pos, seen in rows}


def fresh(pool: Mapping[Stratum, int], walk: Mapping[Stratum, Cursor]) -> dict[Stratum, int]:
    """Per stratum, how many questions the owner has not been shown in the current turn."""
    return {s: max(0, n - (walk[s].seen if s in walk else 0)) for s, n in pool.items()}


def begin_new_turn(pool: Mapping[Stratum, int], walk: dict[Stratum, Cursor]) -> None:
    """The owner has seen the whole eligible pool: its used-up strata count as unseen again."""
    for stratum, cursor in walk.items():
        if stratum in pool and cursor.seen >= pool[stratum]:
            cursor.seen = 0


def draw(
    session: Session,
    *,
    owner: str,
    allocation: Mapping[Stratum, int],
    pool: Mapping[Stratum, int],
    walk: dict[Stratum, Cursor],
    skip: Mapping[Stratum, frozenset[str]] | None = None,
) -> list[str]:
    """Question ids for `allocation`, continuing `owner`'s walk; cursors move on.

    Questions in `skip` (per stratum) are stepped over as if they were not in the bank;
    `pool` then counts the stratum without them (see `without`).
    """
    conn = session.connection()
    drawn: list[str] = []
    for (cat, level), k in sorted(allocation.items()):
        cursor = walk.get((cat, level))
        # A new owner starts each stratum at its own place, so two stations differ.
        start = cursor.position if cursor else random_key(f"{owner}|{cat}|{level}")
        key = {"cat": cat, "level": level}
        skipped = (skip or {}).get((cat, level), frozenset())
        extra = len(skipped)  # fetched beyond k, so k remain once they are stepped over
        got: list[tuple[str, int]] = [
            (qid, rk)
            for qid, rk in conn.execute(_AFTER, key | {"after": start, "k": k + extra})
            if qid not in skipped
        ][:k]
        if len(got) < k:  # wrap round to the lowest keys
            more = conn.execute(_FROM_START, key | {"upto": start, "k": k - len(got) + extra})
            got += [(qid, rk) for qid, rk in more if qid not in skipped][: k - len(got)]
        if not got:
            continue
        seen = (cursor.seen if cursor else 0) + len(got)
        if seen > pool.get((cat, level), 0):  # crossed into the stratum's next turn
            seen -= pool.get((cat, level), 0)
        values = key | {"o": owner, "pos": got[-1][1], "seen": seen}
        conn.execute(_MOVE if cursor else _ADD, values)
        walk[(cat, level)] = Cursor(got[-1][1], seen)
        drawn.extend(qid for qid, _ in got)
    return drawn


def save_turn(session: Session, *, owner: str, walk: Mapping[Stratum, Cursor]) -> None:
    """Store cursors reset by begin_new_turn (draw stores the ones it moves)."""
    conn = session.connection()
    for (cat, level), cursor in walk.items():
        conn.execute(
            _MOVE,
            {"o": owner, "cat": cat, "level": level, "pos": cursor.position, "seen": cursor.seen},
        )
