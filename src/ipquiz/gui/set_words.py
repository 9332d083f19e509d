"""A quiz set in one line of words, the same on the start screen and in the set builder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from ipquiz.domain.spec import Mode, QuizSpec


def profile_names() -> dict[str, str]:
    """The scoring profiles' names as people read them."""
    translate = QCoreApplication.translate
    return {
        "accuracy": translate("SetWords", "Accuracy"),
        "partial": translate("SetWords", "Partial credit"),
        "weighted": translate("SetWords", "Weighted by difficulty"),
        "speed-streak": translate("SetWords", "Speed and streak"),
    }


def describe_set(spec: QuizSpec) -> str:
    """E.g. "Exam · 20 questions · easy 25 % / medium 50 % / hard 25 % · 20 min in all ·
    Accuracy · pass at 60 %"."""
    translate = QCoreApplication.translate
    parts = [
        translate("SetWords", "Exam")
        if spec.mode is Mode.EXAM
        else translate("SetWords", "Practice")
    ]
    if spec.hand_picked:
        parts.append(
            translate("SetWords", "{0} hand-picked questions").format(len(spec.question_ids))
        )
    else:
        parts.append(translate("SetWords", "{0} questions").format(spec.count))
        if len(set(spec.difficulty_mix)) > 1:
            total = sum(spec.difficulty_mix)
            shares = (round(100 * w / total) for w in spec.difficulty_mix)
            parts.append(
                translate("SetWords", "easy {0} % / medium {1} % / hard {2} %").format(*shares)
            )
    if spec.question_seconds:
        parts.append(translate("SetWords", "{0} s a question").format(spec.question_seconds))
    if spec.total_seconds:
        parts.append(translate("SetWords", "{0} min in all").format(spec.total_seconds // 60))
    parts.append(profile_names().get(spec.scoring, spec.scoring))
    parts.append(translate("SetWords", "pass at {0} %").format(round(spec.pass_mark * 100)))
    return " · ".join(parts)


def label_modes(practice: QPushButton, exam: QPushButton) -> None:
    """The words on a Practice / Exam choice, the same wherever a mode is chosen."""
    translate = QCoreApplication.translate
    practice.setText(translate("SetWords", "Practice"))
    practice.setToolTip(translate("SetWords", "Explanations after each answer"))
    exam.setText(translate("SetWords", "Exam"))
    exam.setToolTip(translate("SetWords", "Change answers until you submit; results at the end"))
