"""A list of cards (a title and a line or two each), as the teacher's screens list sets
and classes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipquiz.gui.widgets import named


class Card(QWidget):
    """An entry of a CardList: a title, and a line or two about it."""

    def __init__(self, title: str, summary: str) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.name = named(QLabel(title), "cardTitle")
        self.name.setWordWrap(True)
        self.summary = named(QLabel(summary), "cardSummary")
        self.summary.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(2)
        column.addWidget(self.name)
        column.addWidget(self.summary)


class CardList(QListWidget):
    """Entries as cards that wrap to the list's width (no sideways scrolling); each item
    holds its key (UserRole) and reads as "title: summary" to a screen reader."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def add_card(self, key: object, title: str, summary: str) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {summary}")
        self.addItem(item)
        self.setItemWidget(item, Card(title, summary))
        self._fit(item)

    def _fit(self, item: QListWidgetItem) -> None:
        card = self.itemWidget(item)
        width = max(120, self.viewport().width() - 8)
        if card is not None:
            item.setSizeHint(QSize(width, card.heightForWidth(width)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_all()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_all()  # the width is known for sure only once shown

    def _fit_all(self) -> None:
        for row in range(self.count()):
            self._fit(self.item(row))


def list_and_detail(
    page: QWidget,
    *,
    header: list[QWidget],
    side: list[QWidget],
    detail: QLayout,
    footer: QLayout | None = None,
) -> None:
    """Lay out a teacher's page: a header row (back, title, actions), a card on the left
    holding `side` (its list stretches), `detail` on the right, and `footer` below it."""
    head = QHBoxLayout()
    head.addWidget(header[0])
    head.addSpacing(12)
    head.addWidget(header[1], 1)
    for widget in header[2:]:
        head.addWidget(widget)
    left = named(QWidget(), "card")
    column = QVBoxLayout(left)
    column.setContentsMargins(16, 16, 16, 16)
    for widget in side:
        column.addWidget(widget, 1 if isinstance(widget, QListWidget) else 0)
    left.setMinimumWidth(250)
    left.setMaximumWidth(340)
    right = QVBoxLayout()
    right.addLayout(detail, 1)
    if footer is not None:
        right.addLayout(footer)
    body = QHBoxLayout()
    body.setSpacing(16)
    body.addWidget(left, 1)
    body.addLayout(right, 3)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 16, 24, 16)
    layout.setSpacing(12)
    layout.addLayout(head)
    layout.addLayout(body, 1)
