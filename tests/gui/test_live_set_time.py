"""The projector of a live class: a self-paced set's whole-set time left (standing still
while paused; teacher-paced, the question's own countdown only), and a question's picture
on the projector while it is asked and on its reveal."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from bank_pictures import picture
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot
from test_live_class import click
from test_live_projector import start_class

from ipquiz.domain.live import Stage
from ipquiz.domain.spec import QuizSpec
from ipquiz.gui.main_window import MainWindow

SET_TIME = re.compile(r"Time left for the set (\d+):(\d\d)")


def test_a_self_paced_set_shows_the_whole_sets_time_left(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    spec = QuizSpec(name="Timed", count=3, total_seconds=600)
    screen = start_class(qtbot, window, teacher=False, game=False, spec=spec)
    room = screen.room
    assert room is not None
    try:
        assert not screen.set_clock.isVisible()  # the lobby: nothing runs yet
        click(qtbot, screen.go_button)
        qtbot.waitUntil(lambda: room.stage is Stage.QUESTION, timeout=5_000)
        qtbot.waitUntil(screen.set_clock.isVisible, timeout=2_000)
        found = SET_TIME.fullmatch(screen.set_clock.text())
        assert found is not None
        assert 595 <= int(found[1]) * 60 + int(found[2]) <= 600
        assert not screen.go_button.isVisible()  # self-paced: nothing to reveal
        window.resize(1024, 768)  # a school projector: the clock and the language switch fit
        qtbot.wait(50)
        for widget in (screen.set_clock, screen.language, screen.close_button):
            right = widget.mapTo(window, QPoint(widget.width(), widget.height()))
            assert right.x() <= window.width(), widget
            assert right.y() <= window.height(), widget
        click(qtbot, screen.pause_button)
        qtbot.waitUntil(lambda: room.paused, timeout=5_000)
        held = screen.set_clock.text()
        qtbot.wait(1_300)
        assert screen.set_clock.text() == held  # the class stands still
    finally:
        click(qtbot, screen.close_button)


def test_teacher_paced_the_picture_is_on_the_question_and_its_reveal(
    qtbot: QtBot, open_window: Callable[..., MainWindow], small_bank: Path
) -> None:
    picture(small_bank)
    window = open_window()
    spec = QuizSpec(name="Pictures", question_ids=("a-single",), count=1, total_seconds=600)
    screen = start_class(qtbot, window, teacher=True, game=False, spec=spec)
    room = screen.room
    assert room is not None
    try:
        click(qtbot, screen.go_button)
        qtbot.waitUntil(lambda: room.stage is Stage.QUESTION, timeout=5_000)
        qtbot.waitUntil(screen.picture.isVisible, timeout=2_000)
        assert screen.picture.accessibleName() == "A circle"
        qtbot.wait(600)
        assert not screen.set_clock.isVisible()  # teacher-paced: the question's countdown
        click(qtbot, screen.go_button)  # reveal
        qtbot.waitUntil(lambda: room.stage is Stage.REVEAL, timeout=5_000)
        assert screen.picture.isVisible()
        assert not screen.picture.pixmap().isNull()
    finally:
        click(qtbot, screen.close_button)
