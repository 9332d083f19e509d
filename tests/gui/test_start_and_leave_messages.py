"""What the start screen and "Leave quiz" tell the person, and that it is true."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from pytestqt.qtbot import QtBot
from taps import click

from ipquiz.gui import main_window
from ipquiz.gui.main_window import MainWindow


def test_asking_for_more_questions_than_the_topics_hold_says_how_many(
    qtbot: QtBot, window: MainWindow
) -> None:
    start = window.start
    assert start.status.text().endswith("hold only 5 questions: the quiz will have 5.")
    click(qtbot, start.length.group.buttons()[0])  # 5
    assert start.status.text() == ""
    click(qtbot, start.length.group.buttons()[2])  # 20
    assert start.status.text() == "The chosen topics hold only 5 questions: the quiz will have 5."
    click(qtbot, start._topic_buttons["beta"])  # alpha alone: 3
    assert "hold only 3 questions" in start.status.text()
    click(qtbot, start.start_button)
    assert window.active is not None
    assert window.active.quiz.total == 3  # what the note said


@pytest.mark.parametrize(
    ("mode", "words"),
    [(0, "Leave this quiz? The 1 answers"), (1, "Leave the exam without submitting it?")],
)
def test_leave_says_the_quiz_is_closed_and_it_is(
    qtbot: QtBot,
    window: MainWindow,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    mode: int,
    words: str,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        main_window, "confirm", lambda parent, title, text, **_kw: asked.append(text) or True
    )
    click(qtbot, window.start.mode.group.buttons()[mode])
    click(qtbot, window.start.start_button)
    qtbot.keyClick(window.question, Qt.Key.Key_1)
    if mode == 0:
        qtbot.keyClick(window.question, Qt.Key.Key_Return)
    qtbot.keyClick(window.question, Qt.Key.Key_Escape)
    assert asked[0].startswith(words)
    assert "cannot be continued later" in asked[0]
    assert window.stack.currentWidget() is window.start
    with sqlite3.connect(data_dir / "ipquiz.db") as conn:
        (status,) = conn.execute("SELECT status FROM attempts").fetchone()
        (answers,) = conn.execute("SELECT count(*) FROM responses").fetchone()
    assert (status, answers) == ("abandoned", 1)  # closed, the answer kept


def test_the_export_dialog_opens_in_documents_and_offers_the_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    opened: list[str] = []
    out = tmp_path / "mine"  # typed without an extension, the XLSX filter chosen

    def save_dialog(parent: object, title: str, suggested: str, filters: str, chosen: str):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(out), chosen

    monkeypatch.setattr(main_window.QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(main_window, "confirm", lambda parent, title, text, **_kw: True)
    monkeypatch.setattr(
        main_window.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    click(qtbot, window.start.length.group.buttons()[0])
    click(qtbot, window.start.start_button)
    for _ in range(5):
        qtbot.keyClick(window.question, Qt.Key.Key_1)
        qtbot.keyClick(window.question, Qt.Key.Key_Return)
        qtbot.keyClick(window.question, Qt.Key.Key_Return)
    click(qtbot, window.result.export_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(asked[0]).parent == Path(documents)
    assert Path(asked[0]).suffix == ".xlsx"
    assert (tmp_path / "mine.xlsx").exists()
    assert opened == [str(tmp_path)]
    assert window.result.status.text() == f"5 rows written to {tmp_path / 'mine.xlsx'}"
