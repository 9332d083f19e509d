"""A touch-sized list to pick one item from and the actions for it: the students of a
live class (remove one, free a seat), or its questions (skip one)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipquiz.gui.widgets import MIN_TARGET_PX, PlainLabel, named


class PickDialog(QDialog):
    """`items` are (text, value); each action is (text, key). `chosen` is (key, value)
    once an action was pressed with an item selected."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        hint: str,
        items: list[tuple[str, object]],
        actions: list[tuple[str, str]],
        cancel: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(600, 520)
        self.chosen: tuple[str, object] | None = None
        self.hint = PlainLabel(hint, object_name="hint")
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setUniformItemSizes(True)
        self.list.setStyleSheet("font-size: 18px;")
        for text, value in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setSizeHint(QSize(0, MIN_TARGET_PX))
            self.list.addItem(item)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for text, key in actions:
            button = named(QPushButton(text), "primary" if not self.buttons else "")
            button.setMinimumHeight(MIN_TARGET_PX)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, key=key: self._on_action(key))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.cancel = QPushButton(cancel)
        self.cancel.setMinimumHeight(MIN_TARGET_PX)
        self.cancel.clicked.connect(self.reject)
        row.addWidget(self.cancel)
        self.list.currentRowChanged.connect(self._on_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def _on_row(self, row: int) -> None:
        for button in self.buttons.values():
            button.setEnabled(row >= 0)

    def _on_action(self, key: str) -> None:
        if self.list.currentRow() < 0:
            return
        item = self.list.currentItem()
        self.chosen = (key, item.data(Qt.ItemDataRole.UserRole))
        self.accept()
