"""The per-answer commit path on a server: a visitor's or guest's answer is one
statement in one round trip (no BEGIN and COMMIT around it); a kept person's practice
answer, which also moves their review deck, stays one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from dbcheck import committed
from sqlalchemy import event

from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices
from ipquiz.services.quiz_service import ActiveQuiz


@contextmanager
def wire(services: AppServices, folder: Path) -> Iterator[list[str]]:
    """The messages this program sends the server (libpq's trace of the protocol), as
    "Query BEGIN" or "Sync" lines: each Query or Sync is one round trip."""
    trace = folder / "protocol.trace"
    out = trace.open("w", encoding="utf-8")

    def traced(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        dbapi_connection.pgconn.trace(out.fileno())

    pool = services.db.engine.pool
    event.listen(pool, "checkout", traced)
    sent: list[str] = []
    try:
        yield sent
    finally:
        event.remove(pool, "checkout", traced)
        out.close()
        for line in trace.read_text(encoding="utf-8", errors="replace").splitlines():
            fields = line.split("\t")
            if len(fields) > 3 and fields[1] == "F" and fields[3] in ("Query", "Sync"):
                sent.append(" ".join(f.strip(' "') for f in fields[3:5]).strip())


def answer_one(services: AppServices, active: ActiveQuiz, *, right: bool = True) -> None:
    question = active.quiz.current.question
    wrong = frozenset({next(i for i in range(question.choice_count) if i not in question.correct)})
    services.quiz.answer(active, question.correct if right else wrong, elapsed_ms=700)


@pytest.mark.postgresql_only
def test_a_visitors_answer_is_one_round_trip(
    services: AppServices, database_url: str, tmp_path: Path
) -> None:
    kiosk = services.kiosk()
    active = kiosk.start_round(lang="en")
    with wire(services, tmp_path) as sent:
        answer_one(services, active)
    assert sent == ["Sync"]  # Parse, Bind, Execute, Sync: no BEGIN, no COMMIT
    rows = committed(
        database_url, "SELECT count(*) FROM responses WHERE attempt_id = :a", a=active.attempt_id
    )
    assert rows == [(1,)]  # committed when `answer` returned: another connection sees it


@pytest.mark.postgresql_only
def test_a_kept_persons_answer_and_deck_are_one_transaction(
    services: AppServices, database_url: str, tmp_path: Path
) -> None:
    person = services.persons.create("Li Lei")
    active = services.quiz.start(spec=QuizSpec.practice(count=3), lang="en", person_id=person.id)
    assert active.keeps_deck
    with wire(services, tmp_path) as sent:
        answer_one(services, active, right=False)  # a miss goes into the deck
    assert sent[0] == "Query BEGIN"
    assert sent[-1] == "Query COMMIT"
    cards = committed(
        database_url, "SELECT count(*) FROM review_cards WHERE person_id = :p", p=person.id
    )
    assert cards == [(1,)]
