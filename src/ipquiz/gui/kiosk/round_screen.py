"""A visitor's round: one question at a time against the countdown, instant feedback.

The engine (QuizService) scores and stores every answer; this screen only times the
question on the kiosk clock, shows what came back, and moves on by itself after a few
seconds or when tapped. The eight choice buttons are made once and reused, so a day of
rounds creates no widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontInfo, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGraphicsOpacityEffect,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.kiosk import first_sentence
from ipquiz.domain.question import CHOICE_LETTERS, LocalizedQuestion, QuestionType
from ipquiz.domain.quiz import Phase, shown_choices
from ipquiz.domain.results import AnswerRecord, Outcome, outcome
from ipquiz.gui.accessibility import no_time_limits
from ipquiz.gui.article_dialog import ArticleDialog, SourceLink, show_articles
from ipquiz.gui.kiosk.base import CappedScroll, KioskScreen, label, tap_button
from ipquiz.gui.kiosk.clock import KioskClock
from ipquiz.gui.kiosk.countdown import Countdown, CountdownBar, CountdownRing
from ipquiz.gui.kiosk.motion import Confetti, Motion, tween
from ipquiz.gui.kiosk.sounds import Sounds
from ipquiz.gui.kiosk.tiles import KioskTile, balanced_columns
from ipquiz.gui.kiosk.trail import RoundTrail
from ipquiz.gui.outcomes import STATES
from ipquiz.gui.question_image import QuestionImageView
from ipquiz.gui.widgets import (
    ENTER_KEYS,
    ChoiceButton,
    PlainLabel,
    choice_key,
    named,
    scroll_area,
)

# Services are only types here: the database layer loads on the loader thread.
if TYPE_CHECKING:
    from ipquiz.services.quiz_service import ActiveQuiz, QuizService

MAX_CHOICES = len(CHOICE_LETTERS)
REVEAL_MS = 350
STREAK_MOMENT = 3  # right answers in a row that the feedback celebrates
STREAK_MS = 1400


class RoundScreen(KioskScreen):
    DEADLINES = ("question", "feedback")
    finished = Signal()

    def __init__(self, clock: KioskClock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.setObjectName("roundScreen")
        self.service: QuizService | None = None
        self.active: ActiveQuiz | None = None
        self._text: LocalizedQuestion | None = None
        self._lang = ""
        self._limit_ms = 0
        self._untimed = False
        self._asked_ms = 0
        self._feedback_ms = 6000

        self.progress = label("roundProgress", wrap=False)
        self.score = label("roundScore", wrap=False)
        self.ring = CountdownRing()
        self.bar = CountdownBar()
        self.countdown: Countdown = self.ring
        self.prompt = PlainLabel(object_name="kioskPrompt")
        # A long question at a large text size scrolls in its own area: the tiles below
        # keep their place on the screen from the question's start (see relayout).
        self.prompt_scroll = CappedScroll(self.prompt)
        self.prompt_scroll.setObjectName("promptScroll")
        self.prompt_scroll.viewport().setAutoFillBackground(False)
        self.image = QuestionImageView()
        self.hint = label("hint")
        self.content = named(QWidget(), "roundContent")  # what scrolls (see below)
        self.buttons: list[KioskTile] = []
        self._placed = (0, 0)  # tiles shown, columns: as the grid has them
        self.grid = QGridLayout()
        for n in range(MAX_CHOICES):
            button = KioskTile(n, self.content)  # placed from the start: never a window
            button.setProperty("shown", n)
            button.clicked.connect(self._on_choice_clicked)
            button.hide()
            self.buttons.append(button)
        self.confirm_button = tap_button("primary")
        self.confirm_button.clicked.connect(self._on_confirm)

        self.feedback = named(QFrame(), "kioskFeedback")
        self.verdict = label("kioskVerdict")
        self.streak = label("kioskStreak")  # "3 right in a row!"
        self.motion = Motion(self)
        self.confetti = Confetti(self, pieces=70)
        self.sounds: Sounds | None = None  # the window's, when the operator turned them on
        self.answer_line = PlainLabel(object_name="answerLine")
        self.explanation = PlainLabel(object_name="explanationLine")
        self.source_link = SourceLink(object_name="kioskSourceLink")  # tap: the articles
        self.source_link.clicked.connect(self._open_source)
        self.next_button = tap_button("primary")
        self.next_button.clicked.connect(self.advance)
        texts = QVBoxLayout()
        for w in (self.verdict, self.streak, self.answer_line, self.explanation, self.source_link):
            texts.addWidget(w)
        self.feedback_box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.feedback)
        self.feedback_box.addLayout(texts, 1)
        self.feedback_box.addWidget(self.next_button)
        self.feedback.hide()

        self.trail = RoundTrail()
        self.question_card = named(QFrame(), "questionCard")
        question = QVBoxLayout(self.question_card)
        question.addStretch(0)  # portrait: the question in the middle of the upper half
        for part in (self.prompt_scroll, self.image, self.hint):
            question.addWidget(part)
        question.addStretch(0)
        self.question_box = question

        self.header = header = QHBoxLayout()
        status = QVBoxLayout()
        status.addWidget(self.progress)
        status.addWidget(self.score)
        header.addLayout(status)
        header.addWidget(self.trail, 1, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.ring)
        # The round scrolls only when a long question and its feedback outgrow the
        # screen (1024x768); after an answer the feedback is scrolled into view.
        self.scroller = scroll_area()
        self.scroller.setWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroller)
        # Confirm stays on the screen under whatever scrolls: a timed question's visitor
        # never scrolls to it past a long question or many tiles.
        self.confirm_bar = QWidget()
        self.confirm_row = QHBoxLayout(self.confirm_bar)
        self.confirm_row.addWidget(self.confirm_button)
        outer.addWidget(self.confirm_bar)
        self.layout_ = QVBoxLayout(self.content)
        self.layout_.addLayout(header)
        self.layout_.addWidget(self.bar)
        self.layout_.addWidget(self.question_card)
        self.layout_.addLayout(self.grid)
        self.layout_.addWidget(self.feedback)
        self.clock.ticked.connect(self._on_tick)
        self.clear()

    # -- the round -------------------------------------------------------------
    def begin(
        self,
        service: QuizService,
        active: ActiveQuiz,
        *,
        countdown: str,
        feedback_seconds: int,
    ) -> None:
        self.service, self.active, self._lang = service, active, active.lang
        self._limit_ms = (active.quiz.spec.question_seconds or 20) * 1000
        self._feedback_ms = feedback_seconds * 1000
        # No time limits (the visitor's or the stand's accessibility preset): no countdown
        # and no feedback moving on by itself; speed points still count from the limit.
        self._untimed = no_time_limits()
        self.countdown = self.bar if countdown == "bar" else self.ring
        for shown in (self.ring, self.bar):
            # one countdown at a time: on the feedback the question's keeps its place, unseen
            policy = shown.sizePolicy()
            policy.setRetainSizeWhenHidden(shown is self.countdown)
            shown.setSizePolicy(policy)
            shown.setVisible(shown is self.countdown and not self._untimed)
        self._show_question()

    def leave(self) -> None:
        self.motion.finish()
        super().leave()

    def clear(self) -> None:
        """Forget the visitor: nothing of their round stays on screen."""
        self.leave()
        self.active = self.service = None
        self._text = None
        for dialog in self.findChildren(ArticleDialog):  # a walk-away closes it too
            dialog.close()
        for w in (self.prompt, self.hint, self.verdict, self.answer_line, self.explanation):
            w.setText("")
        self.streak.hide()
        self.image.show_image(None, self._lang)
        for button in self.buttons:
            self._reset_button(button)
            button.set_choice("", "")
            button.hide()
        self.feedback.hide()
        self.confirm_bar.hide()
        self.progress.setText("")
        self.score.setText("")
        self.countdown.set_remaining(1.0, 0)

    def _reset_button(self, button: ChoiceButton) -> None:
        button.blockSignals(True)
        button.setChecked(False)
        button.blockSignals(False)
        button.set_state("")
        button.setEnabled(True)

    def _show_question(self) -> None:
        assert self.active is not None
        quiz = self.active.quiz
        planned = quiz.current
        self._text = text = planned.question.localized(self._lang)
        self.motion.finish()  # the last answer's moment ends with it
        self.prompt.setText(text.prompt)
        self.prompt_scroll.verticalScrollBar().setValue(0)
        self.image.box = QSize(self.scale.px(900), self.scale.px(320))  # then fitted
        self.image.show_image(planned.question.image, self._lang)
        for shown, button in enumerate(self.buttons):
            self._reset_button(button)
            button.set_open(True)
            if shown < len(planned.shown_order):
                button.set_choice(CHOICE_LETTERS[shown], text.choices[planned.shown_order[shown]])
                button.show()
            else:
                button.hide()
        self.countdown.setVisible(not self._untimed)
        self._show_trail()
        multiple = planned.question.type is QuestionType.MULTIPLE
        self.confirm_bar.setVisible(multiple)
        self.confirm_button.setEnabled(False)
        self.feedback.hide()
        self.hint.show()
        self.scroller.verticalScrollBar().setValue(0)
        self.relayout()
        self.retranslate()
        self._asked_ms = self.clock.now_ms()
        if not self._untimed:
            self.clock.schedule("question", self._limit_ms, self._on_time_out)
        self._on_tick()

    def _chosen(self) -> frozenset[int]:
        assert self.active is not None
        order = self.active.quiz.current.shown_order
        return frozenset(order[int(b.property("shown"))] for b in self.buttons if b.isChecked())

    def _on_choice_clicked(self) -> None:
        if self.active is None or self.active.quiz.phase is not Phase.QUESTION:
            return
        if self.active.quiz.current.question.type is QuestionType.MULTIPLE:
            self.confirm_button.setEnabled(bool(self._chosen()))
            return
        self._submit()

    def _on_confirm(self) -> None:
        if self.active is not None and self._chosen():
            self._submit()

    def _submit(self) -> None:
        active, service = self.active, self.service
        assert active is not None
        assert service is not None
        left = self.clock.remaining_ms("question") or 0
        self.clock.cancel("question")
        elapsed = self._limit_ms - left
        if self._untimed:
            elapsed = min(self._limit_ms, self.clock.now_ms() - self._asked_ms)
        chosen = self._chosen()
        # Acknowledged only once stored; while the server is away it stays on screen
        # ("Reconnecting…") and is sent again (it replaces its own row: stored once).
        self.calls.run(
            lambda: service.answer(active, chosen, elapsed_ms=elapsed),
            lambda record: self._show_feedback(active, record, timed_out=False),
            retry=True,
        )

    def _on_time_out(self) -> None:
        active, service = self.active, self.service
        if active is None or service is None:
            return
        self.calls.run(
            lambda: service.time_out(active, elapsed_ms=self._limit_ms),
            lambda record: self._show_feedback(active, record, timed_out=True),
            retry=True,
        )

    def _show_feedback(self, active: ActiveQuiz, record: AnswerRecord, *, timed_out: bool) -> None:
        if active is not self.active:  # the round was cleared meanwhile
            return
        assert self.active is not None
        assert self._text is not None
        planned, text = self.active.quiz.current, self._text
        for button in self.buttons[: len(planned.shown_order)]:
            original = planned.shown_order[int(button.property("shown"))]
            button.setEnabled(False)
            button.set_open(False)
            if original in planned.question.correct:
                button.set_state("right" if original in record.chosen else "missed")
            elif original in record.chosen:
                button.set_state("wrong")
        self.confirm_bar.hide()
        self.countdown.hide()  # the Next button counts down now
        self._show_trail()
        how = outcome(record)
        points = f"{self.active.quiz.profile.shown(record.points):g}"
        if how is Outcome.CORRECT:
            self.verdict.setText(self.tr("✔ Correct! +{0} points").format(points))
        elif how is Outcome.PARTLY:
            self.verdict.setText(self.tr("◐ Partly right, +{0} points").format(points))
        elif timed_out:
            self.verdict.setText(self.tr("Time's up!"))
        else:
            self.verdict.setText(self.tr("✘ Not quite."))
        self.feedback.setProperty("state", STATES[how])
        for widget in (self.feedback, self.verdict):  # the verdict's colour follows the state
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.answer_line.setText(
            self.tr("Answer: {0}").format(shown_choices(planned, text, planned.question.correct))
        )
        self.explanation.setText(first_sentence(text.explanation))
        self.explanation.setVisible(bool(text.explanation))
        self.source_link.set_source(
            self.tr("Source: {0}").format(text.source),
            readable=any(c.is_statute for c in planned.question.citations),
        )
        self.source_link.setVisible(bool(text.source))
        self.feedback.show()
        self.hint.hide()  # what to tap is said; the room goes to the feedback
        QTimer.singleShot(0, self._feedback_into_view)  # once the layout has made room
        self._reveal(how, self.active.quiz.streak if how is Outcome.CORRECT else 0)
        self._show_score()
        if self._untimed:
            self.next_button.setText(self._next_text(None))
        else:
            self.clock.schedule("feedback", self._feedback_ms, self.advance)
        self._on_tick()

    def _feedback_into_view(self) -> None:
        if self.feedback.isVisible():
            self.scroller.ensureWidgetVisible(self.feedback, 0, 0)

    def _reveal(self, how: Outcome, streak: int) -> None:
        """The feedback fades in over the answered tiles; a streak of three or more right
        answers in a row says so, with confetti (and a sound, when they are on)."""
        self.motion.finish()
        effect = QGraphicsOpacityEffect(self.feedback)
        self.feedback.setGraphicsEffect(effect)
        self.motion.run(
            tween(0.0, 1.0, REVEAL_MS, effect.setOpacity),
            lambda: self.feedback.setGraphicsEffect(None),  # type: ignore[arg-type]
        )
        moment = streak >= STREAK_MOMENT
        self.streak.setVisible(moment)
        if moment:
            self.streak.setText(self.tr("{0} right in a row!").format(streak))
            self.confetti.shower(self.motion, STREAK_MS)
        if self.sounds is not None:
            self.sounds.play("streak" if moment else "right" if how is Outcome.CORRECT else "wrong")

    def _show_trail(self) -> None:
        assert self.active is not None
        quiz = self.active.quiz
        states = [STATES[outcome(a)] for a in quiz.answers]
        self.trail.show_round(states, quiz.total, quiz.position)
        right = sum(s == "right" for s in states)
        self.trail.setAccessibleName(
            self.tr("{0} of {1} answered, {2} right").format(len(states), quiz.total, right)
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """On the feedback a tap anywhere moves on, like Next (the source line and the
        buttons keep their own taps)."""
        if self.active is not None and self.active.quiz.phase is Phase.FEEDBACK:
            self.advance()
            event.accept()
            return
        super().mousePressEvent(event)

    def key(self, key: int) -> bool:
        """Keyboard play: 1–8 or A–H picks a tile (another pick replaces it in a
        one-answer question), Enter confirms; on the feedback Enter or Space moves on."""
        if self.active is None:
            return False
        phase = self.active.quiz.phase
        if phase is Phase.FEEDBACK and key in (*ENTER_KEYS, Qt.Key.Key_Space):
            self.advance()
            return True
        if phase is not Phase.QUESTION:
            return False
        if key in ENTER_KEYS:
            self._on_confirm()
            return True
        shown = choice_key(key)
        if shown is None or shown >= len(self.active.quiz.current.shown_order):
            return False
        button = self.buttons[shown]
        if self.active.quiz.current.question.type is QuestionType.MULTIPLE:
            button.toggle()
        else:
            for other in self.buttons:
                other.setChecked(other is button)
        self.confirm_button.setEnabled(bool(self._chosen()))
        return True

    def _open_source(self) -> None:
        """The cited articles over the round; the feedback waits for Next meanwhile."""
        if self.active is None or self.service is None:
            return
        if self.active.quiz.phase is not Phase.FEEDBACK:
            return
        self.clock.cancel("feedback")
        self.next_button.setText(self._next_text(None))
        question = self.active.quiz.current.question
        show_articles(
            self,
            self.calls,
            self.service.laws,
            question,
            lang=self._lang,
            superseded=self.active.superseded.get(question.id, ()),
        )

    def advance(self) -> None:
        """From the feedback to the next question, or to the result."""
        if self.active is None or self.service is None:
            return
        quiz = self.active.quiz
        if quiz.phase is not Phase.FEEDBACK:
            return
        self.clock.cancel("feedback")
        if quiz.next() is Phase.QUESTION:
            self._show_question()
            return
        active, service = self.active, self.service
        self.calls.run(lambda: service.finish(active), lambda _: self._finished(active), retry=True)

    def _finished(self, active: ActiveQuiz) -> None:
        if active is self.active:
            self.finished.emit()

    # -- rendering -------------------------------------------------------------
    def _show_score(self) -> None:
        if self.active is not None:
            quiz = self.active.quiz
            points = quiz.profile.shown(sum(a.points for a in quiz.answers))
            self.score.setText(self.tr("Score: {0}").format(f"{points:g}"))

    def _on_tick(self) -> None:
        if self.active is None:
            return
        left = self.clock.remaining_ms("question")
        if left is not None:
            self.countdown.set_remaining(left / self._limit_ms, (left + 999) // 1000)
        elif self.active.quiz.phase is Phase.FEEDBACK:
            self.next_button.setText(self._next_text(self.clock.remaining_ms("feedback")))

    def _next_words(self) -> tuple[str, str]:
        return self.tr("Next"), self.tr("See my score")

    def _next_text(self, wait_ms: int | None) -> str:
        """'Next ▶ 4'; without a count while the feedback waits (the articles are open)."""
        assert self.active is not None
        last = self.active.quiz.unanswered == 0
        text = self._next_words()[last]
        return f"{text}  ▶" if wait_ms is None else f"{text}  ▶ {(wait_ms + 999) // 1000}"

    def relayout(self) -> None:
        """Landscape: the tiles fill the screen under the question, 2 x 2 for four (rows
        of equal length for more). Portrait: the question in the upper half, the tiles
        in the lower one, where a hand reaches."""
        gap = self.scale.px(20)
        self.grid.setSpacing(gap)
        m = self.scale.margin
        self.layout_.setContentsMargins(m, m, m, m)
        self.layout_.setSpacing(gap)
        self.confirm_row.setContentsMargins(m, 0, m, m)
        portrait = 1 if self.portrait else 0
        for index in (0, self.question_box.count() - 1):
            self.question_box.setStretch(index, portrait)
        self.layout_.setStretch(self.layout_.indexOf(self.question_card), portrait)
        self.layout_.setStretch(self.layout_.indexOf(self.grid), 1 - portrait)
        self.trail.set_side(self.scale.px(56))
        self.ring.set_extent(self.scale.px(140))
        self.bar.set_extent(self.scale.px(96))
        tile_height = max(self.scale.target, self.scale.px(130))
        for button in self.buttons:
            button.setMinimumHeight(tile_height)
            button.set_badge_least(self.scale.px(56))
            button.shape.set_side(self.scale.px(64))
        self.next_button.setMinimumWidth(self.scale.px(260))
        self._fit_to_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        """What depends on the screen's width and the text size: the tiles' columns, the
        question's share of the height, the feedback's Next beside or under its texts."""
        width = self.width() - 2 * self.layout_.contentsMargins().left()
        self._arrange_tiles(width)
        self._share_height(width)
        # Next beside the texts while they keep 20 ems a line; else under them.
        metrics = self.next_button.fontMetrics()
        longest = max(metrics.horizontalAdvance(f"{t}  ▶ 10") for t in self._next_words())
        next_width = max(self.next_button.minimumWidth(), longest + 2 * self.scale.px(28))
        room = width - next_width - 3 * self.scale.px(28)
        wide = room >= 20 * QFontInfo(self.explanation.font()).pixelSize()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.feedback_box.direction() != direction:
            self.feedback_box.setDirection(direction)

    def _share_height(self, width: int) -> None:
        """The tiles keep a third of the height under the question (a timed question's
        tiles are in reach from its start, as on a game show): a question longer than the
        rest scrolls in its own area, after its picture has shrunk to its least."""
        height, gap, pad = self.scroller.height(), self.layout_.spacing(), self.scale.px(28)
        top = self.layout_.contentsMargins().top() + self.header.sizeHint().height() + gap
        if self.bar.isVisible():
            top += self.bar.sizeHint().height() + gap
        card = 2 * pad
        if not self.hint.isHidden():
            card += self.hint.heightForWidth(width - 2 * pad) + self.question_box.spacing()
        share = height - top - card - gap - height // 3
        lines = 2 * self.prompt.fontMetrics().lineSpacing()
        need = self.prompt.heightForWidth(width - 2 * pad)
        if self.image.image is not None:
            spare = share - need - self.question_box.spacing()
            picture = max(self.image.MIN_HEIGHT, min(self.scale.px(320), spare))
            box = QSize(self.scale.px(900), picture)
            if box != self.image.box:
                self.image.set_box(box, self._lang)
            share -= self.image.sizeHint().height() + self.question_box.spacing()
        self.prompt_scroll.set_cap(max(share, lines))

    def _arrange_tiles(self, width: int) -> None:
        """As many columns as the count suggests (balanced_columns), fewer while a
        column is too narrow for a tile's longest word, its mark or 8 ems of text."""
        shown = [b for b in self.buttons if not b.isHidden()] or self.buttons[:4]
        columns = balanced_columns(len(shown), portrait=self.portrait)
        em = QFontInfo(shown[0].label.font()).pixelSize()
        least = max(b.least_width(8 * em) for b in shown)
        gap = self.grid.spacing()
        while columns > 1 and (width - gap * (columns - 1)) // columns < least:
            columns -= 1
        if self._placed == (len(shown), columns):
            return
        self._placed = (len(shown), columns)
        for button in self.buttons:
            self.grid.removeWidget(button)
        for n, button in enumerate(shown):
            self.grid.addWidget(button, n // columns, n % columns)
        for column in range(max(columns, self.grid.columnCount())):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def retranslate(self) -> None:
        if self.active is None:
            return
        quiz = self.active.quiz
        self.progress.setText(self.tr("Question {0} of {1}").format(quiz.position + 1, quiz.total))
        qtype = quiz.current.question.type if quiz.phase is not Phase.FINISHED else None
        self.hint.setText(
            {
                QuestionType.SINGLE: self.tr("Tap the right answer."),
                QuestionType.MULTIPLE: self.tr("Tap every right answer, then Confirm."),
                QuestionType.TRUE_FALSE: self.tr("True or false?"),
                None: "",
            }[qtype]
        )
        self.confirm_button.setText(self.tr("Confirm"))
        self._show_score()
