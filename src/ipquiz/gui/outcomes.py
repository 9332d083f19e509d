"""How the screens name an answer's outcome: always an icon and a word, never colour alone.

The words are the ones a results export uses in the same language, so a teacher
reading the file sees what the student saw.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ipquiz.domain.results import Outcome

ICONS = {
    Outcome.CORRECT: "✔",
    Outcome.PARTLY: "◐",
    Outcome.WRONG: "✘",
    Outcome.NO_ANSWER: "—",
}

# The style state (light.qss, kiosk.qss) each outcome is drawn in.
STATES = {
    Outcome.CORRECT: "right",
    Outcome.PARTLY: "partly",
    Outcome.WRONG: "wrong",
    Outcome.NO_ANSWER: "wrong",
}


def outcome_word(outcome: Outcome) -> str:
    translate = QCoreApplication.translate
    return {
        Outcome.CORRECT: translate("Outcome", "correct"),
        Outcome.PARTLY: translate("Outcome", "partly"),
        Outcome.WRONG: translate("Outcome", "wrong"),
        Outcome.NO_ANSWER: translate("Outcome", "no answer"),
    }[outcome]


def outcome_label(outcome: Outcome) -> str:
    """Icon and word, e.g. "◐ partly"."""
    return f"{ICONS[outcome]} {outcome_word(outcome)}"
