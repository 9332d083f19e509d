"""The review deck (错题本): every question a kept person answered wrong or partly right,
brought back on a schedule by FSRS (the `fsrs` package, the scheduler behind Anki's
modern algorithm).

A right answer to a deck question moves its next review out; a wrong one brings it back
the next day. Any answer a kept person gives (practice, review, a live class; an exam's
answers when it is submitted) updates the deck in the answer's own transaction, so the
deck never disagrees with the stored answers. The clock is the services' clock, so a
test or `ipquiz simulate --now` can play a month in a second.

Scheduling is in whole days: no learning steps in minutes (a learner here comes back
tomorrow, not in ten minutes), and no random fuzz (the same answers give the same
schedule, on every station).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import cast

from fsrs import Card, Rating, Scheduler, State
from fsrs.card import CardDict

from ipquiz.domain.persons import UnknownPersonError
from ipquiz.domain.results import AnswerRecord
from ipquiz.domain.review import SESSION_SIZE, DeckCard, end_of_day, remembered
from ipquiz.domain.spec import Mode, QuizSpec
from ipquiz.services.clock import Clock, local_now
from ipquiz.storage import person_repo, review_repo
from ipquiz.storage.database import Database, Session

SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
#: Card ids are not used (the row's key is the person and question): a fixed one spares
#: fsrs its clock-based id and the millisecond it sleeps to keep ids apart.
CARD_ID = 1
REVIEWS_KEY = "ipquiz_reviews"


def _utc(moment: dt.datetime) -> dt.datetime:
    """fsrs wants aware UTC times; the app's wall clock is naive local time, and only
    the days between reviews matter, so the same reading is used as UTC."""
    return moment.replace(tzinfo=dt.UTC)


def _reviews(raw: str) -> int:
    return int(json.loads(raw).get(REVIEWS_KEY, 0))


def record_answer(
    session: Session, person_id: int, record: AnswerRecord, *, now: dt.datetime
) -> None:
    """Update the person's deck for one answer, in the caller's transaction: a miss goes
    into the deck (or brings its card back); a right answer to a deck question moves it
    out; a right answer to a question not in the deck changes nothing."""
    stored = review_repo.card_json(session, person_id, record.question_id)
    right = remembered(record)
    if stored is None and right:
        return
    data = json.loads(stored) if stored is not None else {}
    reviews = int(data.pop(REVIEWS_KEY, 0))
    card = (
        Card.from_dict(cast(CardDict, data))
        if data
        else Card(card_id=CARD_ID, state=State.Learning, step=0)
    )
    card, _log = SCHEDULER.review_card(
        card, Rating.Good if right else Rating.Again, review_datetime=_utc(now)
    )
    raw = json.dumps(card.to_dict() | {REVIEWS_KEY: reviews + 1})
    review_repo.put_card(
        session, person_id, record.question_id, card_json=raw, due=card.due.replace(tzinfo=None)
    )


def keeps_deck(session: Session, person_id: int | None) -> bool:
    """Only a kept person has a deck (a guest keeps nothing beyond its attempts)."""
    if person_id is None:
        return False
    person = person_repo.get(session, person_id)
    return person is not None and not person.guest


class ReviewService:
    def __init__(self, db: Database, *, clock: Clock = local_now) -> None:
        self._db = db
        self._clock = clock

    def _kept(self, session: Session, person_id: int) -> int:
        if not keeps_deck(session, person_id):
            raise UnknownPersonError(f"no profile with id {person_id}")
        return person_id

    def due_count(self, person_id: int) -> int:
        """How many questions are due today (before the coming midnight)."""
        before = end_of_day(self._clock())
        return self._db.run(
            lambda s: review_repo.due_count(s, self._kept(s, person_id), before=before)
        )

    def due(self, person_id: int, *, limit: int = 500) -> list[str]:
        """The ids of today's due questions, the longest overdue first."""
        before = end_of_day(self._clock())
        return self._db.run(
            lambda s: review_repo.due_ids(s, self._kept(s, person_id), before=before, limit=limit)
        )

    def deck(self, person_id: int) -> list[DeckCard]:
        """The whole deck, soonest due first (the progress page's next reviews)."""
        rows = self._db.run(lambda s: review_repo.deck(s, self._kept(s, person_id)))
        return [DeckCard(q, due, _reviews(raw)) for q, due, raw in rows]

    def session_spec(self, person_id: int, *, size: int = SESSION_SIZE) -> QuizSpec | None:
        """A review session of up to `size` due questions, the longest overdue first
        (None: nothing is due). Played with QuizService.start(spec=..., person_id=...)."""
        ids = self.due(person_id, limit=size)
        if not ids:
            return None
        return QuizSpec(
            mode=Mode.REVIEW, count=len(ids), question_ids=tuple(ids), shuffle_questions=False
        )
