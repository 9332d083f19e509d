"""The result: score, rank today (and in the whole event), the missed questions with their
answers, and a nickname on the board.

A nickname is one tap on a generated bilingual name, or typed on the on-screen keyboard;
the service checks it against the blocklist. Nothing else about the visitor is asked.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.kiosk import EVENT, TODAY, BoardScope
from ipquiz.domain.nicknames import MAX_TYPED, NicknameVerdict, generate_nicknames
from ipquiz.domain.quiz import shown_choices
from ipquiz.gui.accessibility import current
from ipquiz.gui.kiosk.base import (
    ContentScroll,
    KioskScreen,
    height_at,
    label,
    tap_button,
    touch_scroll,
)
from ipquiz.gui.kiosk.board_scope import BoardScopeRow, event_day
from ipquiz.gui.kiosk.clock import KioskClock
from ipquiz.gui.kiosk.keyboard import OnScreenKeyboard
from ipquiz.gui.kiosk.motion import Confetti, Motion, tween
from ipquiz.gui.kiosk.podium import Place, Podium
from ipquiz.gui.kiosk.sounds import Sounds
from ipquiz.gui.qr_code import QrCode
from ipquiz.gui.widgets import ENTER_KEYS, PlainLabel, WrapRow, named

# Services are only types here: the database layer loads on the loader thread.
if TYPE_CHECKING:
    from ipquiz.services.kiosk_service import BoardEntry, KioskService
    from ipquiz.services.quiz_service import ActiveQuiz

SUGGESTIONS = 4
UNBOUNDED = 16_777_215  # Qt's largest widget size (QWIDGETSIZE_MAX)
COUNT_UP_MS = 1200
RISE_MS = 900
CELEBRATION_MS = 2600


def verdict_message(verdict: NicknameVerdict) -> str:
    """Why a typed nickname was refused (lupdate reads these literal translate calls)."""
    return {
        NicknameVerdict.OK: "",
        NicknameVerdict.EMPTY: QCoreApplication.translate(
            "KioskResultScreen", "Type a name first."
        ),
        NicknameVerdict.TOO_LONG: QCoreApplication.translate(
            "KioskResultScreen", "That name is too long."
        ),
        NicknameVerdict.BLOCKED: QCoreApplication.translate(
            "KioskResultScreen", "Please choose a friendlier name."
        ),
        NicknameVerdict.PERSONAL: QCoreApplication.translate(
            "KioskResultScreen", "No phone numbers or e-mail addresses, please: just a nickname."
        ),
    }[verdict]


class NameField(QLineEdit):
    """A nickname field that asks for room for ten characters, not Qt's seventeen, so
    that its buttons fit beside it at a large text size."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        x = self.fontMetrics().horizontalAdvance("x")
        return QSize(hint.width() - 7 * x, hint.height())


class KioskResultScreen(KioskScreen):
    play_again = Signal()
    done = Signal()

    def __init__(self, clock: KioskClock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.setObjectName("resultScreen")
        self.kiosk: KioskService | None = None
        self.active: ActiveQuiz | None = None
        self.rng = random.Random()
        self.joined = ""
        self._missed: list[QWidget] = []
        self._ranks: dict[BoardScope, tuple[int, int]] = {}
        self._event_start: dt.date | None = None

        self.heading = label("cardHeading")
        self.score = label("kioskScore", wrap=False)
        self.summary = label("summary")
        self.rank = label("rank")
        self.missed_heading = label("cardHeading")
        missed_holder = QWidget()
        self.missed_box = QVBoxLayout(missed_holder)
        self.missed_box.setContentsMargins(0, 0, 0, 0)
        self.missed_box.addStretch(1)

        self.name_card = named(QFrame(), "nameCard")
        self.name_heading = label("cardHeading")
        self.suggestions = [tap_button("nickname") for _ in range(SUGGESTIONS)]
        for button in self.suggestions:
            button.clicked.connect(self._on_suggestion)
        self.more_button = tap_button("secondary")
        self.more_button.clicked.connect(self._suggest)
        self.type_button = tap_button("secondary")
        self.type_button.clicked.connect(self._toggle_keyboard)
        self.name_edit = named(NameField(), "nameEdit")
        self.name_edit.setMaxLength(MAX_TYPED)
        self.name_edit.returnPressed.connect(self._on_add)
        self.add_button = tap_button("primary")
        self.add_button.clicked.connect(self._on_add)
        self.names_button = tap_button("secondary")
        self.names_button.clicked.connect(self._toggle_keyboard)
        self.message = label("nameMessage")
        self.board_scope = BoardScopeRow()
        self.board_scope.chosen.connect(self._on_scope)
        self.board = PlainLabel(object_name="boardAfter")  # nicknames are visitors' text
        self.podium = Podium()
        self.celebration = label("celebration")  # "You made today's top 10!"
        self.motion = Motion(self)
        self.confetti = Confetti(self)
        self.sounds: Sounds | None = None  # the window's, when the operator turned them on
        self._points = 0.0
        # "keep learning": a QR code to the address the operator set (none: hidden)
        self.learn_url = ""
        self.learn_card = named(QFrame(), "learnBox")
        self.learn_qr = QrCode()
        self.learn_caption = label("learnCaption")
        self.learn_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        learn = QVBoxLayout(self.learn_card)
        learn.setContentsMargins(0, 0, 0, 0)
        learn.addWidget(self.learn_qr, 0, Qt.AlignmentFlag.AlignHCenter)
        learn.addWidget(self.learn_caption)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.typed.connect(self._on_typed)
        self.keyboard.erased.connect(self.name_edit.backspace)

        names = QVBoxLayout()
        offered = WrapRow(spacing=self.scale.px(12), most=2)  # one a row when narrow
        for button in self.suggestions:
            offered.append(button)
        names.addWidget(offered)
        other = WrapRow(spacing=self.scale.px(12), most=2)
        other.append(self.more_button)
        other.append(self.type_button)
        names.addWidget(other)
        typed = WrapRow(spacing=self.scale.px(12), spread=True)  # the field takes the room
        for control in (self.name_edit, self.add_button, self.names_button):
            typed.append(control)
        self.name_layout = card = QVBoxLayout(self.name_card)
        card.addWidget(self.name_heading)
        card.addLayout(names)
        card.addWidget(typed)
        card.addWidget(self.message)
        card.addWidget(self.celebration)
        card.addWidget(self.board_scope)
        card.addWidget(self.podium)
        card.addWidget(self.board)
        card.addStretch(1)

        self.score_card = named(QFrame(), "scoreCard")
        self.score_layout = left = QVBoxLayout(self.score_card)
        top = QHBoxLayout()
        figures = QVBoxLayout()
        for w in (self.heading, self.score, self.summary, self.rank):
            figures.addWidget(w)
        top.addLayout(figures, 1)
        top.addWidget(self.learn_card, 0, Qt.AlignmentFlag.AlignTop)
        left.addLayout(top)
        self.figures = top  # what the score card shows first
        left.addWidget(self.missed_heading)
        left.addWidget(missed_holder, 1)
        # Each card scrolls when its content outgrows the screen (a long list of missed
        # questions, larger text on a small screen); the name card has buttons, so a drag
        # gesture there would take their taps.
        self.score_area = touch_scroll(ContentScroll(self.score_card))
        self.name_area = ContentScroll(self.name_card)

        self.again_button = tap_button("secondary")
        self.again_button.clicked.connect(self.play_again)
        self.done_button = tap_button("primary")
        self.done_button.clicked.connect(self.done)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.again_button)
        bottom.addWidget(self.done_button)
        self.bottom = bottom

        for watched in (self.score_card, self.name_card, self.keyboard):
            watched.installEventFilter(self)  # a card of a fixed height tells nobody else
        self.grid = QGridLayout(self)
        self.grid.addLayout(bottom, 3, 0, 1, 2)
        self.relayout()  # the cards become children here, before any set_scale
        self.clear()

    # -- state from the window -------------------------------------------------
    def show_result(
        self,
        kiosk: KioskService,
        active: ActiveQuiz,
        *,
        ranks: dict[BoardScope, tuple[int, int]],
        leaderboard: bool,
        event_start: dt.date | None = None,
        learn_url: str = "",
    ) -> None:
        """The visitor's result; `ranks` (of how many today, and in the whole event when
        one is set) were read off the UI thread. The points count up to the score."""
        self.clear()
        self.kiosk, self.active = kiosk, active
        self._ranks, self._event_start = ranks, event_start
        quiz = active.quiz
        result = quiz.result()
        self._points = result.overall.points
        self.motion.run(tween(0.0, self._points, COUNT_UP_MS, self._show_points))
        self.learn_url = learn_url
        if learn_url:
            self.learn_qr.set_text(learn_url)
        self.learn_card.setVisible(bool(learn_url))
        self.summary.setText(
            self.tr("{0} of {1} answers right").format(result.overall.correct, quiz.total)
        )
        missed = [(p, a) for p, a in zip(quiz.planned, quiz.answers, strict=False) if not a.correct]
        self.missed_heading.setVisible(bool(missed))
        for planned, _ in missed:
            text = planned.question.localized(active.lang)
            right = shown_choices(planned, text, planned.question.correct)
            item = PlainLabel(f"{text.prompt}\n✔ {right}", object_name="missedItem")
            self.missed_box.insertWidget(self.missed_box.count() - 1, item)
            item.show()  # a layout shows new children only on the next event loop turn
            self._missed.append(item)
        self.name_card.setVisible(leaderboard)
        self.name_area.setVisible(leaderboard)
        self._suggest()
        self.retranslate()

    def _show_points(self, points: float) -> None:
        self.score.setText(f"{points:.0f}")

    def leave(self) -> None:
        self.motion.finish()
        super().leave()

    def clear(self) -> None:
        """Forget the visitor: score, answers, names and anything typed."""
        self.motion.finish()
        self.kiosk = self.active = None
        self.joined = ""
        self._ranks, self._event_start = {}, None
        self.board_scope.select(TODAY)
        for item in self._missed:
            self.missed_box.removeWidget(item)
            item.deleteLater()
        self._missed.clear()
        for w in (self.score, self.summary, self.rank, self.message, self.board, self.celebration):
            w.setText("")
        self.message.hide()
        self.celebration.hide()
        self.podium.show_places([])
        self.podium.hide()
        self.learn_url = ""
        self.learn_card.hide()
        self.name_edit.clear()
        for button in self.suggestions:
            button.setText("")
        self._set_typing(False)
        self._set_joined(False)

    # -- nickname --------------------------------------------------------------
    def _suggest(self) -> None:
        """Made up here (no database): the service checks the chosen one when it is added."""
        for button, name in zip(
            self.suggestions, generate_nicknames(self.rng, SUGGESTIONS), strict=True
        ):
            button.setProperty("nickname", name.label)
        self._show_names()

    def _show_names(self) -> None:
        """At a larger text size a name takes two lines, Chinese above English, so that
        it fits half a small screen."""
        two_lines = current().text_size > 100
        for button in self.suggestions:
            name = str(button.property("nickname") or "")
            button.setText(name.replace(" ", "\n", 1) if two_lines else name)

    def _on_suggestion(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self._join(str(button.property("nickname")))

    def _on_typed(self, char: str) -> None:
        self.name_edit.insert(char)

    def _on_add(self) -> None:
        self._join(self.name_edit.text())

    def _join(self, name: str) -> None:
        kiosk, active = self.kiosk, self.active
        if kiosk is None or active is None or self.joined:
            return

        scope = self.board_scope.scope()

        def join() -> tuple[NicknameVerdict, Sequence[BoardEntry]]:
            verdict = kiosk.join_board(active.attempt_id, name)
            return verdict, kiosk.board(scope=scope) if verdict is NicknameVerdict.OK else []

        self.calls.run(join, lambda found: self._on_joined(active, name, *found), retry=True)

    def _on_joined(
        self, active: ActiveQuiz, name: str, verdict: NicknameVerdict, board: Sequence[BoardEntry]
    ) -> None:
        if active is not self.active:
            return
        if verdict is not NicknameVerdict.OK:
            self.message.setText(verdict_message(verdict))
            self.message.show()
            if verdict is NicknameVerdict.BLOCKED:
                self.name_edit.clear()
            return
        self.joined = " ".join(name.split())
        self.message.setText("")
        self.message.hide()
        self._set_typing(False)
        self._set_joined(True)
        self._show_board(board, active.attempt_id)
        if any(e.attempt_id == active.attempt_id for e in board):
            self._celebrate()
        self.retranslate()

    def _on_scope(self, scope: str) -> None:
        """The visitor switched between today's board and the whole event's."""
        kiosk, active = self.kiosk, self.active
        if kiosk is None or active is None:
            return
        chosen: BoardScope = EVENT if scope == EVENT else TODAY
        self.calls.run(
            lambda: kiosk.board(scope=chosen),
            lambda entries: self._on_board(active, chosen, entries),
            retry=True,
        )

    def _on_board(
        self, active: ActiveQuiz, scope: BoardScope, entries: Sequence[BoardEntry]
    ) -> None:
        if active is self.active and scope == self.board_scope.scope():
            self._show_board(entries, active.attempt_id)

    def _show_board(self, entries: Sequence[BoardEntry], mine: int) -> None:
        """The top three on the podium, the top 10 under it with the visitor's line
        marked, or their line under it if lower."""
        self.podium.show_places(
            [Place(e.rank, e.nickname, f"{e.score:.0f}", e.attempt_id == mine) for e in entries]
        )
        self.podium.setVisible(bool(entries))
        lines = [
            f"{'▶' if e.attempt_id == mine else '  '} {e.rank}. {e.nickname}  {e.score:.0f}"
            for e in entries
        ]
        if self.active is not None and all(e.attempt_id != mine for e in entries):
            points = self.active.quiz.result().overall.points
            lines += ["   …", f"▶ {self.joined}  {points:.0f}"]
        self.board.setText("\n".join(lines))
        self.board.setVisible(bool(lines))

    def _celebrate(self) -> None:
        """A top-10 place: the podium rises, confetti falls (at rest at once under
        reduced motion), and a sound plays when they are on."""
        self.celebration.show()
        self.motion.run(tween(0.0, 1.0, RISE_MS, self.podium.set_rise))
        self.confetti.shower(self.motion, CELEBRATION_MS)
        if self.sounds is not None:
            self.sounds.play("top10")

    def _toggle_keyboard(self) -> None:
        self._set_typing(self.keyboard.isHidden())

    def _set_typing(self, typing: bool) -> None:
        """Typing shows the keyboard and the name field in place of the suggestions; in
        landscape the score steps aside so that the keyboard fits under the name."""
        self.keyboard.setVisible(typing)
        for w in (self.name_edit, self.add_button, self.names_button):
            w.setVisible(typing)
        for w in (*self.suggestions, self.more_button, self.type_button):
            w.setVisible(not typing and not self.joined)
        self.score_area.setVisible(self.portrait or not typing)
        self._place_cards(typing)
        self.retranslate()
        if typing:
            self.name_edit.setFocus()

    def _set_joined(self, joined: bool) -> None:
        for w in (*self.suggestions, self.more_button, self.type_button):
            w.setVisible(not joined)
        self.board.setVisible(joined and bool(self.board.text()))
        self.podium.setVisible(joined and bool(self.podium.places))
        self.board_scope.setVisible(joined and self._event_start is not None)

    # -- layout and words ------------------------------------------------------
    def _place_cards(self, typing: bool) -> None:
        for w in (self.score_area, self.name_area, self.keyboard):
            self.grid.removeWidget(w)
        if self.portrait:
            self.grid.addWidget(self.score_area, 0, 0, 1, 2)
            self.grid.addWidget(self.name_area, 1, 0, 1, 2)
        elif typing:
            self.grid.addWidget(self.name_area, 0, 0, 1, 2)
        else:
            self.grid.addWidget(self.score_area, 0, 0)
            self.grid.addWidget(self.name_area, 0, 1)
        self.grid.addWidget(self.keyboard, 2, 0, 1, 2)
        for row in range(3):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(0, 1)
        self._share()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._share()
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a card's content changed
            self._share()
        return False

    def _share(self) -> None:
        """The cards' room by need. In portrait the score card shows its figures first,
        the name card takes what it needs of the rest (no empty white in it) and the
        score card the remainder; side by side, when the names do not fit half the width,
        the score card is as wide as its figures.
        Typing where the name card has not the room for its heading, the field's own
        hint says what to type in its place."""
        m, gap = self.scale.margin, self.grid.spacing()
        width = self.width() - 2 * m
        typing = not self.keyboard.isHidden()
        room = self.height() - 2 * m - self.bottom.sizeHint().height() - gap
        if typing:
            room -= self.keyboard.sizeHint().height() + gap
        both = self.portrait and not self.name_area.isHidden()
        if both:
            room -= gap + min(self._figures_need(width), height_at(self.score_card, width))
        need, heading = self._name_need(width)
        shown = not typing or need <= room
        self.name_heading.setVisible(shown)
        if both:
            self.name_area.setFixedHeight(max(0, min(need if shown else need - heading, room)))
        else:
            self.name_area.setMinimumHeight(0)
            self.name_area.setMaximumHeight(UNBOUNDED)
        half = (width - gap) // 2
        if (
            not self.portrait
            and not typing
            and not self.name_area.isHidden()
            and height_at(self.name_card, half) > room
        ):
            self.score_area.setFixedWidth(self._score_width(width - gap))
        else:
            self.score_area.setMinimumWidth(0)
            self.score_area.setMaximumWidth(UNBOUNDED)

    def _score_width(self, both: int) -> int:
        """Beside names that do not fit, the score card as wide as its figures (a third
        of the width at least, half at most): the names and their heading get the rest."""
        margins = self.score_layout.contentsMargins()
        bar = self.score_area.verticalScrollBar().sizeHint().width()
        figures = self.figures.sizeHint().width() + margins.left() + margins.right()
        natural = max(figures, self.score_card.minimumSizeHint().width()) + bar  # no word cut
        return min(both // 2, max(both // 3, natural))

    def _figures_need(self, width: int) -> int:
        """The score card's height down to its rank lines (what it shows first)."""
        margins = self.score_layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        return self.figures.heightForWidth(inner) + margins.top() + margins.bottom()

    def _name_need(self, width: int) -> tuple[int, int]:
        """The name card's height at `width` with its heading, and the heading's part."""
        card = self.name_layout
        margins = card.contentsMargins()
        inner = width - margins.left() - margins.right()
        heading = self.name_heading.heightForWidth(inner) + card.spacing()
        need = height_at(self.name_card, width)
        return need + (heading if self.name_heading.isHidden() else 0), heading

    def key(self, key: int) -> bool:
        """Enter: done, as tapping the main button (typing a nickname is for the screen keys)."""
        if key in ENTER_KEYS and self.done_button.isVisible() and self.done_button.isEnabled():
            self.done_button.click()
            return True
        return False

    def relayout(self) -> None:
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        m = self.scale.margin
        self.grid.setContentsMargins(m, m, m, m)
        self.grid.setSpacing(self.scale.px(24))
        self.keyboard.set_scale(self.scale)
        self.name_edit.setMinimumHeight(self.scale.target)
        self.podium.set_height(self.scale.px(300))
        side = self.scale.px(220)
        self.learn_qr.setMinimumSize(side, side)
        self.learn_qr.setMaximumSize(side, side)
        self._set_typing(not self.keyboard.isHidden())
        self._show_names()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your score"))
        lines = []
        if TODAY in self._ranks:
            lines.append(self.tr("Rank today: {0} of {1}").format(*self._ranks[TODAY]))
        if EVENT in self._ranks and self._event_start is not None:
            lines.append(
                self.tr("Rank since {0}: {1} of {2}").format(
                    event_day(self._event_start), *self._ranks[EVENT]
                )
            )
        self.rank.setText("\n".join(lines))
        self.board_scope.retranslate()
        self.missed_heading.setText(self.tr("Worth remembering"))
        self.celebration.setText(
            self.tr("You made the top 10 of the whole event!")
            if self.board_scope.scope() == EVENT
            else self.tr("You made today's top 10!")
        )
        self.learn_caption.setText(self.tr("Keep learning: scan with your phone"))
        self.learn_qr.setAccessibleName(
            self.tr("QR code to keep learning: {0}").format(self.learn_url)
        )
        self.name_heading.setText(
            self.tr("You're on today's board as {0}.").format(self.joined)
            if self.joined
            else self.tr("Type a nickname:")
            if self.keyboard.isVisibleTo(self)
            else self.tr("Put a nickname on today's board:")
        )
        self.more_button.setText(self.tr("Other names"))
        self.type_button.setText(self.tr("Type my own"))
        self.names_button.setText(self.tr("Suggested names"))
        self.add_button.setText(self.tr("Add"))
        self.name_edit.setAccessibleName(self.tr("Your nickname"))
        self.name_edit.setPlaceholderText(self.tr("Your nickname"))
        self.again_button.setText(self.tr("Play again"))
        self.done_button.setText(self.tr("Done"))
