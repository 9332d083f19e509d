"""After a quiz: every question to go back over (touch and keyboard, nothing in tooltips),
"Practise the ones I missed", and the certificate of a passed exam (saved and printed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from taps import click

from ipquiz.domain.results import Outcome
from ipquiz.domain.spec import Mode
from ipquiz.gui.certificate_dialog import CertificateDialog
from ipquiz.gui.main_window import MainWindow


def answer(qtbot: QtBot, window: MainWindow, *, right: bool) -> None:
    """Answer the question on screen right or wrong, by clicking its choices."""
    assert window.active is not None
    item = window.active.quiz.current
    question = item.question
    wrong = next(i for i in range(question.choice_count) if i not in question.correct)
    for original in sorted(question.correct if right else {wrong}):
        click(qtbot, window.question._buttons[item.shown_order.index(original)])
    if not window.active.quiz.spec.answers_changeable:
        click(qtbot, window.question.action_button)
        qtbot.keyClick(window.question, Qt.Key.Key_Return)  # on from the feedback


def play(qtbot: QtBot, window: MainWindow, pattern: str, *, exam: bool = False) -> None:
    """Play a 5-question quiz from the start screen: pattern 'x..x.' = wrong, right, …"""
    start = window.start
    if exam:
        click(qtbot, start.mode.group.buttons()[1])
    click(qtbot, start.length.group.buttons()[0])  # 5 questions
    start.name.setText("Li Lei")
    click(qtbot, start.start_button)
    for n, mark in enumerate(pattern):
        answer(qtbot, window, right=mark == ".")
        if exam and n < len(pattern) - 1:
            qtbot.keyClick(window.question, Qt.Key.Key_Right)
    if exam:
        click(qtbot, window.question.exam_bar.submit)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.result, timeout=10_000)


def no_tooltips(root: QWidget) -> list[str]:
    return [w.toolTip() for w in root.findChildren(QWidget) if w.toolTip()]


def test_every_question_opens_by_touch_and_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    play(qtbot, window, "x.x..")
    result = window.result
    items = result.review.items
    assert [i.outcome for i in items] == [
        Outcome.WRONG,
        Outcome.CORRECT,
        Outcome.WRONG,
        Outcome.CORRECT,
        Outcome.CORRECT,
    ]
    assert [i.opened for i in items] == [True, False, True, False, False]  # missed ones open
    assert [i.details.isVisible() for i in items] == [True, False, True, False, False]
    assert no_tooltips(result) == []
    quiz = result._quiz
    assert quiz is not None
    first = quiz.planned[0].question.localized("en")
    assert items[0].explanation.text() == first.explanation
    assert items[0].source.text() == first.source
    assert items[0].right_text.text().startswith("Correct answer: ")
    assert items[0].header.mark.text() == "✘ wrong"

    click(qtbot, items[1].header)  # a tap opens a right one too
    assert items[1].details.isVisible()
    click(qtbot, items[1].header)
    assert not items[1].details.isVisible()
    items[3].header.setFocus()
    qtbot.keyClick(items[3].header, Qt.Key.Key_Space)
    assert items[3].details.isVisible()
    qtbot.keyClick(items[3].header, Qt.Key.Key_Return)  # Enter closes it, and stays here
    assert not items[3].details.isVisible()
    assert window.stack.currentWidget() is result

    assert result.open_all_button.text() == "Open all"
    click(qtbot, result.open_all_button)
    assert all(i.details.isVisible() for i in items)
    assert result.open_all_button.text() == "Close all"
    click(qtbot, result.open_all_button)
    assert not any(i.details.isVisible() for i in items)


def test_practise_exactly_the_missed_ones(qtbot: QtBot, window: MainWindow) -> None:
    play(qtbot, window, ".x..x")
    result = window.result
    assert window.active is not None
    missed = window.active.quiz.missed
    expected = {window.active.quiz.planned[i].question.id for i in (1, 4)}
    assert set(missed) == expected
    assert result.practise_button.isVisible()
    assert result.practise_button.text() == "Practise the 2 I missed"
    assert not result.certificate_button.isVisible()  # a practice earns none
    click(qtbot, result.practise_button)
    assert window.stack.currentWidget() is window.question
    again = window.active.quiz
    assert again.spec.mode is Mode.PRACTICE
    assert {p.question.id for p in again.planned} == expected
    assert window.active.player == "Li Lei"
    answer(qtbot, window, right=True)
    answer(qtbot, window, right=True)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.result, timeout=10_000)
    assert not result.practise_button.isVisible()  # nothing missed this time


def test_a_passed_exam_gives_a_certificate_to_save_and_print(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    play(qtbot, window, "..x..", exam=True)  # 80 %, pass mark 60 %
    result = window.result
    assert result.certificate_button.isVisible()
    opened: list[CertificateDialog] = []
    real_open = window.open_certificate_dialog

    def open_dialog(facts):  # type: ignore[no-untyped-def]
        opened.append(real_open(facts))
        return opened[-1]

    monkeypatch.setattr(window, "open_certificate_dialog", open_dialog)
    click(qtbot, result.certificate_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    dialog = opened[0]
    assert dialog.facts.name == "Li Lei"
    assert dialog.facts.percent == 80
    assert dialog.facts.code in dialog.intro.text()
    assert dialog.choice == "en"  # the window's language
    assert "Certificate of Achievement" in dialog.preview.accessibleDescription()
    click(qtbot, dialog.language.group.buttons()[2])  # both
    assert dialog.choice == "both"

    saved = tmp_path / "certificate.pdf"
    dialog.ask_pdf_path = lambda: saved  # type: ignore[method-assign]
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: saved.exists() and "Saved as" in dialog.status.text(), timeout=10_000)

    printed = tmp_path / "printed.pdf"

    def to_file() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    dialog.ask_printer = to_file  # type: ignore[method-assign]
    click(qtbot, dialog.print_button)
    qtbot.waitUntil(lambda: dialog.status.text() == "Sent to the printer.", timeout=10_000)
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.fail("pdftotext is missing: sh packaging/linux/system-deps.sh installs it")
    for pdf in (saved, printed):
        text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True).stdout
        assert text.count(dialog.facts.code) == 4  # two pages, code and how to check it
        assert "合格证书" in text
        assert "Li Lei" in text
    dialog.close()
    QApplication.processEvents()


def test_no_certificate_for_a_failed_exam(qtbot: QtBot, window: MainWindow) -> None:
    play(qtbot, window, "xx.x.", exam=True)  # 40 %
    assert not window.result.certificate_button.isVisible()
    assert window.result.practise_button.text() == "Practise the 3 I missed"
