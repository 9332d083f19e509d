"""Import and export from the window, with the work done as the window's service calls."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from accessible_names import HAN, unnamed_controls
from faults import Flaky
from off_ui_thread import OffUiThread, settle, unguarded
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel
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
    assert dialog.report.text() == (
        "Nothing was imported: the file has 1 problems. The details say where."
    )
    assert dialog.details.isHidden()
    dialog.details_toggle.setChecked(True)
    assert dialog.details.isVisible()
    assert "bad.yaml:5: x-one: answer must be a choice letter" in dialog.details.toPlainText()
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


def import_in(qtbot: QtBot, dialog: BankDialog, source: Path, conflict: str = "keep") -> None:
    dialog.conflict_box.setCurrentIndex(dialog.conflict_box.findData(conflict))
    dialog.ask_import_path = lambda: source  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled() and "…" not in dialog.report.text())


def export_in(qtbot: QtBot, dialog: BankDialog, out: Path, fmt: str, lang: str = "en") -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData(lang))
    dialog.ask_export_path = lambda suggested: out  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled() and "…" not in dialog.report.text())


def test_the_whole_bank_goes_to_yaml_files_and_back_without_changing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, window)
    folder = tmp_path / "ipquiz-questions"
    export_in(qtbot, dialog, folder, "yaml")
    assert dialog.report.text() == (
        f"5 questions written to the folder {folder}, one file per topic."
    )
    assert sorted(p.name for p in folder.iterdir()) == ["alpha.yaml", "beta.yaml"]
    archive = tmp_path / "bank.zip"
    export_in(qtbot, dialog, archive, "zip")
    import_in(qtbot, dialog, archive)
    assert dialog.report.text() == (
        "0 questions imported from bank.zip.\n5 were already in the bank and were kept as they are."
    )


def test_a_poorer_replacement_is_refused_in_chinese_with_details(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = open_window(lang="zh-CN")
    dialog = open_dialog(qtbot, window)
    assert dialog.conflict_box.currentData() == "keep"
    assert dialog.conflict_box.currentText() == "保留题库中的版本"
    gift = tmp_path / "bank.gift"
    export_in(qtbot, dialog, gift, "gift", lang="en")
    import_in(qtbot, dialog, gift, conflict="replace")
    summary = dialog.report.text()
    assert summary.startswith("未导入任何题目：")
    assert "一种语言" in summary
    details = dialog.details.toPlainText()
    assert "bank.gift:0: question a-single: replacing it would drop the zh-CN text" in details
    import_in(qtbot, dialog, gift, conflict="new")
    assert "作为新副本导入" in dialog.report.text()
    assert "bank.gift: a-single -> a-single-2" in dialog.details.toPlainText()


def test_an_aiken_txt_file_is_read_as_aiken(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "quiz.txt"
    source.write_text("Which one?\nA. This\nB. That\nANSWER: B\n", encoding="utf-8")
    dialog = open_dialog(qtbot, window)
    import_in(qtbot, dialog, source)
    assert dialog.report.text() == "1 questions imported from quiz.txt."


class SlowImport:
    """The bank service behind a slow disk: an import reports progress as it goes."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def import_file(self, path: Path, **options: Any) -> Any:
        report = options["progress"]
        for done in range(1, 4):
            report(done, 4)
            time.sleep(0.3)
        return self.real.import_file(path, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def test_a_long_import_runs_as_a_window_call_with_progress(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "extra.yaml"
    source.write_text(EXTRA, encoding="utf-8")
    assert window.services is not None
    window.services.bank = OffUiThread(SlowImport(unguarded(window.services.bank)))  # type: ignore[assignment]
    dialog = open_dialog(qtbot, window)
    dialog.ask_import_path = lambda: source  # type: ignore[method-assign]
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not window.calls.idle  # one of the window's service calls, like every other
    assert dialog.progress.isVisible()
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 4 and dialog.progress.value() >= 2)
    dialog.reject()  # Esc while it runs: the dialog stays, showing its progress
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: window.calls.idle, timeout=10_000)
    assert dialog.report.text() == "1 questions imported from extra.yaml."
    assert dialog.progress.isHidden()
    dialog.reject()
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "It did not work: Lost the connection to the database server ("),
        ("zh-CN", "操作未完成：与数据库服务器的连接已断开（"),
    ],
)
def test_a_database_failure_is_said_in_one_translated_line(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path, lang: str, expected: str
) -> None:
    source = tmp_path / "extra.yaml"
    source.write_text(EXTRA, encoding="utf-8")
    window = open_window(lang=lang)
    assert window.services is not None
    window.services.bank = OffUiThread(Flaky(unguarded(window.services.bank), "import_file", 1))  # type: ignore[assignment]
    dialog = open_dialog(qtbot, window)
    import_in(qtbot, dialog, source)
    assert dialog.report.text().startswith(expected)
    assert "\n" not in dialog.report.text()
    assert "INSERT" not in dialog.report.text()  # not the driver's words


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_every_field_has_a_label_and_a_spoken_name(
    qtbot: QtBot, open_window: Callable[..., MainWindow], lang: str
) -> None:
    dialog = open_dialog(qtbot, open_window(lang=lang))
    for part in (dialog.progress, dialog.details_toggle, dialog.details):
        part.show()  # as after an import with problems
    # On Linux a drop-down speaks its current entry, and its label through the buddy
    # relation; format names ("ipquiz YAML", "Moodle XML") are the same in both languages.
    formats = {dialog.format_box.itemText(i) for i in range(dialog.format_box.count())}
    assert unnamed_controls(dialog, lang, data=formats) == []
    labelled = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)}
    for field in dialog.findChildren(QComboBox):
        assert labelled.get(field), field.accessibleName()
        assert labelled[field].rstrip(":：") in field.accessibleName()
        assert field.accessibleDescription()
        if lang == "zh-CN":
            assert HAN.search(field.accessibleName() + field.accessibleDescription())
