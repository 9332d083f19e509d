"""Text from a file or a person is plain text in every label: category names and
nicknames carrying markup are shown as typed, never rendered (an <img> could load a
file, an <a> could open a link). The kiosk's screens: kiosk/test_kiosk_plain_text.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from markup_names import NICK, labels_showing, marked_bank, rich_labels
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ipquiz.domain.quiz import Phase
from ipquiz.gui.failures import Failure
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.prompts import ConfirmDialog, confirm

__all__ = ["marked_bank"]  # the fixture


def test_home_screens_show_names_as_plain_text(
    qtbot: QtBot, open_window: Callable[..., MainWindow], marked_bank: Path
) -> None:
    window = open_window()
    start = window.start
    start.name.setText(NICK)
    assert rich_labels(window, "<img", "<a ") == []
    start.start_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.question, timeout=10_000)
    screen = window.question
    assert labels_showing(window, "<img") + labels_showing(window, "<a ") > 0  # a name is shown
    assert rich_labels(window, "<img", "<a ") == []
    active = window.active
    assert active is not None
    while active.quiz.phase is not Phase.FINISHED:
        screen._buttons[0].click()
        qtbot.waitUntil(lambda: screen.action_button.isEnabled(), timeout=10_000)
        screen.action_button.click()
        qtbot.waitUntil(lambda: screen.feedback.isVisible(), timeout=10_000)
        assert rich_labels(window, "<img", "<a ") == []
        screen.action_button.click()
        qtbot.waitUntil(
            lambda: active.quiz.phase is Phase.FINISHED or not screen.feedback.isVisible(),
            timeout=10_000,
        )
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.result, timeout=10_000)
    assert rich_labels(window, "<img", "<a ") == []


def test_warnings_and_questions_show_their_text_as_plain_text(
    qtbot: QtBot, open_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure quotes a file's name or a question's text: the message box shows it as typed."""
    shown: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", record)
    window = open_window()
    marked = f"{NICK}.csv"
    window.show_failure(Failure(kind="", where=marked, transient=False, error=OSError(marked)))
    assert [box.textFormat() for box in shown] == [Qt.TextFormat.PlainText]
    assert all(NICK in box.text() for box in shown)
    asked: list[ConfirmDialog] = []

    def answer(dialog: ConfirmDialog) -> int:
        asked.append(dialog)
        dialog.yes_button.click()
        return int(dialog.result())

    monkeypatch.setattr(ConfirmDialog, "exec", answer)
    assert confirm(window, marked, marked, yes=marked, no="no")
    (dialog,) = asked
    assert rich_labels(dialog, "<img", "<a ") == []
    assert dialog.heading.text() == dialog.message.text() == marked
