"""Item sums from answers held in memory: the reference the database's sums must equal.

The report itself has the database group the answers (storage.report_repo); this is the
plain-Python way for data already in memory, such as a simulation, and what the tests
and the benchmark compare the database's figures with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ipquiz.domain.answer_groups import AnswerGroup, group_sums
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
    return group_sums(
        (
            AnswerGroup(qid, m.chosen, m.x, total[attempt], 1, m.correct)
            for attempt, marks in table.items()
            for qid, m in marks.items()
        ),
        cut,
    )
