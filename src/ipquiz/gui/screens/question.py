"""One question at a time: prompt, large choice buttons, then the feedback panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.question import CHOICE_LETTERS, LocalizedQuestion, QuestionType
from ipquiz.domain.quiz import PlannedQuestion, Quiz, shown_letters
from ipquiz.domain.results import AnswerRecord, Outcome, outcome
from ipquiz.domain.scoring import ACCURACY, ScoringProfile
from ipquiz.domain.spec import Mode
from ipquiz.gui.article_dialog import SourceLink
from ipquiz.gui.outcomes import STATES
from ipquiz.gui.question_image import QuestionImageView
from ipquiz.gui.screens.exam_bar import ExamBar
from ipquiz.gui.widgets import (
    MIN_TARGET_PX,
    ChoiceButton,
    PlainLabel,
    TranslatedWidget,
    choice_key,
    named,
    restyle,
    scroll_area,
)


class QuestionScreen(TranslatedWidget):
    answer_submitted = Signal(object)  # frozenset[int] of original choice indices
    next_requested = Signal()
    leave_requested = Signal()
    go_to = Signal(int)  # exam: show another question
    submit_requested = Signal()  # exam: hand in
    source_requested = Signal(object)  # the Question whose cited articles to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionScreen")
        self._planned: PlannedQuestion | None = None
        self._text: LocalizedQuestion | None = None
        self._buttons: list[ChoiceButton] = []
        self._in_feedback = False
        self._is_last = False
        self._profile: ScoringProfile = ACCURACY  # how points are rounded on screen

        self._review = False  # a review session says so in its progress
        self.progress_label = named(QLabel(), "progressLabel")
        self.time_left = named(QLabel(), "timeLeft")  # a practice question's countdown
        self.time_left.hide()
        self.category_label = named(QLabel(), "chip")
        self.progress = named(QProgressBar(), "progress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)

        self.prompt = PlainLabel(object_name="prompt")
        self.image = QuestionImageView()
        self.hint = named(QLabel(), "hint")
        self.fallback_note = named(QLabel(), "fallback")
        self.fallback_note.setWordWrap(True)
        self.law_note = PlainLabel(object_name="lawNotice")  # the cited text was replaced
        self.law_note.hide()
        self.choices_box = QVBoxLayout()
        self.choices_box.setSpacing(10)

        self.feedback = named(QFrame(), "feedback")
        self.verdict = named(QLabel(), "verdict")
        self.correct_answer = PlainLabel(object_name="correctAnswer")
        self.explanation = PlainLabel(object_name="explanation")
        self.source_link = SourceLink()
        self.source_link.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # S opens it from the screen
        self.source_link.clicked.connect(self._open_source)
        self.source = self.source_link.label
        self.source.setObjectName("source")
        fb = QVBoxLayout(self.feedback)
        fb.setContentsMargins(20, 16, 20, 16)
        fb.setSpacing(8)
        for w in (self.verdict, self.correct_answer, self.explanation, self.source_link):
            fb.addWidget(w)
        self.feedback.hide()

        content = named(QWidget(), "questionContent")
        body = QVBoxLayout(content)
        body.setContentsMargins(40, 24, 40, 24)
        body.setSpacing(14)
        body.addWidget(self.prompt)
        body.addWidget(self.image)
        body.addWidget(self.hint)
        body.addWidget(self.fallback_note)
        body.addWidget(self.law_note)
        body.addLayout(self.choices_box)
        body.addWidget(self.feedback)
        body.addStretch(1)
        content.setMaximumWidth(1100)
        holder = QWidget()
        centred = QHBoxLayout(holder)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addWidget(content)
        self.scroller = scroll_area()
        self.scroller.setWidget(holder)

        self.leave_button = named(QPushButton(), "secondary")
        self.leave_button.setMinimumHeight(MIN_TARGET_PX)
        self.leave_button.clicked.connect(self.leave_requested)
        self.action_button = named(QPushButton(), "primary")
        self.action_button.setMinimumHeight(MIN_TARGET_PX)
        self.action_button.clicked.connect(self._on_action)
        for b in (self.leave_button, self.action_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addStretch(1)
        top.addWidget(self.time_left)
        top.addWidget(self.category_label)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(40, 8, 40, 20)
        self.exam_bar = ExamBar()
        self.exam_bar.go_to.connect(self.go_to)
        self.exam_bar.submit_requested.connect(self.submit_requested)
        self.exam_bar.hide()
        self._exam = False
        bottom.addWidget(self.leave_button)
        bottom.addStretch(1)
        bottom.addWidget(self.exam_bar, 8)
        bottom.addWidget(self.action_button)

        header = named(QWidget(), "questionHeader")
        head = QVBoxLayout(header)
        head.setContentsMargins(40, 16, 40, 8)
        head.addLayout(top)
        head.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(bottom)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    # -- state from the window -------------------------------------------------
    def show_quiz(self, quiz: Quiz, *, lang: str, category: str) -> None:
        """Show the quiz's current question; an exam also gets what is answered and chosen."""
        self._profile = quiz.profile
        self._review = quiz.spec.mode is Mode.REVIEW
        exam: dict[str, Any] = {}
        if quiz.spec.answers_changeable:
            record = quiz.answer_at(quiz.position)
            exam = {
                "exam_answered": {a.position for a in quiz.answers},
                "exam_chosen": record.chosen if record else frozenset(),
            }
        self.show_question(
            quiz.current,
            lang=lang,
            position=quiz.position,
            total=quiz.total,
            category=category,
            **exam,
        )

    def set_question_time(self, seconds: int | None) -> None:
        """The seconds left to answer the question on screen (None: no countdown)."""
        self.time_left.setVisible(seconds is not None)
        if seconds is not None:
            self.time_left.setText(self.tr("{0} s left").format(max(0, seconds)))
            self.time_left.setAccessibleName(self.time_left.text())

    def show_question(
        self,
        planned: PlannedQuestion,
        *,
        lang: str,
        position: int,
        total: int,
        category: str,
        exam_answered: set[int] | None = None,
        exam_chosen: frozenset[int] = frozenset(),
    ) -> None:
        """Show a question; with `exam_answered` (an exam), answers are kept on change
        and the navigation bar replaces the confirm button."""
        self._exam = exam_answered is not None
        self.exam_bar.setVisible(self._exam)
        self.action_button.setVisible(not self._exam)
        if exam_answered is not None:
            self.exam_bar.show_state(position=position, answered=exam_answered, total=total)
        self._planned = planned
        self._text = text = planned.question.localized(lang)
        self._in_feedback = False
        self._is_last = position + 1 >= total
        self._position, self._total = position, total
        self.category_label.setText(category)
        self.progress.setRange(0, total)
        self.progress.setValue(position)
        self.prompt.setText(text.prompt)
        self.image.show_image(planned.question.image, lang)
        self.fallback_note.setVisible(text.fallback)
        self.feedback.hide()
        self._clear_choices()
        for shown, original in enumerate(planned.shown_order):
            button = ChoiceButton()
            button.set_choice(CHOICE_LETTERS[shown], text.choices[original])
            button.setProperty("original", original)
            button.setChecked(original in exam_chosen)
            button.toggled.connect(self._on_choice_toggled)
            self.choices_box.addWidget(button)
            self._buttons.append(button)
        self.retranslate()
        self.scroller.verticalScrollBar().setValue(0)
        self.setFocus()

    def show_feedback(self, record: AnswerRecord) -> None:
        assert self._planned is not None
        assert self._text is not None
        planned, text = self._planned, self._text
        self._in_feedback = True
        for button in self._buttons:
            original = int(button.property("original"))
            button.setEnabled(False)
            if original in planned.question.correct:
                button.set_state("right" if original in record.chosen else "missed")
            elif original in record.chosen:
                button.set_state("wrong")
        letters = shown_letters(planned.shown_order, planned.question.correct)
        if len(letters) == 1:  # one answer: say it in full
            right = f"{letters[0]}. {text.choices[min(planned.question.correct)]}"
        else:  # several: the highlighted buttons show the words
            right = self.tr(", ").join(letters)
        how = outcome(record)
        restyle(STATES[how], self.feedback, self.verdict)  # the verdict's colour follows
        points = f"{self._profile.shown(record.points):g}"
        self.verdict.setText(
            {
                Outcome.CORRECT: self.tr("✔ Correct!"),
                Outcome.PARTLY: self.tr("◐ Partly right, +{0}").format(points),
            }.get(how, self.tr("✘ Not quite"))
        )
        self.correct_answer.setText(self.tr("Correct answer: {0}").format(right))
        self.explanation.setText(text.explanation)
        self.explanation.setVisible(bool(text.explanation))
        self.source_link.set_source(
            self.tr("Source: {0}").format(text.source) if text.source else "",
            readable=self._readable(),
        )
        self.source_link.setVisible(bool(text.source))
        self.feedback.show()
        self.retranslate()
        content = self.scroller.widget()
        layout = content.layout() if content is not None else None
        if layout is not None:
            layout.activate()  # lay out the panel now, so scrolling reaches all of it
        self.scroller.ensureWidgetVisible(self.feedback, 0, 0)
        self.setFocus()

    def set_law_notes(self, notes: list[str]) -> None:
        """Say that the question rests on a law text since replaced (practice asks it)."""
        self.law_note.setText("\n".join(notes))
        self.law_note.setVisible(bool(notes))

    def _readable(self) -> bool:
        """Whether the question cites a law whose text the dialog can show."""
        return self._planned is not None and any(
            c.is_statute for c in self._planned.question.citations
        )

    def _open_source(self) -> None:
        if self._planned is not None and self._in_feedback and self._readable():
            self.source_requested.emit(self._planned.question)

    # -- rendering -------------------------------------------------------------
    def _clear_choices(self) -> None:
        for button in self._buttons:
            self.choices_box.removeWidget(button)
            button.deleteLater()
        self._buttons.clear()

    def _chosen(self) -> frozenset[int]:
        return frozenset(int(b.property("original")) for b in self._buttons if b.isChecked())

    def retranslate(self) -> None:
        self.leave_button.setText(self.tr("Leave quiz"))
        if self._planned is None:
            return
        progress = (
            self.tr("Review · question {0} of {1}")
            if self._review
            else self.tr("Question {0} of {1}")
        )
        self.progress_label.setText(progress.format(self._position + 1, self._total))
        qtype = self._planned.question.type
        self.hint.setText(
            {
                QuestionType.SINGLE: self.tr("Choose one answer."),
                QuestionType.MULTIPLE: self.tr("Select all that apply."),
                QuestionType.TRUE_FALSE: self.tr("True or false?"),
            }[qtype]
        )
        self.fallback_note.setText(
            self.tr("This question has no text in your language; it is shown in the other one.")
        )
        if self._in_feedback:
            self.action_button.setText(
                self.tr("See results  ▶") if self._is_last else self.tr("Next  ▶")
            )
            self.action_button.setEnabled(True)
        else:
            self.action_button.setText(self.tr("Confirm"))
            self.action_button.setEnabled(bool(self._chosen()))

    # -- events ----------------------------------------------------------------
    def _on_choice_toggled(self, checked: bool) -> None:
        if self._planned is None or self._in_feedback:
            return
        if checked and self._planned.question.type is not QuestionType.MULTIPLE:
            sender = self.sender()
            for b in self._buttons:
                if b is not sender and b.isChecked():
                    b.blockSignals(True)
                    b.setChecked(False)
                    b.blockSignals(False)
                    b.set_state("")
        self.action_button.setEnabled(bool(self._chosen()))
        if self._exam and self._chosen():  # an exam keeps every change at once
            self.answer_submitted.emit(self._chosen())

    def _on_action(self) -> None:
        if self._in_feedback:
            self.next_requested.emit()
        elif self._chosen():
            self.answer_submitted.emit(self._chosen())

    def pick(self, shown_index: int) -> None:
        """Toggle the choice shown at `shown_index` (keyboard 1–8 / A–H)."""
        if not self._in_feedback and 0 <= shown_index < len(self._buttons):
            self._buttons[shown_index].toggle()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._exam and key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            if self._position > 0:
                self.go_to.emit(self._position - 1)
        elif self._exam and key in (
            Qt.Key.Key_Right,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            if self._position + 1 < self._total:
                self.go_to.emit(self._position + 1)
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submit_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_action()
        elif key == Qt.Key.Key_Escape:
            self.leave_requested.emit()
        elif key == Qt.Key.Key_S and self._in_feedback:
            self._open_source()  # S: the source's article texts
        elif (shown := choice_key(key)) is not None:
            self.pick(shown)
        else:
            super().keyPressEvent(event)
