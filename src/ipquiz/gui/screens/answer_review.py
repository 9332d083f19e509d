"""Every question of a finished quiz, to go back over: tap (or Space/Enter) to open one.

A question's row says how it went (an icon and a word, never colour alone), the question,
the answer given, the right answer and the points; opened, it shows both answers' texts,
the explanation and the source. Nothing hides in a tooltip: touch screens have none.
Missed questions start open, right ones closed; "Open all"/"Close all" does the rest.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.language import list_separator
from ipquiz.domain.question import Question
from ipquiz.domain.quiz import PlannedQuestion, shown_choices, shown_letters
from ipquiz.domain.results import AnswerRecord, Outcome, outcome
from ipquiz.gui.article_dialog import SourceLink
from ipquiz.gui.outcomes import STATES, outcome_label
from ipquiz.gui.widgets import MIN_TARGET_PX, PlainLabel, WrappingButton, named


class ReviewHeader(WrappingButton):
    """The always-visible row of one question; checked = opened. Its labels are drawn on
    the button and let clicks through, so the whole row is one large target."""

    MIN_WIDTH = 240

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setObjectName("reviewHeader")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumHeight(MIN_TARGET_PX + 8)
        self._layout = grid = QGridLayout(self)
        grid.setContentsMargins(14, 8, 14, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.no = named(QLabel(), "reviewNo")
        self.mark = named(QLabel(), "reviewMark")
        self.prompt = PlainLabel(object_name="reviewPrompt")
        self.chevron = named(QLabel(), "reviewChevron")
        self.facts = QWidget()
        facts = QHBoxLayout(self.facts)
        facts.setContentsMargins(0, 0, 0, 0)
        facts.setSpacing(6)
        self.given_caption, self.given = (
            named(QLabel(), "reviewCaption"),
            named(QLabel(), "reviewFact"),
        )
        self.right_caption, self.right = (
            named(QLabel(), "reviewCaption"),
            named(QLabel(), "reviewFact"),
        )
        self.points_caption, self.points = (
            named(QLabel(), "reviewCaption"),
            named(QLabel(), "reviewFact"),
        )
        for caption, value in (
            (self.given_caption, self.given),
            (self.right_caption, self.right),
            (self.points_caption, self.points),
        ):
            facts.addWidget(caption)
            facts.addWidget(value)
            facts.addSpacing(14)
        facts.addStretch(1)
        grid.addWidget(self.no, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.mark, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.prompt, 0, 2)
        grid.addWidget(self.chevron, 0, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.facts, 1, 2)
        grid.setColumnStretch(2, 1)
        for child in (self.no, self.mark, self.prompt, self.chevron, self.facts):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.toggled.connect(self._on_toggled)
        self._on_toggled(False)

    def _on_toggled(self, opened: bool) -> None:
        self.chevron.setText("▾" if opened else "▸")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens or closes the row, as Space does (and does not leave the screen)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle()
            return
        super().keyPressEvent(event)


class ReviewItem(QFrame):
    """One question: its header, and the details it opens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewItem")
        self.header = ReviewHeader()
        self.details = QWidget()
        self.details.setObjectName("reviewDetails")
        self.given_text = PlainLabel(object_name="reviewAnswer")
        self.right_text = PlainLabel(object_name="reviewAnswer")
        self.explanation = PlainLabel(object_name="explanation")
        self.source_link = SourceLink()  # a tap, Enter or Space shows the cited articles
        self.source = self.source_link.label
        self.source.setObjectName("source")
        self.question: Question | None = None
        self._inner = inner = QVBoxLayout(self.details)
        inner.setContentsMargins(66, 0, 18, 12)
        inner.setSpacing(6)
        for label in (self.given_text, self.right_text, self.explanation):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            inner.addWidget(label)
        inner.addWidget(self.source_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.details)
        self.details.setVisible(False)
        self.header.toggled.connect(self.details.setVisible)
        self.header.prompt.installEventFilter(self)
        self.outcome = Outcome.NO_ANSWER

    @property
    def opened(self) -> bool:
        return self.header.isChecked()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The details start where the question's text does (it moves with the language)."""
        if watched is self.header.prompt and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            left = self.header.prompt.geometry().left() + self.header.geometry().left()
            margins = self._inner.contentsMargins()
            if left > 0 and margins.left() != left:
                margins.setLeft(left)
                self._inner.setContentsMargins(margins)
        return False

    def set_opened(self, opened: bool) -> None:
        self.header.setChecked(opened)

    def show_question(
        self,
        number: int,
        planned: PlannedQuestion,
        record: AnswerRecord | None,
        *,
        lang: str,
        points: str,
        words: Callable[[str], str],
    ) -> None:
        """Fill the row; `words` translates this screen's captions."""
        text = planned.question.localized(lang)
        self.outcome = how = outcome(record)
        head = self.header
        head.no.setText(f"{number}.")
        head.mark.setText(outcome_label(how))
        metrics = head.mark.fontMetrics()  # one width for every outcome: the prompts line up
        head.mark.setMinimumWidth(max(metrics.horizontalAdvance(outcome_label(o)) for o in Outcome))
        for widget in (self, head, head.mark):
            widget.setProperty("state", STATES[how])
        head.prompt.setText(text.prompt)
        chosen = record.chosen if record else frozenset()
        letters = list_separator(text.lang).join
        head.given.setText(letters(shown_letters(planned.shown_order, chosen)) or "—")
        head.right.setText(letters(shown_letters(planned.shown_order, planned.question.correct)))
        head.points.setText(points)
        head.given_caption.setText(words("Your answer"))
        head.right_caption.setText(words("Correct answer"))
        head.points_caption.setText(words("Points"))
        given = shown_choices(planned, text, chosen) if chosen else words("not answered")
        self.given_text.setText(words("Your answer: {0}").format(given))
        right = shown_choices(planned, text, planned.question.correct)
        self.right_text.setText(words("Correct answer: {0}").format(right))
        self.explanation.setText(text.explanation)
        self.explanation.setVisible(bool(text.explanation))
        self.question = planned.question
        self.source_link.set_source(
            text.source, readable=any(c.is_statute for c in planned.question.citations)
        )
        self.source_link.setVisible(bool(text.source))
        head.setAccessibleName(f"{number}. {outcome_label(how)}. {text.prompt}")
        for widget in (self, head, head.mark):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


class AnswerReview(QWidget):
    """The list of every question, in the order asked."""

    source_requested = Signal(object)  # the Question whose cited articles to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ReviewItem] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)

    def set_count(self, count: int) -> None:
        """Make room for `count` questions, reusing the rows already there."""
        while len(self.items) < count:
            item = ReviewItem(self)
            item.source_link.clicked.connect(lambda _=False, it=item: self._open_source(it))
            self._layout.insertWidget(len(self.items), item)
            self.items.append(item)
        while len(self.items) > count:
            item = self.items.pop()
            self._layout.removeWidget(item)
            item.deleteLater()

    def _open_source(self, item: ReviewItem) -> None:
        if item.question is not None:
            self.source_requested.emit(item.question)

    def open_all(self, opened: bool) -> None:
        for item in self.items:
            item.set_opened(opened)

    def open_missed(self) -> None:
        """Missed questions open, right ones closed: where a learner starts reading."""
        for item in self.items:
            item.set_opened(item.outcome is not Outcome.CORRECT)
