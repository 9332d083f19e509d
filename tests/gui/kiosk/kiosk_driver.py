"""Driving a kiosk window in tests: taps, answers, PIN entry and a manual clock."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from off_ui_thread import unguarded
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from ipquiz.domain.question import QuestionType
from ipquiz.domain.quiz import Phase
from ipquiz.gui.kiosk.clock import ManualClock
from ipquiz.gui.kiosk.window import KioskWindow
from ipquiz.services.kiosk_service import KioskService

PIN = "2468"
LANDSCAPE = (1920, 1080)
PORTRAIT = (1080, 1920)


@dataclass
class Kiosk:
    window: KioskWindow
    clock: ManualClock
    qtbot: QtBot
    data_dir: Path

    # -- reading ---------------------------------------------------------------
    @property
    def screen(self) -> QWidget:
        return self.window.stack.currentWidget()

    @property
    def service(self) -> KioskService:
        """The window's kiosk service, for a test's own checks (on the UI thread)."""
        assert self.window.kiosk is not None
        return unguarded(self.window.kiosk)  # type: ignore[no-any-return]

    def sql(self, query: str) -> list[tuple[object, ...]]:
        with sqlite3.connect(self.data_dir / "ipquiz.db") as conn:
            return conn.execute(query).fetchall()

    # -- acting ----------------------------------------------------------------
    def tap(self, widget: QWidget) -> None:
        """A click where the widget is, scrolled into view first (as a finger would)."""
        assert widget.isVisible(), f"{widget.objectName() or widget} is not on screen"
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget)
            parent = parent.parentWidget()
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def advance(self, seconds: float) -> None:
        """Time passes; then wait for the service calls it started (timeouts, retries)."""
        self.clock.advance(round(seconds * 1000))

    def start(self) -> None:
        self.tap(self.window.attract.start_button)
        assert self.screen is self.window.round

    def answer(self, right: bool) -> None:
        """Tap the right (or a wrong) choice of the question on screen."""
        screen = self.window.round
        active = self.window.active
        assert active is not None
        planned = active.quiz.current
        correct = planned.question.correct
        shown = [
            i for i, original in enumerate(planned.shown_order) if (original in correct) == right
        ]
        if not right:
            shown = shown[:1]
        for index in shown:
            self.tap(screen.buttons[index])
        if planned.question.type is QuestionType.MULTIPLE:
            self.tap(screen.confirm_button)
        assert active.quiz.phase is Phase.FEEDBACK

    def skip_to(self, qtype: QuestionType) -> None:
        """Answer (wrongly) and move on until a question of `qtype` is on screen."""
        active = self.window.active
        assert active is not None
        while active.quiz.current.question.type is not qtype:
            self.answer(right=False)
            self.tap(self.window.round.next_button)

    def play(self, rights: Sequence[bool]) -> None:
        """A whole round from the attract screen to the result."""
        self.start()
        for right in rights:
            self.answer(right)
            self.tap(self.window.round.next_button)
        assert self.screen is self.window.result

    def enter_pin(self, pin: str) -> None:
        pad = self.window.pin_pad
        for digit in pin:
            self.tap(pad.keys[digit])
        self.tap(pad.keys["OK"])

    def flush_deletes(self) -> None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


MakeKiosk = Callable[..., Kiosk]
