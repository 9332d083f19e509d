"""A live class from the window: a saved set and a class, the projector's code, URL and
QR code, students joining over the network, a teacher-paced question revealed with the
class's shares, the grid, the end and the export of what the grid showed."""

from __future__ import annotations

import asyncio
import socket
import threading
from pathlib import Path

import openpyxl
from off_ui_thread import unguarded
from PySide6.QtGui import QFontInfo
from pytestqt.qtbot import QtBot
from taps import click

from ipquiz.domain.accessibility import AccessPreset
from ipquiz.domain.spec import QuizSpec
from ipquiz.gui.accessibility import put_in_force
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.screens.live_class import RIGHT, LiveClassScreen
from ipquiz.services.live_bots import BotReport, play_all


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_teacher_paced_live_class_from_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.services is not None
    unguarded(window.services.sets).save(QuizSpec(name="Week 3", count=2))
    unguarded(window.services.rosters).import_text("1 王芳\n2 李雷", name="初二(3)班")
    click(qtbot, window.start.live_button)
    screen: LiveClassScreen = window.live_class
    assert window.stack.currentWidget() is screen
    assert screen.set_box.currentText() == "Week 3"
    screen.class_box.setCurrentIndex(1)
    assert screen.class_box.currentText() == "初二(3)班 (2)"
    screen.teacher_paced.setChecked(True)
    screen.interface_box.setCurrentText("127.0.0.1")
    screen.port.setValue(free_port())
    click(qtbot, screen.start_session)
    room, server = screen.room, screen.server
    assert room is not None
    assert server is not None
    try:
        assert screen.code.text() == room.code
        assert screen.url.text() == f"http://127.0.0.1:{screen.port.value()}/?code={room.code}"
        assert screen.qr.accessibleName() == screen.url.text()
        reports: list[BotReport] = []
        bots = threading.Thread(
            target=lambda: reports.extend(
                asyncio.run(play_all(server.url, room.code, 2, spread_s=0.2, deadline_s=60))
            )
        )
        bots.start()
        qtbot.waitUntil(lambda: "2 joined" in screen.joined.text(), timeout=15_000)
        assert "王芳" in screen.joined.text()
        assert "李雷" in screen.joined.text()
        click(qtbot, screen.go_button)  # start: the first question on the projector
        assert screen.body.currentWidget() is screen.question_panel
        assert screen.prompt.text() == room.planned[0].question.localized("en").prompt
        qtbot.waitUntil(lambda: screen.answered.text() == "2 of 2 answered", timeout=15_000)
        assert screen.go_button.text() == "Reveal the answer"
        click(qtbot, screen.go_button)
        assert screen.reveal_text.text().startswith("Answer: ")
        assert "%" in screen.choices.text()
        click(qtbot, screen.go_button)  # next question
        qtbot.waitUntil(lambda: screen.answered.text() == "2 of 2 answered", timeout=15_000)
        click(qtbot, screen.go_button)  # reveal
        assert screen.go_button.text() == "Finish"
        click(qtbot, screen.go_button)
        bots.join(timeout=30)
        assert all(r.finished for r in reports)
        assert screen.export_button.isVisible()
        assert screen.body.currentWidget() is screen.grid
        shown = {
            screen.grid.verticalHeaderItem(r).text(): screen.grid.item(r, 2).text()
            for r in range(2)
        }
        assert set(shown) == {"王芳", "李雷"}
        cells = [screen.grid.item(r, c).text() for r in range(2) for c in range(2)]
        assert all(cell in (RIGHT, "✗", "½") for cell in cells)  # marks, not colour alone

        path = tmp_path / "live.xlsx"
        screen.ask_export_path = lambda: path  # type: ignore[method-assign]
        click(qtbot, screen.export_button)
        sheet = openpyxl.load_workbook(path).worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        assert len(rows) - 1 == 4  # one row per answer: 2 students x 2 questions
        names = {str(v) for row in rows[1:] for v in row if v in ("王芳", "李雷")}
        assert names == {"王芳", "李雷"}
        right_marks = sum(cell == RIGHT for cell in cells)
        header = [str(h) for h in rows[0]]
        correct_col = next(
            i for i, h in enumerate(header) if h.lower() in ("correct", "outcome", "result")
        )
        exported_right = sum(
            1
            for row in rows[1:]
            if str(row[correct_col]).lower() in ("correct", "true", "yes", "1")
        )
        assert exported_right == right_marks  # the export says what the grid showed

        # two clicks to the class report's workbook: "Class report…", then "Save workbook…"
        assert screen.report_button.isVisible()
        click(qtbot, screen.report_button)
        results = window.results
        assert window.stack.currentWidget() is results
        qtbot.waitUntil(lambda: results.live.currentData() == room.session_id, timeout=15_000)
        qtbot.waitUntil(lambda: results.xlsx_button.isEnabled(), timeout=15_000)
        book = tmp_path / "report.xlsx"
        results.ask_path = lambda suffix: book  # type: ignore[method-assign]
        click(qtbot, results.xlsx_button)
        qtbot.waitUntil(book.exists, timeout=15_000)
        students = openpyxl.load_workbook(book)["Students"]
        listed = {str(v) for row in students.iter_rows(values_only=True) for v in row}
        assert {"王芳", "李雷"} <= listed
        window.show_start()
        click(qtbot, window.start.live_button)
    finally:
        click(qtbot, screen.close_button)
    assert screen.server is None
    assert window.stack.currentWidget() is window.start


def test_the_projectors_words_follow_the_text_size(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window.start.live_button)
    screen: LiveClassScreen = window.live_class

    def sizes() -> list[int]:
        shown = (screen.code, screen.url, screen.countdown, screen.prompt, screen.board)
        return [QFontInfo(label.font()).pixelSize() for label in shown]

    assert sizes() == [72, 22, 40, 30, 21]
    put_in_force(AccessPreset(text_size=150))
    assert sizes() == [108, 33, 60, 45, 32]
    put_in_force(AccessPreset())
    assert sizes() == [72, 22, 40, 30, 21]
