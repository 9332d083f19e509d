"""A kept person's progress page, and their daily goal (a person setting)."""

from __future__ import annotations

import datetime as dt

from ipquiz.domain.persons import UnknownPersonError
from ipquiz.domain.progress import (
    GOAL_KEY,
    REVIEW_DAYS_SHOWN,
    WEEKS_SHOWN,
    Progress,
    check_goal,
    daily_goal,
    progress_of,
    week_start,
)
from ipquiz.services.clock import Clock, local_now
from ipquiz.storage import person_repo, progress_repo
from ipquiz.storage.database import Database, Session


class ProgressService:
    def __init__(self, db: Database, *, clock: Clock = local_now) -> None:
        self._db = db
        self._clock = clock

    def progress(self, person_id: int) -> Progress:
        """Everything the progress page shows, counted as of now (one transaction)."""
        today = self._clock().date()

        def work(session: Session) -> Progress:
            if person_repo.get(session, person_id) is None:
                raise UnknownPersonError(f"there is no profile {person_id}")
            since = week_start(today) - dt.timedelta(weeks=WEEKS_SHOWN - 1)
            return progress_of(
                today=today,
                totals=progress_repo.totals(session, person_id),
                days=progress_repo.answers_per_day(session, person_id, since=since),
                practised=progress_repo.days_practised(session, person_id, today=today),
                mastery=progress_repo.mastery(session, person_id),
                due=progress_repo.reviews_due(
                    session, person_id, before=today + dt.timedelta(days=REVIEW_DAYS_SHOWN)
                ),
                goal=daily_goal(person_repo.settings(session, person_id).get(GOAL_KEY)),
            )

        return self._db.run(work)

    def set_daily_goal(self, person_id: int, goal: int) -> None:
        """Questions a day the person aims for (1 to 200)."""
        value = str(check_goal(goal))

        def work(session: Session) -> None:
            if person_repo.get(session, person_id) is None:
                raise UnknownPersonError(f"there is no profile {person_id}")
            person_repo.put_settings(session, person_id, {GOAL_KEY: value})

        self._db.run(work)
