"""Scripted attempts through the same services as the GUI: soak, crash and load tests.

Answers are random (right about two times in three), timings simulated rather than
waited for. With `on_answer`, every answer is reported right after its commit, so a
test that kills the process knows exactly which answers must have survived.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from ipquiz.domain.question import QuestionType
from ipquiz.domain.quiz import Phase
from ipquiz.domain.results import AnswerRecord
from ipquiz.domain.spec import Mode, QuizSpec
from ipquiz.services.quiz_service import ActiveQuiz, QuizService
from ipquiz.services.review import ReviewService

AnswerHook = Callable[[ActiveQuiz, AnswerRecord], None]


@dataclass(frozen=True, slots=True)
class SimulationSummary:
    mode: str
    rounds: int
    answers: int
    mean_score: float  # mean share of the maximum, 0..1
    recovered: int
    seconds: float


def spec_for(mode: Mode, *, profile: str | None, seed: int | None) -> QuizSpec:
    changes = {"seed": seed} | ({"scoring": profile} if profile else {})
    factory = {
        Mode.PRACTICE: QuizSpec.practice,
        Mode.EXAM: QuizSpec.exam,
        Mode.KIOSK: QuizSpec.kiosk,
    }
    return factory[mode](**changes)


def _random_answer(active: ActiveQuiz, rng: random.Random) -> frozenset[int]:
    q = active.quiz.current.question
    if rng.random() < 0.65:
        return q.correct
    if q.type is QuestionType.MULTIPLE:
        return frozenset(rng.sample(range(q.choice_count), rng.randint(1, q.choice_count)))
    return frozenset({rng.randrange(q.choice_count)})


def play(
    service: QuizService, active: ActiveQuiz, rng: random.Random, on_answer: AnswerHook | None
) -> None:
    """Answer until the attempt can be finished, the way a person would in that mode."""
    quiz = active.quiz
    limit = quiz.spec.question_seconds
    while quiz.phase is not Phase.FINISHED:
        if quiz.phase is Phase.FEEDBACK:
            quiz.next()
            continue
        elapsed = rng.randint(1_000, (limit or 15) * 1000 + 2_000)
        if limit and elapsed > limit * 1000:
            record = service.time_out(active, elapsed_ms=limit * 1000)
        else:
            record = service.answer(active, _random_answer(active, rng), elapsed_ms=elapsed)
        if on_answer:
            on_answer(active, record)
        if quiz.spec.answers_changeable:
            if quiz.unanswered == 0:
                break
            quiz.goto(next(p for p in range(quiz.total) if quiz.answer_at(p) is None))
    service.finish(active)


def simulate(
    service: QuizService,
    *,
    mode: Mode,
    rounds: int,
    seed: int | None = None,
    profile: str | None = None,
    player: str | None = None,
    person_id: int | None = None,
    review: ReviewService | None = None,
    on_answer: AnswerHook | None = None,
) -> SimulationSummary:
    """`rounds` attempts in `mode`, for the kept person `person_id`, or a guest called
    `player` ('' anonymous), or 50 guests in turn. In review mode each round is the
    person's review session of the moment (`review`), until nothing is due."""
    rng = random.Random(seed)
    began = time.perf_counter()
    recovered = service.interrupted()  # a cut attempt from last time: finish it first
    for active in recovered:
        play(service, active, rng, on_answer)
    answers = 0
    shares: list[float] = []
    for n in range(rounds):
        if mode is Mode.REVIEW:
            if review is None or person_id is None:
                raise ValueError("a review is played by a kept person")
            due = review.session_spec(person_id)
            if due is None:
                break
            spec = due
        else:
            spec = spec_for(mode, profile=profile, seed=None if seed is None else seed + n)
        owner = "station:simulator" if mode is Mode.KIOSK else None
        active = service.start(
            spec=spec,
            lang=rng.choice(("zh-CN", "en")),
            player=f"sim-{n % 50}" if player is None else player,
            person_id=person_id,
            owner=owner,
        )
        play(service, active, rng, on_answer)
        answers += len(active.quiz.answers)
        shares.append(active.quiz.result().overall.share)
    return SimulationSummary(
        mode=mode.value,
        rounds=len(shares),
        answers=answers,
        mean_score=round(sum(shares) / len(shares), 4) if shares else 0.0,
        recovered=len(recovered),
        seconds=round(time.perf_counter() - began, 3),
    )
