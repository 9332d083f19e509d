"""The result: score, pass or not, a per-topic breakdown and every answer given."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.quiz import Quiz, shown_letters
from ipquiz.domain.results import Outcome, Tally, outcome, percent
from ipquiz.gui.outcomes import outcome_label
from ipquiz.gui.widgets import MIN_TARGET_PX, TranslatedWidget, named

# Column constants of the two tables.
CAT_NAME, CAT_CORRECT, CAT_POINTS, CAT_SHARE = range(4)
ROW_NO, ROW_PROMPT, ROW_GIVEN, ROW_RIGHT, ROW_POINTS, ROW_MARK = range(6)
COLORS = {
    Outcome.CORRECT: "#15803d",
    Outcome.PARTLY: "#b45309",
    Outcome.WRONG: "#b91c1c",
    Outcome.NO_ANSWER: "#b91c1c",
}


def _item(text: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    return table


class ResultScreen(TranslatedWidget):
    export_requested = Signal()
    restart_requested = Signal()

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
        self.answers = _table(6)
        header = self.answers.horizontalHeader()
        header.setSectionResizeMode(ROW_PROMPT, QHeaderView.ResizeMode.Stretch)
        for col in (ROW_NO, ROW_GIVEN, ROW_RIGHT, ROW_POINTS, ROW_MARK):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.answers.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.export_button = named(QPushButton(), "secondary")
        self.export_button.setMinimumHeight(MIN_TARGET_PX)
        self.export_button.clicked.connect(self.export_requested)
        self.restart_button = named(QPushButton(), "primary")
        self.restart_button.setMinimumHeight(MIN_TARGET_PX)
        self.restart_button.clicked.connect(self.restart_requested)
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.restart_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 20)
        layout.setSpacing(12)
        layout.addLayout(top, 2)
        layout.addWidget(self.answers_label)
        layout.addWidget(self.answers, 3)
        layout.addLayout(buttons)
        self.retranslate()

    def show_result(
        self, quiz: Quiz, *, lang: str, category_names: Mapping[str, str], attempt_id: int
    ) -> None:
        self._quiz, self._lang, self._names = quiz, lang, category_names
        self.attempt_id = attempt_id
        self.status.setText("")
        self._render()

    def set_status(self, message: str) -> None:
        self.status.setText(message)

    def _points(self, value: float) -> str:
        assert self._quiz is not None
        return f"{self._quiz.profile.shown(value):g}"

    def _topic_row(self, row: int, name: str, tally: Tally) -> None:
        self.by_topic.setItem(row, CAT_NAME, _item(name))
        counts = f"{tally.correct} / {tally.questions}"
        self.by_topic.setItem(row, CAT_CORRECT, _item(counts, Qt.AlignmentFlag.AlignCenter))
        points = f"{self._points(tally.points)} / {self._points(tally.max_points)}"
        self.by_topic.setItem(row, CAT_POINTS, _item(points, Qt.AlignmentFlag.AlignCenter))
        share = f"{percent(tally.points, tally.max_points)}%"
        self.by_topic.setItem(row, CAT_SHARE, _item(share, Qt.AlignmentFlag.AlignRight))

    def _render(self) -> None:
        if self._quiz is None:
            return
        result = self._quiz.result()
        overall = result.overall
        self.score.setText(f"{self._points(overall.points)} / {self._points(overall.max_points)}")
        share = percent(overall.points, overall.max_points)
        self.verdict.setText(
            self.tr("{0}% — well done, you passed!").format(share)
            if result.passed
            else self.tr("{0}% — keep practising: read the explanations and try again.").format(
                share
            )
        )
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
        self.answers.setRowCount(self._quiz.total)
        for pos, planned in enumerate(self._quiz.planned):
            text = planned.question.localized(self._lang)
            record = answers.get(pos)
            given = ", ".join(shown_letters(planned.shown_order, record.chosen)) if record else ""
            right = ", ".join(shown_letters(planned.shown_order, planned.question.correct))
            how = outcome(record)
            self.answers.setItem(pos, ROW_NO, _item(str(pos + 1), Qt.AlignmentFlag.AlignCenter))
            prompt = _item(text.prompt)
            prompt.setToolTip("\n".join(t for t in (text.explanation, text.source) if t))
            self.answers.setItem(pos, ROW_PROMPT, prompt)
            self.answers.setItem(pos, ROW_GIVEN, _item(given or "—", Qt.AlignmentFlag.AlignCenter))
            self.answers.setItem(pos, ROW_RIGHT, _item(right, Qt.AlignmentFlag.AlignCenter))
            points = self._points(record.points) if record else "0"
            self.answers.setItem(pos, ROW_POINTS, _item(points, Qt.AlignmentFlag.AlignRight))
            mark_item = _item(outcome_label(how))
            mark_item.setData(Qt.ItemDataRole.UserRole, how.value)
            mark_item.setForeground(QColor(COLORS[how]))
            self.answers.setItem(pos, ROW_MARK, mark_item)
        self.answers.resizeRowsToContents()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your result"))
        self.by_topic_label.setText(self.tr("By topic"))
        self.answers_label.setText(self.tr("Your answers"))
        self.by_topic.setHorizontalHeaderLabels(
            [self.tr("Topic"), self.tr("Correct"), self.tr("Points"), self.tr("Score")]
        )
        self.answers.setHorizontalHeaderLabels(
            [
                "#",
                self.tr("Question"),
                self.tr("Your answer"),
                self.tr("Correct answer"),
                self.tr("Points"),
                self.tr("Result"),
            ]
        )
        self.export_button.setText(self.tr("Export results…"))
        self.restart_button.setText(self.tr("New quiz"))
        self._render()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.restart_requested.emit()
            return
        super().keyPressEvent(event)
