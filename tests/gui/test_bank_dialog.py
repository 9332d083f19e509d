"""Import and export from the window, with the work done in the background."""

from __future__ import annotations

from pathlib import Path

from off_ui_thread import settle
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.screens.bank_dialog import BankDialog

EXTRA = """category:
  id: extra
  name: {en: Extra topic}
questions:
  - id: x-one
    type: single
    difficulty: 1
    answer: B
    en: {prompt: "Imported?", choices: ["No", "Yes"]}
"""


def open_dialog(qtbot: QtBot, window: MainWindow) -> BankDialog:
    qtbot.mouseClick(window.start.bank_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(BankDialog)
    assert dialog is not None
    return dialog


def test_import_adds_a_topic_to_the_start_screen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "extra.yaml"
    source.write_text(EXTRA, encoding="utf-8")
    dialog = open_dialog(qtbot, window)
    dialog.ask_import_path = lambda: source  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.bank_changed, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)  # the window reads the topics again
    assert dialog.report.text() == "1 questions imported from extra.yaml."
    assert "extra" in window.start._topic_buttons
    assert window.start._topic_buttons["extra"].text().startswith("Extra topic")


def test_a_bad_file_imports_nothing_and_says_where(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "bad.yaml"
    source.write_text(EXTRA.replace("answer: B", "answer: Z"), encoding="utf-8")
    dialog = open_dialog(qtbot, window)
    dialog.ask_import_path = lambda: source  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled() and "Nothing" in dialog.report.text())
    assert "bad.yaml:5: x-one: answer must be a choice letter" in dialog.report.text()
    assert "extra" not in window.start._topic_buttons


def test_export_one_topic(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "alpha.yaml"
    dialog = open_dialog(qtbot, window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("yaml"))
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("alpha"))
    dialog.ask_export_path = lambda suggested: out  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "written" in dialog.report.text())
    assert out.read_text(encoding="utf-8").startswith("category:\n  id: alpha")
    assert dialog.progress.isHidden()
