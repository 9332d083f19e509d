"""The review deck's rules without a scheduler or a database: which answers go into the
deck, how an answer rates a card, and what "due today" means."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ipquiz.domain.results import AnswerRecord, Outcome, outcome

#: How many due questions one review session asks at most.
SESSION_SIZE = 20


@dataclass(frozen=True, slots=True)
class DeckCard:
    """A question in a person's deck and when it is due next."""

    question_id: str
    due: dt.datetime
    reviews: int  # answers given to it since it entered the deck (the first, missed, counts)


def remembered(record: AnswerRecord) -> bool:
    """Right: the card's next review moves out. Wrong, partly right or not answered:
    it comes back soon (and a question not yet in the deck goes in)."""
    return outcome(record) is Outcome.CORRECT


def end_of_day(now: dt.datetime) -> dt.datetime:
    """The midnight after `now`: a card due before it is due today."""
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
