"""The attract screen: event title and logo, language, "Tap to start", an IP fact, the board
(today's, or the whole event's when the operator has set its first day)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipquiz.assets import resource
from ipquiz.domain.kiosk import EVENT, TODAY, BoardScope, KioskFact, KioskSettings
from ipquiz.domain.language import EN, ZH
from ipquiz.gui.accessibility import no_time_limits
from ipquiz.gui.kiosk.base import ContentScroll, KioskScreen, height_at, label, tap_button
from ipquiz.gui.kiosk.board_scope import BoardScopeRow, event_day
from ipquiz.gui.kiosk.clock import KioskClock
from ipquiz.gui.widgets import ENTER_KEYS, PlainLabel, WrapRow, named

if TYPE_CHECKING:
    from ipquiz.services.kiosk_service import BoardEntry

FACT_MS = 10_000
BOARD_MS = 30_000  # stations sharing a database see each other's names
BOARD_ROWS = 10
LANGUAGE_NAMES = {ZH: "中文", EN: "English"}


def load_logo(path: str) -> QPixmap:
    """The operator's logo, or the app icon when none is set or the file is gone."""
    pixmap = QPixmap(path) if path and Path(path).is_file() else QPixmap()
    return pixmap if not pixmap.isNull() else QPixmap(str(resource("icons", "ipquiz-256.png")))


class AttractScreen(KioskScreen):
    DEADLINES = ("fact", "board")
    start_requested = Signal()
    language_chosen = Signal(str)
    access_requested = Signal()

    def __init__(self, clock: KioskClock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.setObjectName("attractScreen")
        self._settings = KioskSettings()
        self._facts: list[KioskFact] = []
        self._fact_source = ""
        self._fact_index = 0
        self._logo = QPixmap()
        self._problem = False  # the stand cannot start: the fact card says why
        self._fact_fits = True
        self.ready = False
        self.board_source: Callable[[BoardScope], Sequence[BoardEntry]] | None = None

        self.logo = QLabel()
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = PlainLabel(object_name="kioskTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tagline = label("tagline")
        self.tagline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.languages = QButtonGroup(self)
        self.language_row = language_row = WrapRow(spacing=12)  # more rows at a large text
        self.language_buttons: dict[str, QPushButton] = {}
        for lang, name in LANGUAGE_NAMES.items():
            button = tap_button("language")
            button.setText(name)
            button.setCheckable(True)
            button.setProperty("lang", lang)
            self.languages.addButton(button)
            self.language_buttons[lang] = button
            language_row.append(button)
        # the visitor's own accessibility choices, for their visit
        self.access_button = tap_button("accessButton")
        self.access_button.clicked.connect(self.access_requested)
        language_row.append(self.access_button)
        self.languages.buttonClicked.connect(
            lambda b: self.language_chosen.emit(str(b.property("lang")))
        )
        self.start_button = tap_button("startButton")
        self.start_button.clicked.connect(self.start_requested)

        self.fact_card = named(QFrame(), "factCard")
        self.fact_heading = label("cardHeading")
        self.fact = PlainLabel(object_name="fact")
        self.fact_source = PlainLabel(object_name="factSource")
        fact_box = QVBoxLayout(self.fact_card)
        fact_box.addWidget(self.fact_heading)
        fact_box.addWidget(self.fact, 1)
        fact_box.addWidget(self.fact_source)

        self.board_card = named(QFrame(), "boardCard")
        self.board_heading = label("cardHeading")
        self.board_scope = BoardScopeRow()
        self.board_scope.chosen.connect(lambda _scope: self.refresh_board())
        self.board_empty = label("boardEmpty")
        self.rows: list[tuple[QLabel, PlainLabel, QLabel]] = []
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row in range(BOARD_ROWS):
            cells = (label("boardRank", wrap=False), PlainLabel(object_name="boardName"))
            score = label("boardScore", wrap=False)
            score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells[1].setWordWrap(False)
            for col, widget in enumerate((*cells, score)):
                grid.addWidget(widget, row, col)
            self.rows.append((cells[0], cells[1], score))
        board_box = QVBoxLayout(self.board_card)
        board_box.addWidget(self.board_heading)
        board_box.addWidget(self.board_scope)
        board_box.addWidget(self.board_empty)
        board_box.addLayout(grid)
        board_box.addStretch(1)

        self.intro = intro = QVBoxLayout()
        intro.addStretch(1)
        for widget in (self.logo, self.title, self.tagline):
            intro.addWidget(widget)
        intro.addWidget(language_row, 0, Qt.AlignmentFlag.AlignHCenter)
        intro.addWidget(self.start_button)
        intro.addStretch(1)
        self.side = QVBoxLayout(side := QWidget())
        self.side.setContentsMargins(0, 0, 0, 0)
        self.side.addWidget(self.fact_card)
        self.side.addWidget(self.board_card, 1)
        # The cards scroll when a short screen has no room for them (large text).
        self.side_scroll = ContentScroll(side)
        self.side_scroll.installEventFilter(self)  # its height decides on the fact card
        self.main = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.main.addLayout(intro, 3)
        self.main.addWidget(self.side_scroll, 2)
        self.show_board([])
        self.retranslate()

    # -- state from the window -------------------------------------------------
    def key(self, key: int) -> bool:
        """Enter (or Space) starts, as tapping Start does."""
        if key in (*ENTER_KEYS, Qt.Key.Key_Space) and self.start_button.isEnabled():
            self.start_button.click()
            return True
        return False

    def apply_settings(self, settings: KioskSettings, lang: str) -> None:
        self._settings = settings
        self.board_scope.setVisible(settings.has_event)
        if not settings.has_event:
            self.board_scope.select(TODAY)
        self._logo = load_logo(settings.logo)
        for code, button in self.language_buttons.items():
            button.setVisible(code in settings.languages and len(settings.languages) > 1)
            button.setChecked(code == lang)
        self.board_card.setVisible(settings.leaderboard)
        self.relayout()
        self.retranslate()

    def set_ready(self, ready: bool) -> None:
        self.ready = ready
        self.start_button.setEnabled(ready)
        self.retranslate()

    def show_problem(self, message: str) -> None:
        """Where the fact goes: the stand cannot start (the operator sees why)."""
        self._facts, self._problem = [], True
        self.fact.setText(message)
        self._fact_source = ""
        self.fact_source.clear()
        self.fact_card.show()

    def set_facts(self, facts: Sequence[KioskFact]) -> None:
        """New facts (after a language change): start from a random one."""
        self._facts, self._problem = list(facts), False
        self._fact_index = random.randrange(len(self._facts)) if self._facts else 0
        self._show_fact()

    def enter(self) -> None:
        self.board_scope.select(TODAY)  # each visitor starts on today's board
        self.clock.schedule("fact", FACT_MS, self.next_fact)
        self.refresh_board()

    def refresh_board(self) -> None:
        source, scope = self.board_source, self.board_scope.scope()
        if source is not None and self._settings.leaderboard:
            # Also the stand's health check: a database gone puts it out of order.
            self.calls.run(
                lambda: source(scope), lambda entries: self.show_board(entries, scope), block=False
            )
        self.clock.schedule("board", BOARD_MS, self.refresh_board)

    def next_fact(self) -> None:
        if self._facts:
            self._fact_index = (self._fact_index + 1) % len(self._facts)
            self._show_fact()
        self.clock.schedule("fact", FACT_MS, self.next_fact)

    def _show_fact(self) -> None:
        fact = self._facts[self._fact_index] if self._facts else KioskFact("", "")
        self.fact.setText(fact.text)  # whole: facts are written short (the bank checks it)
        self._fact_source = fact.source
        self.fact_source.setText(self.tr("Source: {0}").format(fact.source) if fact.source else "")
        self.fact_card.setVisible(bool(self._facts) and self._fact_fits)

    def show_board(self, entries: Sequence[BoardEntry], scope: BoardScope = TODAY) -> None:
        if scope != self.board_scope.scope():
            return  # the visitor chose the other board while this one was read
        for n, (rank, name, score) in enumerate(self.rows):
            entry = entries[n] if n < len(entries) else None
            for widget in (rank, name, score):
                widget.setVisible(entry is not None)
            if entry is not None:
                rank.setText(f"{entry.rank}.")
                name.setText(entry.nickname)
                score.setText(f"{entry.score:.0f}")
        self.board_empty.setVisible(not entries)
        self.retranslate()

    # -- layout and words ------------------------------------------------------
    def relayout(self) -> None:
        portrait = self.portrait
        self.main.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        m = self.scale.margin
        self.main.setContentsMargins(m, m, m, m)
        self.main.setSpacing(m)
        self.side.setSpacing(m // 2)
        side = self.scale.px(200 if portrait else 180)
        if not self._logo.isNull():
            self.logo.setPixmap(
                self._logo.scaled(
                    side,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.start_button.setMinimumHeight(self.scale.px(150))
        self._fit_title()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.side_scroll and event.type() == QEvent.Type.Resize:
            self._fit_fact()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_title()  # the text size may have changed while another screen was shown

    def _fit_title(self) -> None:
        """The title's and tagline's lines get their height: a word-wrapped label in nested
        box layouts is not reliably given it (at a large text size it wraps to more lines).
        On a short landscape screen at a large text size, what matters less makes room:
        the logo first, then the cards beside the intro; and the fact card when the
        board needs its height."""
        for text in (self.title, self.tagline):
            text.setMinimumHeight(0)  # a label's height for a width is never below its least
        m = self.scale.margin
        full, tall = self.width() - 2 * m, self.height() - 2 * m
        looks: tuple[tuple[bool, bool], ...] = ((True, True), (False, True), (False, False))
        for logo, cards in looks[:1] if self.portrait else looks:
            room = (full - m) * 3 // 5 if cards and not self.portrait else full
            if self._intro_height(room, logo=logo) <= tall:
                break
        self.logo.setVisible(logo)
        self.side_scroll.setVisible(cards)
        for text in (self.title, self.tagline):
            text.setMinimumHeight(max(0, text.heightForWidth(max(1, room))))
        self._fit_fact()

    def _intro_height(self, width: int, *, logo: bool) -> int:
        for text in (self.title, self.tagline):
            text.ensurePolished()
        parts = [
            self.logo.sizeHint().height() if logo else 0,
            *(max(0, t.heightForWidth(max(1, width))) for t in (self.title, self.tagline)),
            self.language_row.height_for(width),
            max(self.start_button.sizeHint().height(), self.start_button.minimumHeight()),
        ]
        return sum(parts) + self.intro.spacing() * (len([p for p in parts if p]) - 1)

    def _fit_fact(self) -> None:
        """The fact card only when the board beside it still gets its whole height."""
        area = self.side_scroll  # the width its content gets with a scroll bar (the least)
        width = area.width() - area.verticalScrollBar().sizeHint().width()
        board = height_at(self.board_card, width) if self.board_card.isVisibleTo(self) else 0
        fact = height_at(self.fact_card, width)
        self._fact_fits = not board or fact + self.side.spacing() + board <= area.height()
        self.fact_card.setVisible(self._problem or (bool(self._facts) and self._fact_fits))

    def retranslate(self) -> None:
        s = self._settings
        self.title.setText(s.title or self.tr("Intellectual Property Quiz"))
        self._fit_title()
        if no_time_limits():
            self.tagline.setText(
                self.tr("{0} questions, no time limit. How much do you know?").format(
                    s.round_length
                )
            )
        else:
            self.tagline.setText(
                self.tr("{0} questions, {1} seconds each. How much do you know?").format(
                    s.round_length, s.question_seconds
                )
            )
        self.access_button.setText(self.tr("Accessibility"))
        self.access_button.setAccessibleName(
            self.tr("Accessibility: larger text, high contrast, no time limits, less motion")
        )
        self.start_button.setText(
            self.tr("Tap to start") if self.ready else self.tr("Getting ready…")
        )
        self.fact_heading.setText(self.tr("Did you know?"))
        if self._fact_source:
            self.fact_source.setText(self.tr("Source: {0}").format(self._fact_source))
        if self.board_scope.scope() == EVENT and s.event_start is not None:
            self.board_heading.setText(self.tr("Top 10 since {0}").format(event_day(s.event_start)))
            self.board_empty.setText(self.tr("No names on the event's board yet. Be the first!"))
        else:
            self.board_heading.setText(self.tr("Today's top 10"))
            self.board_empty.setText(self.tr("No names yet today. Be the first!"))
        self.board_scope.retranslate()
