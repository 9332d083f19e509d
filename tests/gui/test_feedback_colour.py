"""The feedback heading is drawn in its outcome's colour, answer after answer."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ipquiz.gui.main_window import MainWindow

# The theme's verdict colours (resources/themes/light.qss).
COLOURS = {"right": "#0f5f58", "wrong": "#b91c1c"}


def drawn_ink(label: QLabel) -> str:
    """The colour the label's text is painted in: the commonest pixel that is not its
    background (glyph strokes are solid in a bold heading, only their edges blend)."""
    image = label.grab().toImage()
    background = image.pixelColor(0, 0).name()
    counts = Counter(
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    )
    counts.pop(background, None)
    assert counts, "nothing drawn"
    return counts.most_common(1)[0][0]


def answer(qtbot: QtBot, window: MainWindow, *, right: bool) -> str:
    """Answer the question on screen rightly or wrongly; the state the panel shows."""
    assert window.active is not None
    item = window.active.quiz.current
    correct = item.question.correct
    wrong = next(i for i in range(item.question.choice_count) if i not in correct)
    for pick in sorted(correct) if right else [wrong]:
        window.question.pick(item.shown_order.index(pick))
    qtbot.keyClick(window.question, Qt.Key.Key_Return)
    return str(window.question.feedback.property("state"))


@pytest.mark.parametrize("order", [(True, False, True), (False, True, False)])
def test_verdict_takes_each_answers_colour(
    qtbot: QtBot, window: MainWindow, order: tuple[bool, ...]
) -> None:
    start = window.start
    qtbot.mouseClick(start.length.group.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    for right in order:
        state = answer(qtbot, window, right=right)
        assert state == ("right" if right else "wrong")
        assert QColor(drawn_ink(window.question.verdict)).name() == COLOURS[state], state
        qtbot.keyClick(window.question, Qt.Key.Key_Return)
