"""The bank, read-only, for hand-picking a set's questions: search by text, topic,
difficulty, tag and the law a question cites; tick questions, add them."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.bank_query import BankEntry, BankPage, BankQuery
from ipquiz.domain.laws import NO_LAW
from ipquiz.domain.question import Category
from ipquiz.gui.failures import Failure
from ipquiz.gui.widgets import MIN_TARGET_PX, named, read_only_table

if TYPE_CHECKING:
    from ipquiz.gui.service_calls import ServiceCalls
    from ipquiz.services.quiz_sets import QuizSetService

PICK, LEVEL, TOPIC, PROMPT, SOURCE = range(5)
#: Typing waits this long before searching, so a word is one search, not one per letter.
SEARCH_DELAY_MS = 250


class BankBrowser(QDialog):
    def __init__(
        self,
        calls: ServiceCalls,
        sets: QuizSetService,
        categories: list[tuple[Category, int]],
        *,
        lang: str,
        picked: Collection[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bankBrowser")
        self.setWindowTitle(self.tr("Choose questions from the bank"))
        self.setModal(True)
        self.resize(1100, 680)
        self._calls, self._sets, self._lang = calls, sets, lang
        self._already = set(picked)
        self._shown: list[BankEntry] = []
        self._chosen: dict[str, BankEntry] = {}
        self._names = {c.id: c.name(lang) for c, _ in categories}
        self._searching = False
        self._again = False

        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search the questions (either language) or an id"))
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName(self.tr("Search"))
        self.topic = self._combo(self.tr("All topics"), self.tr("Topic"))
        for cat, count in categories:
            self.topic.addItem(f"{cat.name(lang)} ({count})", cat.id)
        self.level = self._combo(self.tr("Any difficulty"), self.tr("Difficulty"))
        for value, label in self._levels().items():
            self.level.addItem(label, value)
        self.tag = self._combo(self.tr("Any tag"), self.tr("Tag"))
        self.law = self._combo(self.tr("Any law"), self.tr("Law"))
        self.law.setMinimumContentsLength(18)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self.search)
        self.text.textEdited.connect(self._delay.start)
        self.text.returnPressed.connect(self.search)  # Enter searches now, never closes
        for box in (self.topic, self.level, self.tag, self.law):
            box.currentIndexChanged.connect(self.search)

        self.table = named(read_only_table(5), "bankTable")
        self.table.setHorizontalHeaderLabels(
            ["✓", self.tr("Level"), self.tr("Topic"), self.tr("Question"), self.tr("Source")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col, mode in (
            (PICK, QHeaderView.ResizeMode.ResizeToContents),
            (LEVEL, QHeaderView.ResizeMode.ResizeToContents),
            (TOPIC, QHeaderView.ResizeMode.Interactive),
            (PROMPT, QHeaderView.ResizeMode.Stretch),
            (SOURCE, QHeaderView.ResizeMode.Interactive),
        ):
            header.setSectionResizeMode(col, mode)
        self.table.setColumnWidth(TOPIC, 170)
        self.table.setColumnWidth(SOURCE, 240)
        self.table.verticalHeader().setMinimumSectionSize(MIN_TARGET_PX)
        self.table.cellClicked.connect(self._on_cell_clicked)
        self.table.setAccessibleName(self.tr("Questions found"))

        self.found = named(QLabel(), "hint")
        self.add_button = named(QPushButton(), "primary")
        self.add_button.clicked.connect(self.accept)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "secondary")
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.add_button, self.cancel_button):
            button.setMinimumHeight(MIN_TARGET_PX)
            button.setAutoDefault(False)

        filters = QHBoxLayout()
        filters.addWidget(self.text, 3)
        for box in (self.topic, self.level, self.tag, self.law):
            filters.addWidget(box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.found, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(12)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_count()

    def _combo(self, everything: str, name: str) -> QComboBox:
        box = QComboBox()
        box.setMinimumHeight(MIN_TARGET_PX)
        box.addItem(everything, "")
        box.setAccessibleName(name)
        return box

    def _levels(self) -> dict[int, str]:
        return {1: self.tr("Easy"), 2: self.tr("Medium"), 3: self.tr("Hard")}

    # -- loading -------------------------------------------------------------------
    def start(self) -> None:
        """Fill the tag and law lists and show the first page (off the UI thread)."""
        sets, lang = self._sets, self._lang
        self._calls.run(lambda: (sets.tags(), sets.laws(lang)), self._on_lists, block=False)
        self.search()

    def _on_lists(self, lists: tuple[list[str], list[tuple[str, str]]]) -> None:
        tags, laws = lists
        no_statute = self.tr("No statute (an official page)")
        for box, values in ((self.tag, [(t, t) for t in tags]), (self.law, laws)):
            box.blockSignals(True)
            for key, title in values:
                box.addItem(no_statute if key == NO_LAW else title, key)
            box.blockSignals(False)

    def query(self) -> BankQuery:
        level = self.level.currentData()
        return BankQuery(
            text=self.text.text(),
            category=str(self.topic.currentData() or ""),
            difficulty=int(level) if level else None,
            tag=str(self.tag.currentData() or ""),
            law=str(self.law.currentData() or ""),
        )

    def search(self) -> None:
        """One search at a time; a change made meanwhile searches again afterwards."""
        if self._searching:
            self._again = True
            return
        self._searching = True
        sets, query = self._sets, self.query()
        self.found.setText(self.tr("Searching…"))
        self._calls.run(
            lambda: sets.search(query), self._on_found, failure=self._on_failed, block=False
        )

    def _on_failed(self, failure: Failure) -> None:
        self._searching = False
        self._calls.report(failure)

    def _on_found(self, page: BankPage) -> None:
        self._searching = False
        if self._again:
            self._again = False
            self.search()
            return
        self._shown = list(page.questions)
        levels = self._levels()
        self.table.setRowCount(len(self._shown))
        for row, question in enumerate(self._shown):
            text = question.text(self._lang)
            mark = QTableWidgetItem()
            mark.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, PICK, mark)
            self.table.setItem(row, LEVEL, QTableWidgetItem(levels.get(question.difficulty, "")))
            topic = self._names.get(question.category, question.category)
            self.table.setItem(row, TOPIC, QTableWidgetItem(topic))
            prompt = QTableWidgetItem(text.prompt)
            prompt.setToolTip(f"{question.id}\n{text.explanation}")
            self.table.setItem(row, PROMPT, prompt)
            self.table.setItem(row, SOURCE, QTableWidgetItem(text.source))
            self._render_mark(row)
        self.table.resizeRowsToContents()
        more = page.total - len(self._shown)
        self._found_text = (
            self.tr("{0} questions found").format(page.total)
            if more <= 0
            else self.tr("{0} questions found; the first {1} are shown: narrow the search").format(
                page.total, len(self._shown)
            )
        )
        self._update_count()

    # -- choosing ------------------------------------------------------------------
    def _render_mark(self, row: int) -> None:
        question = self._shown[row]
        item = self.table.item(row, PICK)
        if item is None:
            return
        if question.id in self._already:
            item.setText(self.tr("in the set"))
        else:
            item.setText("☑" if question.id in self._chosen else "☐")
        item.setToolTip(item.text())

    def toggle(self, row: int) -> None:
        if not 0 <= row < len(self._shown):
            return
        question = self._shown[row]
        if question.id in self._already:
            return
        if self._chosen.pop(question.id, None) is None:
            self._chosen[question.id] = question
        self._render_mark(row)
        self._update_count()

    def _on_cell_clicked(self, row: int, _column: int) -> None:
        self.toggle(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.table.hasFocus():
            self.toggle(self.table.currentRow())
            return
        super().keyPressEvent(event)

    def _update_count(self) -> None:
        chosen = len(self._chosen)
        self.add_button.setEnabled(chosen > 0)
        self.add_button.setText(self.tr("Add {0} questions").format(chosen))
        found = getattr(self, "_found_text", "")
        self.found.setText(
            found + ("  ·  " if found else "") + self.tr("{0} ticked").format(chosen)
        )

    def chosen_ids(self) -> list[str]:
        """The ticked questions' ids, in the order they were ticked."""
        return list(self._chosen)
