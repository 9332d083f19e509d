"""The result: score, pass or not, a per-topic breakdown, and every question to go back
over (gui/screens/answer_review.py), with what to do next: practise the missed ones, a
certificate for a passed exam, an export, a new quiz."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.quiz import Quiz
from ipquiz.domain.results import Tally, percent
from ipquiz.domain.spec import Mode
from ipquiz.gui.screens.answer_review import AnswerReview
from ipquiz.gui.widgets import (
    MIN_TARGET_PX,
    TranslatedWidget,
    WrapRow,
    named,
    read_only_table,
    scroll_area,
    table_item,
)

# Column constants of the per-topic table.
CAT_NAME, CAT_CORRECT, CAT_POINTS, CAT_SHARE = range(4)


def _table(columns: int) -> QTableWidget:
    table = read_only_table(columns)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(True)
    return table


def _button(name: str, signal: SignalInstance) -> QPushButton:
    button = named(QPushButton(), name)
    button.setMinimumHeight(MIN_TARGET_PX)
    button.clicked.connect(signal)
    return button


class ResultScreen(TranslatedWidget):
    export_requested = Signal()
    restart_requested = Signal()
    practise_missed_requested = Signal()
    certificate_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultScreen")
        self._quiz: Quiz | None = None
        self.attempt_id: int | None = None  # the attempt shown: "Export results…" takes it
        self._lang = ""
        self._names: Mapping[str, str] = {}

        self.heading = named(QLabel(), "title")
        self.score = named(QLabel(), "score")
        self.verdict = named(QLabel(), "subtitle")
        self.verdict.setWordWrap(True)
        self.by_topic_label = named(QLabel(), "fieldLabel")
        self.by_topic = _table(4)
        self.by_topic.horizontalHeader().setSectionResizeMode(
            CAT_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.answers_label = named(QLabel(), "fieldLabel")
        self.open_all_button = named(QPushButton(), "link")
        self.open_all_button.clicked.connect(self._on_open_all)
        self.review = AnswerReview()
        # The whole page scrolls, the buttons below it stay: with large text on a short
        # screen the score and the table need the room the answers had.
        self.by_topic.setSizeAdjustPolicy(
            QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents  # no scroll of its own
        )
        self.by_topic.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review_area = scroll_area()

        self.export_button = _button("secondary", self.export_requested)
        self.certificate_button = _button("secondary", self.certificate_requested)
        self.practise_button = _button("secondary", self.practise_missed_requested)
        self.restart_button = _button("primary", self.restart_requested)
        self.status = named(QLabel(), "status")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.score)
        left.addWidget(self.verdict)
        left.addStretch(1)
        top.addLayout(left, 2)
        right = QVBoxLayout()
        right.addWidget(self.by_topic_label)
        right.addWidget(self.by_topic)
        top.addLayout(right, 3)
        answers_head = QHBoxLayout()
        answers_head.addWidget(self.answers_label)
        answers_head.addStretch(1)
        answers_head.addWidget(self.open_all_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        actions = WrapRow()  # on two rows when the window is narrow or the text large
        for button in (
            self.export_button,
            self.certificate_button,
            self.practise_button,
            self.restart_button,
        ):
            actions.append(button)
        buttons.addWidget(actions)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(40, 24, 40, 0)
        column.setSpacing(12)
        column.addLayout(top)
        column.addLayout(answers_head)
        column.addWidget(self.review)
        column.addStretch(1)
        self.review_area.setWidget(page)
        buttons.setContentsMargins(40, 0, 40, 20)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.review_area, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def show_result(
        self, quiz: Quiz, *, lang: str, category_names: Mapping[str, str], attempt_id: int
    ) -> None:
        self._quiz, self._lang, self._names = quiz, lang, category_names
        self.attempt_id = attempt_id
        self.status.setText("")
        self.review.set_count(quiz.total)
        self._render()
        self.review.open_missed()
        self._update_open_all()
        self.review_area.verticalScrollBar().setValue(0)

    def set_status(self, message: str) -> None:
        self.status.setText(message)

    @property
    def earns_certificate(self) -> bool:
        """A finished exam at or above its pass mark."""
        quiz = self._quiz
        return quiz is not None and quiz.spec.mode is Mode.EXAM and quiz.result().passed

    def _points(self, value: float) -> str:
        assert self._quiz is not None
        return f"{self._quiz.profile.shown(value):g}"

    def _topic_row(self, row: int, name: str, tally: Tally) -> None:
        self.by_topic.setItem(row, CAT_NAME, table_item(name))
        counts = f"{tally.correct} / {tally.questions}"
        self.by_topic.setItem(row, CAT_CORRECT, table_item(counts, Qt.AlignmentFlag.AlignCenter))
        points = f"{self._points(tally.points)} / {self._points(tally.max_points)}"
        self.by_topic.setItem(row, CAT_POINTS, table_item(points, Qt.AlignmentFlag.AlignCenter))
        share = f"{percent(tally.points, tally.max_points)}%"
        self.by_topic.setItem(row, CAT_SHARE, table_item(share, Qt.AlignmentFlag.AlignRight))

    def _words(self) -> dict[str, str]:
        return {
            "Your answer": self.tr("Your answer"),
            "Correct answer": self.tr("Correct answer"),
            "Points": self.tr("Points"),
            "not answered": self.tr("not answered"),
            "Your answer: {0}": self.tr("Your answer: {0}"),
            "Correct answer: {0}": self.tr("Correct answer: {0}"),
        }

    def _render(self) -> None:
        if self._quiz is None:
            return
        result = self._quiz.result()
        overall = result.overall
        self.score.setText(f"{self._points(overall.points)} / {self._points(overall.max_points)}")
        share = percent(overall.points, overall.max_points)
        verdict = (
            self.tr("{0}% — well done, you passed!").format(share)
            if result.passed
            else self.tr("{0}% — keep practising: read the explanations and try again.").format(
                share
            )
        )
        # A quiz set has its own pass mark, so the verdict says which one it was judged by.
        mark = self.tr("(pass mark {0} %)").format(round(self._quiz.spec.pass_mark * 100))
        self.verdict.setText(f"{verdict}  {mark}")
        topics = sorted(result.by_category.items())
        self.by_topic.setRowCount(len(topics) + 1)
        for row, (cat, tally) in enumerate(topics):
            self._topic_row(row, self._names.get(cat, cat), tally)
        self._topic_row(len(topics), self.tr("All topics"), overall)  # equals the headline
        for col in range(4):
            if (cell := self.by_topic.item(len(topics), col)) is not None:
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
        answers = {a.position: a for a in self._quiz.answers}
        words = self._words()
        for pos, planned in enumerate(self._quiz.planned):
            record = answers.get(pos)
            earned = self._points(record.points) if record else "0"
            self.review.items[pos].show_question(
                pos + 1,
                planned,
                record,
                lang=self._lang,
                points=f"{earned} / {self._points(self._quiz.profile.max_points(planned.question))}",
                words=words.__getitem__,
            )
        missed = len(self._quiz.missed)
        self.practise_button.setText(self.tr("Practise the %n I missed", "", missed))
        self.practise_button.setVisible(missed > 0)
        self.certificate_button.setVisible(self.earns_certificate)

    def _on_open_all(self) -> None:
        self.review.open_all(not all(item.opened for item in self.review.items))
        self._update_open_all()

    def _update_open_all(self) -> None:
        everything_open = bool(self.review.items) and all(i.opened for i in self.review.items)
        self.open_all_button.setText(
            self.tr("Close all") if everything_open else self.tr("Open all")
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your result"))
        self.by_topic_label.setText(self.tr("By topic"))
        self.by_topic.setAccessibleName(self.by_topic_label.text())  # what a reader says
        self.answers_label.setText(self.tr("Your answers: tap a question to see the explanation"))
        self.by_topic.setHorizontalHeaderLabels(
            [self.tr("Topic"), self.tr("Correct"), self.tr("Points"), self.tr("Score")]
        )
        self.export_button.setText(self.tr("Export results…"))
        self.certificate_button.setText(self.tr("Certificate…"))
        self.restart_button.setText(self.tr("New quiz"))
        self._render()
        self._update_open_all()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.restart_requested.emit()
            return
        super().keyPressEvent(event)
