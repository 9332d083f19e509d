"""Classes of attempts played through the services for the report's tests: the fixture
bank's five questions answered as a test needs, and a kiosk stand over two days."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from pathlib import Path

from ipquiz.config import resolve_locations
from ipquiz.domain.question import Question
from ipquiz.domain.quiz import Phase
from ipquiz.domain.results import share_of
from ipquiz.domain.score_table import Mark
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.kiosk_service import KioskService
from ipquiz.storage import bank_repo

SINGLE = ("a-single", "b-single", "a-tf")


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 5, 11, 8, 0)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=7)
        return self.now


def open_fixture_bank(data_dir: Path, small_bank: Path) -> AppServices:
    """Services on the five-question bank with a clock that ticks on every reading."""
    return open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank, clock=Clock())


def wrong(q: Question, rng: random.Random | None = None) -> frozenset[int]:
    """A wrong choice: the first, or a random one."""
    options = [i for i in range(q.choice_count) if i not in q.correct]
    return frozenset({rng.choice(options) if rng else options[0]})


Answers = Mapping[str, frozenset[int] | None]  # None: left unanswered


def play(services: AppServices, name: str, answers: Answers, *, seed: int) -> dict[str, Mark]:
    """An exam of the whole five-question bank, choices shuffled; returns its marks as the
    reference computes them from what the quiz scored."""
    active = services.quiz.start(
        spec=QuizSpec.exam(count=5, seed=seed, scoring="partial"), lang="en", player=name
    )
    quiz = active.quiz
    for position, planned in enumerate(quiz.planned):
        quiz.goto(position)
        chosen = answers.get(planned.question.id)
        if chosen:
            services.quiz.answer(active, chosen, elapsed_ms=3000)
    services.quiz.finish(active)
    assert quiz.phase is Phase.FINISHED
    marks = {}
    for planned in quiz.planned:
        record = quiz.answer_at(quiz.planned.index(planned))
        x = 0.0
        if record is not None:
            x = 1.0 if record.correct else share_of(record.points, record.max_points)
        marks[planned.question.id] = Mark(
            x, record.chosen if record else frozenset(), bool(record and record.correct)
        )
    return marks


def bank(services: AppServices) -> dict[str, Question]:
    with services.db.transaction() as session:
        return {q.id: q for q in bank_repo.all_questions(session)}


#: The domain test's example: totals 3, 2, 2, 1, 1 over the three single-answer questions.
TIED = [[1, 1, 1], [1, 1, 0], [1, 0, 1], [1, 0, 0], [0, 1, 0]]


def play_tied(services: AppServices, names: list[str]) -> None:
    """Five exams answering as TIED, leaving the other two questions unanswered, with
    choices shuffled differently each time."""
    questions = bank(services)
    for n, (row, name) in enumerate(zip(TIED, names, strict=True)):
        answers = {
            qid: questions[qid].correct if right else wrong(questions[qid])
            for qid, right in zip(SINGLE, row, strict=True)
        }
        play(services, name, answers, seed=n + 1)


def kiosk_round(kiosk: KioskService, *, right: int, visit: int | None = None) -> int:
    """A kiosk round: the first `right` questions right, the rest wrong."""
    active = kiosk.start_round(lang="en", visit=visit)
    quiz = active.quiz
    while quiz.phase is not Phase.FINISHED:
        q = quiz.current.question
        kiosk.quiz.answer(active, q.correct if quiz.position < right else wrong(q), elapsed_ms=900)
        quiz.next()
    kiosk.quiz.finish(active)
    return active.attempt_id


def play_stand(data_dir: Path, small_bank: Path) -> Clock:
    """Two kiosks of a stand over two days: hall-a's visitor plays twice (5 and 2 right),
    hall-b has a round with none right, and one with 4 the next day."""
    clock = Clock()
    opened = [
        open_services(
            resolve_locations(data_dir=str(data_dir)), bank=small_bank, station=name, clock=clock
        )
        for name in ("hall-a", "hall-b")
    ]
    try:
        a, b = (s.kiosk() for s in opened)
        first = kiosk_round(a, right=5)
        kiosk_round(a, right=2, visit=first)  # the same visitor plays again
        kiosk_round(b, right=0)
        clock.now += dt.timedelta(days=1)
        kiosk_round(b, right=4)
    finally:
        for s in opened:
            s.close()
    return clock
