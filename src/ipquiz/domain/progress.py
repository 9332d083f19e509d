"""A learner's progress: what the database counted, put into weeks, streaks and goals.

The counting is done by SQL (storage/progress_repo.py); this module only arranges the
counts: days into weeks (Monday first), the run of days practised, the daily goal.

The streak is gentle: today counts once a question is answered, but a day not yet
practised does not break it (the streak runs until a whole day has passed without
practice), and the daily goal is shown as "met on N of the last 7 days", so one missed
day costs one day, not the whole count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

DEFAULT_DAILY_GOAL = 10
DAILY_GOAL_RANGE = (1, 200)
GOAL_KEY = "daily_goal"  # the person setting that holds it
WEEKS_SHOWN = 8
REVIEW_DAYS_SHOWN = 7


@dataclass(frozen=True, slots=True)
class DayCount:
    """Answers given on one day (local time), and how many of them were right."""

    day: dt.date
    answered: int
    correct: int = 0


@dataclass(frozen=True, slots=True)
class Week:
    start: dt.date  # a Monday
    answered: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        """Share answered right; None for a week without answers (not 0 %)."""
        return self.correct / self.answered if self.answered else None


@dataclass(frozen=True, slots=True)
class Mastery:
    """One category: its questions, those answered at least once, and those whose last
    answer was right."""

    category: str
    questions: int
    seen: int
    mastered: int

    @property
    def share(self) -> float:
        return self.mastered / self.questions if self.questions else 0.0


@dataclass(frozen=True, slots=True)
class Progress:
    answered: int
    correct: int
    weeks: tuple[Week, ...]  # oldest first, WEEKS_SHOWN of them, this week last
    mastery: tuple[Mastery, ...]
    streak: int  # days in a row practised, up to today (or yesterday, while today is open)
    practised_today: bool
    today_answered: int
    daily_goal: int
    goal_met_last_7: int  # days of the last 7 (today included) on which the goal was met
    reviews: tuple[DayCount, ...]  # due reviews: today (overdue included), then each day

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.answered if self.answered else None

    @property
    def goal_met_today(self) -> bool:
        return self.today_answered >= self.daily_goal


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weeks_of(
    days: Iterable[DayCount], *, today: dt.date, count: int = WEEKS_SHOWN
) -> tuple[Week, ...]:
    """The last `count` weeks (this one last), every one present, empty ones as zeros."""
    first = week_start(today) - dt.timedelta(weeks=count - 1)
    totals = {first + dt.timedelta(weeks=n): [0, 0] for n in range(count)}
    for d in days:
        start = week_start(d.day)
        if start in totals:
            totals[start][0] += d.answered
            totals[start][1] += d.correct
    return tuple(Week(start, answered, correct) for start, (answered, correct) in totals.items())


def streak(practised: Iterable[dt.date], *, today: dt.date) -> int:
    """Days in a row with practice, ending today, or yesterday if today is not practised yet."""
    days = set(practised)
    day = today if today in days else today - dt.timedelta(days=1)
    run = 0
    while day in days:
        run += 1
        day -= dt.timedelta(days=1)
    return run


def goal_met_days(days: Iterable[DayCount], *, today: dt.date, goal: int, span: int = 7) -> int:
    first = today - dt.timedelta(days=span - 1)
    return sum(1 for d in days if first <= d.day <= today and d.answered >= goal)


def reviews_by_day(
    due: Iterable[DayCount], *, today: dt.date, count: int = REVIEW_DAYS_SHOWN
) -> tuple[DayCount, ...]:
    """Reviews due on each of the next `count` days; overdue ones count for today."""
    by_day = {today + dt.timedelta(days=n): 0 for n in range(count)}
    for d in due:
        day = max(d.day, today)
        if day in by_day:
            by_day[day] += d.answered
    return tuple(DayCount(day, n) for day, n in by_day.items())


def daily_goal(value: str | None) -> int:
    """The stored setting, or the default for a missing or unreadable one."""
    try:
        goal = int(value) if value is not None else DEFAULT_DAILY_GOAL
    except ValueError:
        return DEFAULT_DAILY_GOAL
    low, high = DAILY_GOAL_RANGE
    return goal if low <= goal <= high else DEFAULT_DAILY_GOAL


def check_goal(goal: int) -> int:
    low, high = DAILY_GOAL_RANGE
    if not low <= goal <= high:
        raise ValueError(f"a daily goal is {low} to {high} questions")
    return goal


def progress_of(
    *,
    today: dt.date,
    totals: tuple[int, int],
    days: Sequence[DayCount],
    practised: Iterable[dt.date],
    mastery: Sequence[Mastery],
    due: Iterable[DayCount],
    goal: int,
) -> Progress:
    """Arrange the counts; `days` are the answers per day of (at least) the weeks shown."""
    today_answered = sum(d.answered for d in days if d.day == today)
    return Progress(
        answered=totals[0],
        correct=totals[1],
        weeks=weeks_of(days, today=today),
        mastery=tuple(mastery),
        streak=streak(practised, today=today),
        practised_today=today_answered > 0,
        today_answered=today_answered,
        daily_goal=goal,
        goal_met_last_7=goal_met_days(days, today=today, goal=goal),
        reviews=reviews_by_day(due, today=today),
    )
