"""The arrangement of progress counts: weeks, the gentle streak, the goal setting."""

from __future__ import annotations

import datetime as dt

import pytest

from ipquiz.domain.progress import DayCount, daily_goal, goal_met_days, streak, weeks_of

THU = dt.date(2026, 11, 26)


def test_weeks_start_on_monday_and_none_is_left_out() -> None:
    days = [
        DayCount(dt.date(2026, 11, 23), 4, 3),
        DayCount(THU, 2, 1),
        DayCount(dt.date(2026, 11, 1), 9, 9),
    ]
    weeks = weeks_of(days, today=THU, count=3)
    assert [(w.start, w.answered, w.correct) for w in weeks] == [
        (dt.date(2026, 11, 9), 0, 0),
        (dt.date(2026, 11, 16), 0, 0),
        (dt.date(2026, 11, 23), 6, 4),  # 1 November is before the weeks shown
    ]


def test_the_streak_waits_for_today_but_not_for_yesterday() -> None:
    run = [THU - dt.timedelta(days=n) for n in range(1, 4)]  # Mon, Tue, Wed
    assert streak(run, today=THU) == 3
    assert streak([*run, THU], today=THU) == 4
    assert streak(run, today=THU + dt.timedelta(days=1)) == 0
    assert streak([], today=THU) == 0


def test_goal_days_count_the_last_seven_days_only() -> None:
    days = [DayCount(THU - dt.timedelta(days=n), 10) for n in range(10)]
    assert goal_met_days(days, today=THU, goal=10) == 7
    assert goal_met_days(days, today=THU, goal=11) == 0


@pytest.mark.parametrize(
    ("stored", "goal"), [(None, 10), ("20", 20), ("0", 10), ("x", 10), ("999", 10)]
)
def test_a_stored_goal_that_cannot_be_one_falls_back_to_ten(stored: str | None, goal: int) -> None:
    assert daily_goal(stored) == goal
