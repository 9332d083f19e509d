"""What a quiz is asked to be: mode, topics, length and rules."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Mode(StrEnum):
    PRACTICE = "practice"
    EXAM = "exam"
    KIOSK = "kiosk"


@dataclass(frozen=True, slots=True)
class QuizSpec:
    """A request for a quiz; modes are configurations of this, not separate engines."""

    mode: Mode = Mode.PRACTICE
    categories: tuple[str, ...] = ()  # empty: every category
    difficulties: tuple[int, ...] = ()  # empty: every difficulty
    count: int = 10
    shuffle_choices: bool = True
    immediate_feedback: bool = True
    scoring: str = "accuracy"
    pass_mark: float = 0.6  # share of the maximum score
    seed: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.count <= 500:
            raise ValueError("a quiz has between 1 and 500 questions")
        if not 0.0 <= self.pass_mark <= 1.0:
            raise ValueError("the pass mark is a share between 0 and 1")
        if any(d not in (1, 2, 3) for d in self.difficulties):
            raise ValueError("difficulties are 1, 2 or 3")
