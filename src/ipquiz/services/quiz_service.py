"""Starting a quiz, recording each answer in its own transaction, and finishing it."""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass

from ipquiz.domain.question import Question
from ipquiz.domain.quiz import Phase, PlannedQuestion, Quiz, plan_choices
from ipquiz.domain.results import AnswerRecord, QuizResult
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.clock import Clock, local_now
from ipquiz.storage import bank_repo, results_repo
from ipquiz.storage.database import Database, Session


class NoQuestionsError(LookupError):
    """The chosen topics and difficulties match no question."""


@dataclass(slots=True)
class ActiveQuiz:
    """A quiz being played and the stored attempt it writes to."""

    attempt_id: int
    quiz: Quiz
    lang: str
    player: str


class QuizService:
    def __init__(self, db: Database, *, clock: Clock = local_now) -> None:
        self._db = db
        self._clock = clock

    def start(self, *, spec: QuizSpec, lang: str, player: str = "") -> ActiveQuiz:
        rng = random.Random(spec.seed)
        with self._db.transaction() as session:
            pool = bank_repo.eligible_ids(
                session, categories=spec.categories, difficulties=spec.difficulties
            )
            if not pool:
                raise NoQuestionsError("no question matches the chosen topics")
            ids = rng.sample(pool, min(spec.count, len(pool)))
            questions: list[Question] = bank_repo.load_questions(session, ids)
            planned = plan_choices(questions, shuffle=spec.shuffle_choices, rng=rng)
            attempt_id = results_repo.create_attempt(
                session,
                player=player.strip() or "guest",
                mode=spec.mode.value,
                lang=lang,
                spec=_spec_dict(spec),
                plan=[{"id": p.question.id, "order": list(p.shown_order)} for p in planned],
                scoring_profile=spec.scoring,
                scoring_version=Quiz(spec, planned).profile.version,
                now=self._clock(),
            )
        return ActiveQuiz(attempt_id, Quiz(spec, planned), lang, player)

    def answer(
        self, active: ActiveQuiz, chosen: frozenset[int], *, elapsed_ms: int
    ) -> AnswerRecord:
        """Score the answer and commit it before returning, so feedback never runs ahead."""
        record = active.quiz.answer(chosen, elapsed_ms=elapsed_ms)
        with self._db.transaction() as session:
            results_repo.add_response(session, active.attempt_id, record, now=self._clock())
            if active.quiz.phase is Phase.FINISHED and not active.quiz.spec.immediate_feedback:
                self._close(session, active, "finished")
        return record

    def finish(self, active: ActiveQuiz) -> QuizResult:
        if active.quiz.phase is not Phase.FINISHED:
            raise ValueError("the quiz still has questions to answer")
        with self._db.transaction() as session:
            self._close(session, active, "finished")
        return active.quiz.result()

    def abandon(self, active: ActiveQuiz) -> None:
        with self._db.transaction() as session:
            self._close(session, active, "abandoned")

    def _close(self, session: Session, active: ActiveQuiz, status: str) -> None:
        result = active.quiz.result()
        results_repo.close_attempt(
            session,
            active.attempt_id,
            status=status,
            score=result.overall.points,
            max_score=result.overall.max_points,
            now=self._clock(),
        )


def _spec_dict(spec: QuizSpec) -> dict[str, object]:
    data = dataclasses.asdict(spec)
    data["mode"] = spec.mode.value
    return data


__all__ = ["ActiveQuiz", "NoQuestionsError", "PlannedQuestion", "QuizService"]
