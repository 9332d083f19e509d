"""The set builder as a teacher uses it: shape a set, hand-pick questions in the bank
browser, save, play it from the start screen, export it and import it back; and a
practice set's countdown per question."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from off_ui_thread import unguarded
from pytestqt.qtbot import QtBot
from taps import click

from ipquiz.domain.spec import Mode, QuizSpec
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.screens import quiz_sets as quiz_sets_screen
from ipquiz.gui.screens.bank_browser import PROMPT
from ipquiz.gui.screens.quiz_sets import QuizSetsScreen
from ipquiz.gui.screens.set_editor import PICK, WHOLE_SET


def open_sets(qtbot: QtBot, window: MainWindow) -> QuizSetsScreen:
    click(qtbot, window.start.sets_button)
    assert window.stack.currentWidget() is window.quiz_sets
    return window.quiz_sets


def saved(window: MainWindow) -> dict[str, QuizSpec]:
    assert window.services is not None
    return {s.name: s for s in unguarded(window.services.sets).sets()}


def test_a_hand_picked_set_is_built_saved_played_and_carried(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = open_sets(qtbot, window)
    editor = screen.editor
    assert not screen.save_button.isEnabled() or editor.problem()  # a new, empty set
    qtbot.keyClicks(editor.name, "Class 7 patents")
    click(qtbot, editor._source_buttons[1])
    assert editor.source.value() == PICK
    assert editor.problem() == "Choose the questions from the bank."

    browser = screen.open_browser()
    assert browser is not None
    qtbot.waitUntil(lambda: browser.table.rowCount() == 5, timeout=10_000)
    qtbot.waitUntil(lambda: browser.law.count() == 4, timeout=10_000)  # any, 2 laws, none
    assert browser.law.itemText(3) == "No statute (an official page)"
    browser.law.setCurrentIndex(browser.law.findData("copyright-law@2020"))
    qtbot.waitUntil(lambda: browser.table.rowCount() == 1 and not browser._searching)
    assert browser.table.item(0, PROMPT).text() == "A work must be registered to be protected."  # type: ignore[union-attr]
    browser.law.setCurrentIndex(0)
    qtbot.waitUntil(lambda: browser.table.rowCount() == 5 and not browser._searching)
    browser.text.setText("外观设计")  # Chinese text finds the English window's question
    browser.search()
    qtbot.waitUntil(lambda: browser.table.rowCount() == 1, timeout=10_000)
    browser.toggle(0)
    browser.topic.setCurrentIndex(browser.topic.findData("beta"))
    browser.text.clear()
    browser.search()
    qtbot.waitUntil(
        lambda: browser.table.rowCount() == 2 and not browser._searching, timeout=10_000
    )
    browser.toggle(0)
    assert browser.add_button.text() == "Add 2 questions"
    click(qtbot, browser.add_button)
    assert editor.picked_ids() == ("a-single", "b-single")
    editor.picked_list.setCurrentRow(1)
    click(qtbot, editor.up_button)
    assert editor.picked_ids() == ("b-single", "a-single")

    click(qtbot, editor._mode_buttons[1])  # exam
    click(qtbot, editor._time_buttons[2])
    assert editor.time.value() == WHOLE_SET
    editor.total_minutes.setValue(7)
    editor.scoring.setCurrentIndex(editor.scoring.findData("partial"))
    editor.pass_mark.setValue(75)
    editor.shuffle_questions.setChecked(False)
    assert editor.superseded.isVisible()  # an exam leaves such questions out unless asked
    editor.superseded.setChecked(True)
    shown = editor.spec()
    click(qtbot, screen.save_button)
    assert saved(window) == {"Class 7 patents": shown}
    assert shown == QuizSpec.exam(
        name="Class 7 patents",
        question_ids=("b-single", "a-single"),
        count=2,
        total_seconds=420,
        scoring="partial",
        pass_mark=0.75,
        shuffle_questions=False,
        allow_superseded=True,
    )

    # The start screen offers it, says what it is, and plays it as saved.
    click(qtbot, screen.back_button)
    start = window.start
    assert window.stack.currentWidget() is start
    assert start.saved.currentData() == "Class 7 patents"
    assert "2 hand-picked questions" in start.set_summary.text()
    assert "pass at 75 %" in start.set_summary.text()
    assert start.topics.isHidden()  # the set's own questions: no topics to choose
    assert start.length.isHidden()
    click(qtbot, start.start_button)
    assert window.active is not None
    assert [p.question.id for p in window.active.quiz.planned] == ["b-single", "a-single"]
    assert window.active.quiz.spec == shown
    window.show_start()
    start.saved.setCurrentIndex(0)  # back to choosing by hand
    assert not start.topics.isHidden()
    assert not start.set_summary.isVisible()

    # Export, delete, import back: the same set.
    path = tmp_path / "sets.json"
    screen = open_sets(qtbot, window)
    screen.ask_export_path = lambda name: path  # type: ignore[method-assign]
    click(qtbot, screen.export_button)
    assert json.loads(path.read_text("utf-8"))["sets"][0]["question_ids"] == [
        "b-single",
        "a-single",
    ]
    screen.confirm_delete = lambda name: True  # type: ignore[method-assign]
    click(qtbot, screen.delete_button)
    assert saved(window) == {}
    assert start.saved.isHidden()
    reports: list[str] = []
    screen.ask_import_path = lambda: path  # type: ignore[method-assign]
    screen.show_report = reports.append  # type: ignore[method-assign]
    click(qtbot, screen.import_button)
    assert saved(window) == {"Class 7 patents": shown}
    assert reports == ["1 quiz sets imported from sets.json."]
    assert screen.editor.spec() == shown  # the imported set is on the form
    assert screen.list.count() == 1

    # A broken file: nothing saved, every problem shown.
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "ipquiz-quiz-sets", "version": 1, "sets": [{"name": "x", "count": 0}]}',
        encoding="utf-8",
    )
    warned: list[str] = []
    monkeypatch.setattr(quiz_sets_screen, "warn", lambda parent, title, text: warned.append(text))
    screen.ask_import_path = lambda: bad  # type: ignore[method-assign]
    click(qtbot, screen.import_button)
    assert warned == ["bad.json:\nset 1 ('x'): \"count\" must be a whole number from 1 to 500"]
    assert list(saved(window)) == ["Class 7 patents"]


def test_a_drawn_set_keeps_its_topics_mix_and_count(qtbot: QtBot, window: MainWindow) -> None:
    screen = open_sets(qtbot, window)
    editor = screen.editor
    qtbot.keyClicks(editor.name, "Beta, hard")
    for cid, button in editor.topics.buttons.items():
        if cid != "beta":
            click(qtbot, button)
    editor.mix[0].setValue(0)
    editor.mix[1].setValue(2)
    editor.count.setValue(3)
    assert editor.mix_shares[0].text() == "left out"
    click(qtbot, editor._time_buttons[1])  # per question: practice only
    assert editor.time.value() != "question"
    click(qtbot, editor._mode_buttons[0])
    click(qtbot, editor._time_buttons[1])
    editor.question_seconds.setValue(15)
    click(qtbot, screen.save_button)
    (spec,) = saved(window).values()
    assert spec.categories == ("beta",)
    assert spec.difficulty_mix[0] == 0
    assert spec.difficulty_mix[2] > spec.difficulty_mix[1]
    assert (spec.mode, spec.count, spec.question_seconds) == (Mode.PRACTICE, 3, 15)
    assert "easy 0 %" in screen.list.itemWidget(screen.list.item(0)).summary.text()


def test_a_set_without_a_name_is_not_saved(qtbot: QtBot, window: MainWindow) -> None:
    screen = open_sets(qtbot, window)
    click(qtbot, screen.save_button)
    assert screen.status.text() == "Give the set a name."
    assert saved(window) == {}


def test_a_practice_question_runs_out_of_time(qtbot: QtBot, window: MainWindow) -> None:
    assert window.services is not None
    unguarded(window.services.sets).save(
        QuizSpec.practice(name="Quick", count=2, question_seconds=1, categories=("alpha",))
    )
    window._on_sets_changed(list(saved(window).values()), "Quick")  # as the builder's save does
    start = window.start
    click(qtbot, start.start_button)
    question = window.question
    assert question.time_left.isVisible()
    assert question.time_left.text() == "1 s left"
    qtbot.waitUntil(lambda: question.feedback.isVisible(), timeout=5_000)
    assert question.verdict.text() == "✘ Not quite"
    assert window.active is not None
    (record,) = window.active.quiz.answers
    assert record.chosen == frozenset()
    assert record.elapsed_ms == 1000


def test_the_result_says_the_pass_mark_the_set_judged_by(qtbot: QtBot, window: MainWindow) -> None:
    assert window.services is not None
    spec = QuizSpec.exam(name="Strict", question_ids=("b-single",), count=1, pass_mark=0.75)
    unguarded(window.services.sets).save(spec)
    window._on_sets_changed(list(saved(window).values()), "Strict")
    click(qtbot, window.start.start_button)
    assert window.active is not None
    item = window.active.quiz.current
    wrong = next(i for i in range(item.question.choice_count) if i not in item.question.correct)
    click(qtbot, window.question._buttons[item.shown_order.index(wrong)])
    window._on_submit_requested()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.result)
    assert window.result.verdict.text() == (
        "0% — keep practising: read the explanations and try again.  (pass mark 75 %)"
    )
