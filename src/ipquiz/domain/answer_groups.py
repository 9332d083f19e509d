"""Item sums from answers the database has grouped: one group per question, answer given,
item score and attempt total, with how many attempts fall in it.

Grouping this way, rather than per attempt, keeps what comes back small (questions x
answers x distinct totals, however many students) while every figure of the item
analysis, the upper and lower groups included, can still be computed exactly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ipquiz.domain.distractors import ChoiceSums
from ipquiz.domain.item_analysis import GroupCut, ItemSums


@dataclass(frozen=True, slots=True)
class AnswerGroup:
    question_id: str
    chosen: frozenset[int]  # empty: not answered
    x: float
    total: float  # the attempt's item-score total
    count: int
    correct: bool = False


class _Item:
    __slots__ = (
        "answered",
        "asked",
        "correct",
        "lw",
        "lx",
        "r",
        "rr",
        "rs",
        "uw",
        "ux",
        "x",
        "xr",
        "xs",
        "xx",
    )

    def __init__(self) -> None:
        self.asked = self.answered = self.correct = 0
        self.x = self.xx = self.r = self.rr = self.xr = 0.0
        self.uw = self.ux = self.lw = self.lx = 0.0
        self.xs: dict[float, int] = defaultdict(int)
        self.rs: dict[float, int] = defaultdict(int)


def group_sums(
    groups: Iterable[AnswerGroup], cut: GroupCut | None
) -> tuple[list[ItemSums], list[ChoiceSums]]:
    items: dict[str, _Item] = defaultdict(_Item)
    answers: dict[tuple[str, frozenset[int]], list[float]] = {}
    for g in groups:
        n, x, r = g.count, g.x, g.total - g.x
        up = cut.upper_weight(g.total) if cut else 0.0
        low = cut.lower_weight(g.total) if cut else 0.0
        i = items[g.question_id]
        i.asked += n
        i.answered += n if g.chosen else 0
        i.correct += n if g.correct else 0
        i.x += n * x
        i.xx += n * x * x
        i.r += n * r
        i.rr += n * r * r
        i.xr += n * x * r
        i.uw += n * up
        i.ux += n * up * x
        i.lw += n * low
        i.lx += n * low * x
        i.xs[x] += n
        i.rs[r] += n
        if g.chosen:
            slot = answers.setdefault((g.question_id, g.chosen), [0.0, 0.0, 0.0])
            slot[0] += n
            slot[1] += n * up
            slot[2] += n * low
    sums = [
        ItemSums(
            question_id=qid,
            asked=i.asked,
            answered=i.answered,
            correct=i.correct,
            sum_x=i.x,
            sum_xx=i.xx,
            sum_r=i.r,
            sum_rr=i.rr,
            sum_xr=i.xr,
            upper_weight=i.uw,
            upper_x=i.ux,
            lower_weight=i.lw,
            lower_x=i.lx,
            x_counts=tuple(sorted(i.xs.items())),
            r_counts=tuple(sorted(i.rs.items())),
        )
        for qid, i in sorted(items.items())
    ]
    choices = [
        ChoiceSums(qid, chosen, int(c), u, lo) for (qid, chosen), (c, u, lo) in answers.items()
    ]
    return sums, choices
