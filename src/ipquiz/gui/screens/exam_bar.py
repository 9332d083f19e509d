"""The exam's navigation: previous / next, a button per question, time left, submit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ipquiz.domain.accessibility import EXAM_EXTRA_TIME_TEXT
from ipquiz.gui.widgets import MIN_TARGET_PX, TranslatedWidget, WrapRow, named

#: Question buttons per row before wrapping.
PER_ROW = 10


class ExamBar(TranslatedWidget):
    go_to = Signal(int)
    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examBar")
        self._numbers: list[QPushButton] = []
        self._position = 0
        self.previous = named(QPushButton("◀"), "secondary")
        self.next = named(QPushButton("▶"), "secondary")
        self.time_left = named(QLabel(), "timeLeft")
        self.extra_time = named(QLabel(), "extraTime")  # the accessibility preset's
        self.extra_time.hide()
        self.submit = named(QPushButton(), "primary")
        for b in (self.previous, self.next, self.submit):
            b.setMinimumHeight(MIN_TARGET_PX)
        self.previous.clicked.connect(lambda: self.go_to.emit(self._position - 1))
        self.next.clicked.connect(lambda: self.go_to.emit(self._position + 1))
        self.submit.clicked.connect(self.submit_requested)
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        navigation = QWidget()
        row = QHBoxLayout(navigation)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.previous)
        row.addLayout(self.grid, 1)
        row.addWidget(self.next)
        ending = QWidget()  # the time and Submit: under the numbers when the row is full
        end_row = QHBoxLayout(ending)
        end_row.setContentsMargins(0, 0, 0, 0)
        end_row.addStretch(1)
        end_row.addWidget(self.extra_time)
        end_row.addWidget(self.time_left)
        end_row.addWidget(self.submit)
        both = WrapRow(spacing=12, spread=True)
        both.append(navigation)
        both.append(ending)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(both)
        self.retranslate()

    def show_state(self, *, position: int, answered: set[int], total: int) -> None:
        self._position = position
        while len(self._numbers) < total:
            n = len(self._numbers)
            button = named(QPushButton(str(n + 1)), "examNumber")
            button.setCheckable(True)
            button.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
            button.clicked.connect(lambda _checked=False, p=n: self.go_to.emit(p))
            self.grid.addWidget(button, n // PER_ROW, n % PER_ROW)
            self._numbers.append(button)
        for n, button in enumerate(self._numbers):
            button.setVisible(n < total)
            button.setChecked(n == position)
            button.setProperty("answered", n in answered)
            button.style().unpolish(button)
            button.style().polish(button)
        self.previous.setEnabled(position > 0)
        self.next.setEnabled(position + 1 < total)

    def set_time_left(self, seconds: int | None) -> None:
        self.time_left.setVisible(seconds is not None)
        if seconds is not None:
            minutes, secs = divmod(max(0, seconds), 60)
            self.time_left.setText(self.tr("Time left {0}:{1:02d}").format(minutes, secs))

    def show_extra_time(self, shown: bool) -> None:
        """Say that this exam's time was extended (no time limits is on)."""
        self.extra_time.setVisible(shown)

    def retranslate(self) -> None:
        self.submit.setText(self.tr("Submit"))
        self.extra_time.setText(self.tr("Extra time {0}").format(EXAM_EXTRA_TIME_TEXT))
        self.extra_time.setToolTip(self.tr("No time limits is on: this exam runs longer"))
        self.previous.setAccessibleName(self.tr("Previous question"))
        self.next.setAccessibleName(self.tr("Next question"))
