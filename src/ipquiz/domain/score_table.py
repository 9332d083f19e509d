"""Item sums from answers held in memory: the reference the database's sums must equal.

The report itself adds these up in SQL (storage.report_repo); this is the plain-Python
way for data already in memory, such as a simulation, and what the tests and the
benchmark compare the SQL with.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from ipquiz.domain.distractors import ChoiceSums
from ipquiz.domain.item_analysis import GroupCut, ItemSums, group_cut


@dataclass(frozen=True, slots=True)
class Mark:
    """One asked question of an attempt: its item score and the choices picked."""

    x: float
    chosen: frozenset[int] = frozenset()
    correct: bool = False


#: attempt id -> question id -> mark (every asked question, answered or not).
ScoreTable = Mapping[int, Mapping[str, Mark]]


def totals(table: ScoreTable) -> dict[int, float]:
    return {attempt: sum(m.x for m in marks.values()) for attempt, marks in table.items()}


def table_sums(
    table: ScoreTable, cut: GroupCut | None = None
) -> tuple[list[ItemSums], list[ChoiceSums]]:
    """Per question sums and per (question, answer) counts, as the database gives them."""
    total = totals(table)
    cut = cut or group_cut(list(total.values()))
    per_item: dict[str, list[tuple[int, Mark]]] = defaultdict(list)
    for attempt, marks in table.items():
        for qid, mark in marks.items():
            per_item[qid].append((attempt, mark))
    items: list[ItemSums] = []
    answers: dict[tuple[str, frozenset[int]], list[float]] = {}
    for qid in sorted(per_item):
        rows = per_item[qid]
        xs = [m.x for _, m in rows]
        rs = [total[a] - m.x for a, m in rows]
        up = [cut.upper_weight(total[a]) if cut else 0.0 for a, _ in rows]
        low = [cut.lower_weight(total[a]) if cut else 0.0 for a, _ in rows]
        items.append(
            ItemSums(
                question_id=qid,
                asked=len(rows),
                answered=sum(1 for _, m in rows if m.chosen),
                correct=sum(1 for _, m in rows if m.correct),
                sum_x=sum(xs),
                sum_xx=sum(x * x for x in xs),
                sum_r=sum(rs),
                sum_rr=sum(r * r for r in rs),
                sum_xr=sum(x * r for x, r in zip(xs, rs, strict=True)),
                upper_weight=sum(up),
                upper_x=sum(w * x for w, x in zip(up, xs, strict=True)),
                lower_weight=sum(low),
                lower_x=sum(w * x for w, x in zip(low, xs, strict=True)),
                x_counts=tuple(sorted(Counter(xs).items())),
                r_counts=tuple(sorted(Counter(rs).items())),
            )
        )
        for (_, mark), u, lo in zip(rows, up, low, strict=True):
            if mark.chosen:
                slot = answers.setdefault((qid, mark.chosen), [0.0, 0.0, 0.0])
                slot[0] += 1
                slot[1] += u
                slot[2] += lo
    choices = [
        ChoiceSums(qid, chosen, int(c), u, lo) for (qid, chosen), (c, u, lo) in answers.items()
    ]
    return items, choices
