"""The teacher's hand on a live class from the projector: a game lesson with its top 5
after each reveal, the projector switched to Chinese mid-class (the questions too), a
question skipped, a seat freed and a student removed from the Students list, and in a
self-paced class a question picked and skipped for everyone."""

from __future__ import annotations

import asyncio
import threading

import pytest
from off_ui_thread import unguarded
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_live_class import click, free_port

from ipquiz.domain.live import SeatStatus, Stage
from ipquiz.domain.spec import QuizSpec
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.prompts import ConfirmDialog
from ipquiz.gui.screens.live_class import SKIPPED, LiveClassScreen
from ipquiz.gui.screens.live_pick import PickDialog
from ipquiz.services.live_bots import BotReport, play_all


def start_class(
    qtbot: QtBot,
    window: MainWindow,
    *,
    teacher: bool,
    game: bool,
    count: int = 3,
    spec: QuizSpec | None = None,
) -> LiveClassScreen:
    assert window.services is not None
    spec = spec or QuizSpec(name="Lesson", count=count, question_seconds=30)
    unguarded(window.services.sets).save(spec)
    click(qtbot, window.start.live_button)
    screen = window.live_class
    qtbot.waitUntil(lambda: screen.set_box.currentText() == spec.name, timeout=10_000)
    screen.teacher_paced.setChecked(teacher)
    screen.self_paced.setChecked(not teacher)
    screen.game.setChecked(game)
    screen.interface_box.setCurrentText("127.0.0.1")
    screen.port.setValue(free_port())
    click(qtbot, screen.start_session)
    qtbot.waitUntil(lambda: screen.room is not None, timeout=10_000)
    return screen


def test_a_game_lesson_with_skip_free_remove_and_a_language_switch(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = start_class(qtbot, window, teacher=True, game=True)
    room, server = screen.room, screen.server
    assert room is not None
    assert server is not None
    asked: list[str] = []
    monkeypatch.setattr(screen, "confirm", lambda title, _text, **_: asked.append(title) or True)
    reports: list[BotReport] = []
    bots = threading.Thread(
        target=lambda: reports.extend(
            asyncio.run(play_all(server.url, room.code, 3, spread_s=0.2, deadline_s=90))
        )
    )
    bots.start()
    try:
        qtbot.waitUntil(lambda: "3 joined" in screen.joined.text(), timeout=15_000)
        assert not screen.board.isVisible()
        click(qtbot, screen.go_button)  # the first question
        assert screen.skip_button.isVisible()
        assert screen.skip_button.text() == "Skip this question"
        qtbot.waitUntil(lambda: screen.answered.text() == "3 of 3 answered", timeout=15_000)
        assert not screen.board.isVisible()  # no ranking while a question is open
        click(qtbot, screen.go_button)  # reveal: the top 5
        assert screen.board.isVisible()
        board = screen.board.text().splitlines()
        assert board[0] == "Top 5"
        assert len(board) == 4
        assert all(" points" in line for line in board[1:])
        assert [n for n, _ in room.board()] == [
            line.split(". ")[1].split(" · ")[0] for line in board[1:]
        ]

        # the projector in Chinese, mid-class: its texts and the question on it
        zh = next(b for b in screen.language.group.buttons() if b.text() == "中文")
        click(qtbot, zh)
        assert window.lang == "zh-CN"
        assert screen.go_button.text() == "下一题"
        assert screen.prompt.text() == room.planned[0].question.localized("zh-CN").prompt
        en = next(b for b in screen.language.group.buttons() if b.text() == "English")
        click(qtbot, en)
        assert screen.prompt.text() == room.planned[0].question.localized("en").prompt

        click(qtbot, screen.go_button)  # the second question
        click(qtbot, screen.skip_button)  # skipped: on to the third
        qtbot.waitUntil(lambda: room.position == 2, timeout=10_000)
        assert asked[-1] == "Skip question 2?"
        qtbot.waitUntil(lambda: screen.position.text() == "Question 3 of 3", timeout=5_000)

        seats = {seat.name: seat.id for seat, _ in room.grid()}
        picks = iter([("free", seats["Bot 1"]), ("remove", seats["Bot 2"])])
        monkeypatch.setattr(screen, "pick", lambda **_: next(picks))
        click(qtbot, screen.students_button)  # Bot 1 is freed: it takes its name again
        click(qtbot, screen.students_button)  # Bot 2 is removed
        assert asked[-2:] == ["Free Bot 1's seat?", "Remove Bot 2 from the class?"]
        qtbot.waitUntil(lambda: "Bot 2" not in {s.name for s, _ in room.grid()}, timeout=10_000)
        qtbot.waitUntil(lambda: screen.answered.text() == "2 of 2 answered", timeout=15_000)
        click(qtbot, screen.go_button)  # reveal
        assert screen.go_button.text() == "Finish"
        click(qtbot, screen.go_button)
        bots.join(timeout=60)
        assert room.stage is Stage.FINISHED
        by_name = {r.name: r for r in reports}
        assert by_name["Bot 1"].freed >= 1  # (again if an answer of its crossed the freeing)
        assert by_name["Bot 1"].finished
        assert "removed" in by_name["Bot 2"].errors
        heads = [screen.grid.horizontalHeaderItem(c).text() for c in range(3)]
        assert heads == ["1", "2 skipped", "3"]
        assert {screen.grid.item(r, 1).text() for r in range(2)} == {SKIPPED}
        assert screen.grid.item(2, 3).text() == ""  # the class row, moved up, has no total
        assert screen.board.isVisible()  # the final top 5
        assert screen.status.text().startswith("The class got ")
    finally:
        click(qtbot, screen.close_button)


def test_self_paced_a_question_is_picked_and_skipped_for_everyone(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = start_class(qtbot, window, teacher=False, game=False)
    room = screen.room
    assert room is not None
    try:
        click(qtbot, screen.go_button)
        qtbot.waitUntil(lambda: room.stage is Stage.QUESTION, timeout=5_000)
        assert screen.skip_button.text() == "Skip a question…"
        assert not screen.board.isVisible()  # accuracy only: no ranking
        shown: list[PickDialog] = []

        def pick(**what: object) -> tuple[str, object] | None:
            dialog = PickDialog(screen, cancel="Cancel", **what)  # type: ignore[arg-type]
            shown.append(dialog)
            dialog.show()
            assert not dialog.buttons["skip"].isEnabled()  # nothing picked yet
            dialog.list.setCurrentRow(1)
            click(qtbot, dialog.buttons["skip"])
            return dialog.chosen

        monkeypatch.setattr(screen, "pick", pick)
        cards: list[ConfirmDialog] = []

        def answer(card: ConfirmDialog, *, press: str) -> int:
            cards.append(card)
            if press == "Esc":
                qtbot.keyClick(card, Qt.Key.Key_Escape)
            else:
                card.yes_button.click()
            return int(card.result())

        monkeypatch.setattr(ConfirmDialog, "exec", lambda card: answer(card, press="Esc"))
        click(qtbot, screen.skip_button)  # the app's own card; Esc keeps the question
        assert cards[0].heading.text() == "Skip question 2?"
        assert (cards[0].yes_button.text(), cards[0].no_button.text()) == ("Skip", "Cancel")
        assert not cards[0].yes_button.isDefault()  # a skip is never what Enter does
        assert room.skipped == frozenset()
        monkeypatch.setattr(ConfirmDialog, "exec", lambda card: answer(card, press="Skip"))
        click(qtbot, screen.skip_button)
        assert shown[0].list.count() == 3
        assert shown[0].list.item(1).text().startswith("2. ")
        qtbot.waitUntil(lambda: room.skipped == frozenset({1}), timeout=5_000)
        qtbot.waitUntil(
            lambda: screen.grid.horizontalHeaderItem(1).text() == "2 skipped", timeout=5_000
        )
    finally:
        click(qtbot, screen.close_button)


def test_the_pick_list_is_touch_sized_and_keyboard_driven(qtbot: QtBot) -> None:
    dialog = PickDialog(
        None,
        title="Students",
        hint="",
        items=[("Tiger", 1), ("Panda", 2)],
        actions=[("Free the seat", "free"), ("Remove from the class", "remove")],
        cancel="Cancel",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert all(b.minimumHeight() >= 48 for b in dialog.buttons.values())
    assert dialog.list.item(0).sizeHint().height() >= 48
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    click(qtbot, dialog.buttons["remove"])
    assert dialog.chosen == ("remove", 2)
    assert SeatStatus.FREE.value == "free"
