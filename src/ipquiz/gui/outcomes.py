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


# The icon an answer tile carries after answering, per tile state (ChoiceButton): a
#: red-green colour-blind visitor tells a wrong pick from a right one by it and its word.
TILE_ICONS = {"right": "✔", "wrong": "✘", "missed": "➜"}


def tile_word(state: str) -> str:
    """What an answered tile was ('' for one neither picked nor right, or not answered)."""
    translate = QCoreApplication.translate
    return {
        "right": translate("Outcome", "Right pick"),
        "wrong": translate("Outcome", "Wrong pick"),
        "missed": translate("Outcome", "Right answer"),
    }.get(state, "")


def tile_mark(state: str) -> str:
    """Icon and word on an answered tile, e.g. "✘ Wrong pick"."""
    word = tile_word(state)
    return f"{TILE_ICONS[state]} {word}" if word else ""
