"""The quiz state machine, one for every mode.

Practice and kiosk: question -> answer (or time out) -> feedback -> next -> … -> finished.
Exam: move freely between questions, answer and change answers, then submit
(or run out of time) -> finished; feedback comes with the result.
Invalid actions raise QuizStateError instead of corrupting the attempt.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ipquiz.domain.language import clause_separator
from ipquiz.domain.question import CHOICE_LETTERS, LocalizedQuestion, Question, QuestionType
from ipquiz.domain.results import AnswerRecord, QuizResult, Slot, summarize
from ipquiz.domain.scoring import ScoringProfile, profile_named, score_answer
from ipquiz.domain.spec import QuizSpec


class Phase(StrEnum):
    QUESTION = "question"
    FEEDBACK = "feedback"
    FINISHED = "finished"


class QuizStateError(RuntimeError):
    """An action that the quiz's current phase or mode does not allow."""


@dataclass(frozen=True, slots=True)
class PlannedQuestion:
    """A question in an attempt, with the order its choices are shown in."""

    question: Question
    shown_order: tuple[int, ...]


def shown_letters(shown_order: tuple[int, ...], originals: frozenset[int]) -> list[str]:
    """The letters the choices `originals` had on screen, in screen order."""
    return [CHOICE_LETTERS[shown_order.index(i)] for i in sorted(originals, key=shown_order.index)]


def shown_choices(planned: PlannedQuestion, text: LocalizedQuestion, picked: frozenset[int]) -> str:
    """The picked choices as the player saw them: "B. 二十年；D. …" in screen order."""
    ordered = sorted(picked, key=planned.shown_order.index)
    return clause_separator(text.lang).join(
        f"{CHOICE_LETTERS[planned.shown_order.index(i)]}. {text.choices[i]}" for i in ordered
    )


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


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """Where a quiz stood, to go back to when an answer could not be stored."""

    phase: Phase
    cursor: int
    answers: tuple[AnswerRecord, ...]


class Quiz:
    """One attempt in progress: which question is up, what was answered, the score."""

    def __init__(
        self,
        spec: QuizSpec,
        planned: Sequence[PlannedQuestion],
        answers: Sequence[AnswerRecord] = (),
        *,
        finished: bool = False,
    ) -> None:
        if not planned:
            raise ValueError("a quiz needs at least one question")
        self.spec = spec
        self.profile: ScoringProfile = profile_named(spec.scoring)
        self._planned = tuple(planned)
        self._answers: dict[int, AnswerRecord] = {a.position: a for a in answers}
        self._cursor = 0
        if finished or (not spec.answers_changeable and len(self._answers) >= len(planned)):
            self._phase = Phase.FINISHED
        else:
            self._phase = Phase.QUESTION
            self._cursor = self._first_unanswered()

    # -- state -------------------------------------------------------------------
    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def asking(self) -> bool:
        """A question is on screen, waiting for an answer (or, in an exam, for changes)."""
        return self._phase is Phase.QUESTION

    @property
    def in_feedback(self) -> bool:
        return self._phase is Phase.FEEDBACK

    @property
    def position(self) -> int:
        """Index of the question on screen (during feedback: the one just answered)."""
        return self._cursor

    @property
    def total(self) -> int:
        return len(self._planned)

    @property
    def current(self) -> PlannedQuestion:
        if self._phase is Phase.FINISHED:
            raise QuizStateError("the quiz is finished")
        return self._planned[self._cursor]

    @property
    def planned(self) -> tuple[PlannedQuestion, ...]:
        return self._planned

    @property
    def answers(self) -> tuple[AnswerRecord, ...]:
        return tuple(self._answers[p] for p in sorted(self._answers))

    def answer_at(self, position: int) -> AnswerRecord | None:
        return self._answers.get(position)

    @property
    def missed(self) -> tuple[str, ...]:
        """The questions not answered right (wrong, partly right or unanswered), in order."""
        return tuple(
            p.question.id
            for position, p in enumerate(self._planned)
            if not ((record := self._answers.get(position)) and record.correct)
        )

    @property
    def unanswered(self) -> int:
        return self.total - len(self._answers)

    @property
    def last_answer(self) -> AnswerRecord | None:
        return self._answers.get(self._cursor) if self._phase is Phase.FEEDBACK else None

    @property
    def streak(self) -> int:
        """Right answers in a row up to the last one given (0 after a wrong one)."""
        return self._streak_before(max(self._answers, default=-1) + 1)

    def _first_unanswered(self) -> int:
        return next((p for p in range(self.total) if p not in self._answers), 0)

    def _streak_before(self, position: int) -> int:
        streak = 0
        for p in range(position - 1, -1, -1):
            record = self._answers.get(p)
            if record is None or not record.correct:
                break
            streak += 1
        return streak

    def checkpoint(self) -> Checkpoint:
        return Checkpoint(self._phase, self._cursor, self.answers)

    def restore(self, point: Checkpoint) -> None:
        """Back to `point`: the answer given since was not stored, so it is not taken."""
        self._phase, self._cursor = point.phase, point.cursor
        self._answers = {a.position: a for a in point.answers}

    # -- actions -----------------------------------------------------------------
    def answer(self, chosen: frozenset[int], *, elapsed_ms: int) -> AnswerRecord:
        """Record `chosen` (original choice indices) for the current question.

        In an exam this may replace an earlier answer to the same question.
        """
        if self._phase is not Phase.QUESTION:
            raise QuizStateError(f"cannot answer during {self._phase}")
        q = self.current.question
        if not chosen:
            raise ValueError("choose at least one answer")
        if any(not 0 <= i < q.choice_count for i in chosen):
            raise ValueError("answer out of range")
        if q.type is not QuestionType.MULTIPLE and len(chosen) != 1:
            raise ValueError("this question takes exactly one answer")
        if self._cursor in self._answers and not self.spec.answers_changeable:
            raise QuizStateError("this question is already answered")
        return self._record(frozenset(chosen), elapsed_ms)

    def time_out(self, *, elapsed_ms: int) -> AnswerRecord:
        """The countdown ran out: the question counts as unanswered (0 points)."""
        if self._phase is not Phase.QUESTION or not self.spec.question_seconds:
            raise QuizStateError("only a question with a running countdown can time out")
        return self._record(frozenset(), elapsed_ms)

    def _record(self, chosen: frozenset[int], elapsed_ms: int) -> AnswerRecord:
        item = self.current
        q = item.question
        limit_ms = self.spec.question_seconds * 1000 if self.spec.question_seconds else None
        record = AnswerRecord(
            question_id=q.id,
            category=q.category,
            difficulty=q.difficulty,
            position=self._cursor,
            chosen=chosen,
            correct=bool(chosen) and q.is_correct(chosen),
            points=score_answer(
                q,
                chosen,
                self.profile,
                elapsed_ms=elapsed_ms,
                limit_ms=limit_ms,
                streak_before=self._streak_before(self._cursor),
            ),
            max_points=self.profile.max_points(q),
            elapsed_ms=max(0, elapsed_ms),
            shown_order=item.shown_order,
        )
        self._answers[self._cursor] = record
        if self.spec.immediate_feedback:
            self._phase = Phase.FEEDBACK
        return record

    def next(self) -> Phase:
        """Leave the feedback panel: on to the next question, or finished."""
        if self._phase is not Phase.FEEDBACK:
            raise QuizStateError(f"nothing to continue from during {self._phase}")
        if len(self._answers) >= self.total:
            self._phase = Phase.FINISHED
        else:
            self._phase = Phase.QUESTION
            self._cursor = self._first_unanswered()
        return self._phase

    def goto(self, position: int) -> None:
        """Exam only: show another question (answered or not)."""
        if not self.spec.answers_changeable or self._phase is not Phase.QUESTION:
            raise QuizStateError("moving between questions is only for a running exam")
        if not 0 <= position < self.total:
            raise ValueError("no such question")
        self._cursor = position

    def submit(self) -> QuizResult:
        """Exam only: hand in (also when time runs out); unanswered questions score 0."""
        if not self.spec.answers_changeable or self._phase is not Phase.QUESTION:
            raise QuizStateError("only a running exam is submitted")
        self._phase = Phase.FINISHED
        return self.result()

    def result(self, *, leaving_out: Collection[int] = ()) -> QuizResult:
        """The result; questions at the positions `leaving_out` (a live class's skipped
        questions) count for nothing, neither answers nor maximum."""
        return summarize(
            (a for a in self.answers if a.position not in leaving_out),
            slots=[
                Slot(
                    p.question.category, p.question.difficulty, self.profile.max_points(p.question)
                )
                for position, p in enumerate(self._planned)
                if position not in leaving_out
            ],
            pass_mark=self.spec.pass_mark,
        )
