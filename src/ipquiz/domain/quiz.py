"""The quiz state machine: question -> (feedback) -> next -> ... -> finished.

One machine serves every mode; the QuizSpec decides whether feedback follows each
answer. Invalid transitions raise QuizStateError instead of corrupting the attempt.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ipquiz.domain.question import Question, QuestionType
from ipquiz.domain.results import AnswerRecord, QuizResult, summarize
from ipquiz.domain.scoring import ScoringProfile, profile_named, score_answer
from ipquiz.domain.spec import QuizSpec


class Phase(StrEnum):
    QUESTION = "question"
    FEEDBACK = "feedback"
    FINISHED = "finished"


class QuizStateError(RuntimeError):
    """An action that the quiz's current phase does not allow."""


@dataclass(frozen=True, slots=True)
class PlannedQuestion:
    """A question in an attempt, with the order its choices are shown in."""

    question: Question
    shown_order: tuple[int, ...]


def plan_choices(
    questions: Sequence[Question], *, shuffle: bool, rng: random.Random
) -> tuple[PlannedQuestion, ...]:
    """Fix each question's choice order for this attempt (true/false never shuffles)."""
    planned = []
    for q in questions:
        order = list(range(q.choice_count))
        if shuffle and q.type is not QuestionType.TRUE_FALSE:
            rng.shuffle(order)
        planned.append(PlannedQuestion(q, tuple(order)))
    return tuple(planned)


class Quiz:
    """One attempt in progress: which question is up, what was answered, the score."""

    def __init__(
        self,
        spec: QuizSpec,
        planned: Sequence[PlannedQuestion],
        answers: Sequence[AnswerRecord] = (),
    ) -> None:
        if not planned:
            raise ValueError("a quiz needs at least one question")
        self.spec = spec
        self.profile: ScoringProfile = profile_named(spec.scoring)
        self._planned = tuple(planned)
        self._answers: list[AnswerRecord] = list(answers)
        self._phase = Phase.FINISHED if len(self._answers) >= len(planned) else Phase.QUESTION

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def position(self) -> int:
        """Index of the question on screen (during feedback: the one just answered)."""
        answered = len(self._answers)
        return answered - 1 if self._phase is Phase.FEEDBACK else min(answered, self.total - 1)

    @property
    def total(self) -> int:
        return len(self._planned)

    @property
    def current(self) -> PlannedQuestion:
        if self._phase is Phase.FINISHED:
            raise QuizStateError("the quiz is finished")
        return self._planned[self.position]

    @property
    def planned(self) -> tuple[PlannedQuestion, ...]:
        return self._planned

    @property
    def answers(self) -> tuple[AnswerRecord, ...]:
        return tuple(self._answers)

    @property
    def last_answer(self) -> AnswerRecord | None:
        return self._answers[-1] if self._answers else None

    def answer(self, chosen: frozenset[int], *, elapsed_ms: int) -> AnswerRecord:
        """Record `chosen` (original choice indices) for the current question."""
        if self._phase is not Phase.QUESTION:
            raise QuizStateError(f"cannot answer during {self._phase}")
        item = self.current
        q = item.question
        if not chosen:
            raise ValueError("choose at least one answer")
        if any(not 0 <= i < q.choice_count for i in chosen):
            raise ValueError("answer out of range")
        if q.type is not QuestionType.MULTIPLE and len(chosen) != 1:
            raise ValueError("this question takes exactly one answer")
        record = AnswerRecord(
            question_id=q.id,
            category=q.category,
            difficulty=q.difficulty,
            position=len(self._answers),
            chosen=frozenset(chosen),
            correct=q.is_correct(frozenset(chosen)),
            points=score_answer(q, frozenset(chosen), self.profile),
            max_points=self.profile.points_per_question,
            elapsed_ms=max(0, elapsed_ms),
            shown_order=item.shown_order,
        )
        self._answers.append(record)
        if self.spec.immediate_feedback:
            self._phase = Phase.FEEDBACK
        else:
            self._advance()
        return record

    def next(self) -> Phase:
        """Leave the feedback panel: on to the next question, or finished."""
        if self._phase is not Phase.FEEDBACK:
            raise QuizStateError(f"nothing to continue from during {self._phase}")
        self._advance()
        return self._phase

    def _advance(self) -> None:
        self._phase = Phase.FINISHED if len(self._answers) >= self.total else Phase.QUESTION

    def result(self) -> QuizResult:
        return summarize(
            self._answers,
            total=self.total,
            pass_mark=self.spec.pass_mark,
            points_per_question=self.profile.points_per_question,
        )
