"""Putting the report together: trends per person, gaps counted as asked and missed."""

from __future__ import annotations

import datetime as dt

from ipquiz.domain.class_report import trends
from ipquiz.domain.report_lines import AttemptLine, CategoryLine, Gap, with_gaps, with_totals

START = dt.datetime(2026, 5, 1, 9, 0)


def line(attempt: int, name: str, score: float, *, person_id: int | None = None) -> AttemptLine:
    return AttemptLine(
        attempt_id=attempt,
        person=name,
        mode="exam",
        status="finished",
        lang="en",
        station="",
        started_at=START + dt.timedelta(days=attempt),
        finished_at=None,
        score=score,
        max_score=10,
        pass_mark=0.6,
        quiz_set="",
        asked=10,
        person_id=person_id,
    )


def test_trends_follow_kept_persons_by_id_and_guests_by_name() -> None:
    lines = [
        line(3, "Li Lei", 9, person_id=7),
        line(1, "Li Lei", 5, person_id=7),
        line(2, "li lei", 6),  # a guest who typed the same name: someone else
        line(4, "LI LEI ", 8),  # the same guest name again
        line(5, "guest", 3),  # visitors who typed no name: two people
        line(6, "guest", 4),
    ]
    found = {t.who: t for t in trends(lines)}
    assert len(found) == 4
    assert found["person", "7"].percentages == (50.0, 90.0)
    assert found["person", "7"].change == 40.0
    assert found["guest", "li lei"].percentages == (60.0, 80.0)


def test_gaps_are_asked_and_missed_in_the_order_asked() -> None:
    categories = [CategoryLine(1, "patents", 2, 2, 1, 1.5, missed=((3, "q4"),))]
    gaps = [Gap(1, 0, "q1", "patents"), Gap(1, 1, "q2", "designs")]
    joined = with_gaps(categories, gaps)
    assert [(c.category, c.asked) for c in joined] == [("designs", 1), ("patents", 3)]
    (done,) = with_totals([line(1, "x", 1)], joined)
    assert (done.item_total, done.answered, done.correct) == (1.5, 2, 1)
    assert done.missed == ("q1", "q2", "q4")
