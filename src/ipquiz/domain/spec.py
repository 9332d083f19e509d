"""What a quiz is asked to be: mode, topics, length and rules.

A mode is a configuration of the one quiz engine; the presets below are the
defaults each kind of user starts from, and any field can be changed and saved
under a name (a teacher's exam is reused as is).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ipquiz.domain.scoring import profile_named

#: The most questions one quiz (and one hand-picked set) holds.
MAX_COUNT = 500


class Mode(StrEnum):
    PRACTICE = "practice"
    EXAM = "exam"
    KIOSK = "kiosk"
    #: A kept person's due review cards, asked with feedback as in practice.
    REVIEW = "review"
    #: A student's seat in a live class (served to their browser by the teacher's PC).
    LIVE = "live"


@dataclass(frozen=True, slots=True)
class QuizSpec:
    """A request for a quiz."""

    mode: Mode = Mode.PRACTICE
    name: str = ""
    categories: tuple[str, ...] = ()  # empty: every category
    #: Relative share of difficulty 1, 2 and 3; a 0 leaves that level out.
    difficulty_mix: tuple[float, float, float] = (1.0, 1.0, 1.0)
    count: int = 10
    question_seconds: int | None = None  # per-question countdown (kiosk)
    total_seconds: int | None = None  # overall time limit (exam)
    shuffle_choices: bool = True
    scoring: str = "accuracy"
    pass_mark: float = 0.6  # share of the maximum score
    seed: int | None = None
    #: Hand-picked questions, asked instead of a draw (then `count` is their number).
    question_ids: tuple[str, ...] = ()
    #: False: drawn questions go from easy to hard, hand-picked ones in the picked order.
    shuffle_questions: bool = True
    #: Exams and kiosk rounds leave out questions citing a law text no longer in force,
    #: unless this allows them; practice asks them and says the law has changed.
    allow_superseded: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.count <= MAX_COUNT:
            raise ValueError(f"a quiz has between 1 and {MAX_COUNT} questions")
        if self.question_ids and len(self.question_ids) != self.count:
            raise ValueError("a hand-picked set has as many questions as were picked")
        if len(set(self.question_ids)) != len(self.question_ids):
            raise ValueError("a question is picked twice")
        profile_named(self.scoring)  # raises for an unknown profile
        if not 0.0 <= self.pass_mark <= 1.0:
            raise ValueError("the pass mark is a share between 0 and 1")
        if len(self.difficulty_mix) != 3 or any(w < 0 for w in self.difficulty_mix):
            raise ValueError("the difficulty mix has three shares, none negative")
        if not any(self.difficulty_mix):
            raise ValueError("the difficulty mix leaves every level out")
        for limit in (self.question_seconds, self.total_seconds):
            if limit is not None and limit <= 0:
                raise ValueError("time limits are positive numbers of seconds")

    @property
    def immediate_feedback(self) -> bool:
        """Practice and kiosk explain after each answer; an exam only at the end."""
        return self.mode is not Mode.EXAM

    @property
    def leaves_out_superseded(self) -> bool:
        """Exams, kiosk rounds and live classes keep to the laws in force; practice and the
        review of one's own misses ask every question, with a note on the law's revision."""
        return self.mode not in (Mode.PRACTICE, Mode.REVIEW) and not self.allow_superseded

    @property
    def answers_changeable(self) -> bool:
        return self.mode is Mode.EXAM

    @property
    def hand_picked(self) -> bool:
        return bool(self.question_ids)

    @property
    def difficulties(self) -> tuple[int, ...]:
        return tuple(
            level for level, w in zip((1, 2, 3), self.difficulty_mix, strict=True) if w > 0
        )

    @classmethod
    def practice(cls, **changes: Any) -> QuizSpec:
        return cls(mode=Mode.PRACTICE, **changes)

    @classmethod
    def exam(cls, **changes: Any) -> QuizSpec:
        defaults: dict[str, Any] = {"count": 20, "pass_mark": 0.6}
        return cls(mode=Mode.EXAM, **(defaults | changes))

    @classmethod
    def kiosk(cls, **changes: Any) -> QuizSpec:
        defaults: dict[str, Any] = {"count": 5, "question_seconds": 20, "scoring": "speed-streak"}
        return cls(mode=Mode.KIOSK, **(defaults | changes))

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["mode"] = self.mode.value
        data["categories"] = list(self.categories)
        data["difficulty_mix"] = list(self.difficulty_mix)
        data["question_ids"] = list(self.question_ids)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuizSpec:
        """The inverse of to_dict; unknown keys (from a newer version) are ignored."""
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["mode"] = Mode(values.get("mode", Mode.PRACTICE))
        values["categories"] = tuple(values.get("categories", ()))
        values["question_ids"] = tuple(values.get("question_ids", ()))
        if "difficulty_mix" in values:
            values["difficulty_mix"] = tuple(float(w) for w in values["difficulty_mix"])
        return cls(**values)
