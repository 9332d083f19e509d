"""The start screen: language, name, topics and length, then Start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.language import EN, ZH
from ipquiz.domain.question import Category
from ipquiz.gui.widgets import MIN_TARGET_PX, ToggleRow, named, scroll_area

LENGTHS = (5, 10, 20)
TOPIC_COLUMNS = 2


class StartScreen(QWidget):
    start_requested = Signal(object, int, str)  # categories: tuple[str, ...], count, player
    language_chosen = Signal(str)
    manage_bank_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self._lang = ZH
        self._categories: list[tuple[Category, int]] = []
        self._topic_buttons: dict[str, QPushButton] = {}

        self.title = named(QLabel(), "title")
        self.subtitle = named(QLabel(), "subtitle")
        self.subtitle.setWordWrap(True)
        self.language = ToggleRow()
        for text, value in (("中文", ZH), ("English", EN)):
            self.language.add(text, value).setMinimumWidth(110)
        self.language.group.buttonClicked.connect(self._on_language_clicked)
        self.language.setAccessibleName("Language / 语言")

        self.name_label = named(QLabel(), "fieldLabel")
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.name.setMinimumHeight(MIN_TARGET_PX)
        self.name.returnPressed.connect(self._on_start_clicked)

        self.topics_label = named(QLabel(), "fieldLabel")
        self.topics = QGridLayout()
        self.topics.setSpacing(10)
        self.length_label = named(QLabel(), "fieldLabel")
        self.length = ToggleRow()
        for n in LENGTHS:
            self.length.add(str(n), n)
        self.length.select(10)

        self.status = named(QLabel(), "status")
        self.status.setWordWrap(True)
        self.start_button = named(QPushButton(), "primary")
        self.start_button.setMinimumHeight(MIN_TARGET_PX + 8)
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.bank_button = named(QPushButton(), "link")
        self.bank_button.setEnabled(False)
        self.bank_button.clicked.connect(self.manage_bank_requested)

        card = named(QWidget(), "card")
        form = QVBoxLayout(card)
        form.setContentsMargins(32, 24, 32, 24)
        form.setSpacing(10)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        form.addLayout(head)
        form.addWidget(self.name_label)
        form.addWidget(self.name)
        form.addWidget(self.topics_label)
        form.addLayout(self.topics)
        form.addWidget(self.length_label)
        row = QHBoxLayout()
        row.addWidget(self.length, 1)
        row.addSpacing(24)
        row.addWidget(self.start_button)
        form.addLayout(row)
        form.addWidget(self.status)
        form.addWidget(self.bank_button, 0, Qt.AlignmentFlag.AlignRight)

        outer = QWidget()
        column = QVBoxLayout(outer)
        column.setContentsMargins(24, 24, 24, 24)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 8)
        centred.addStretch(1)
        column.addStretch(1)
        column.addLayout(centred)
        column.addStretch(1)
        scroll = scroll_area()
        scroll.setWidget(outer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        card.setMaximumWidth(980)
        self.retranslate()

    # -- state from the window -------------------------------------------------
    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.language.select(lang)
        self._render_topics()

    def set_loading(self, message: str) -> None:
        self.status.setText(message)
        self.start_button.setEnabled(False)

    def set_categories(self, categories: list[tuple[Category, int]]) -> None:
        self._categories = [(c, n) for c, n in categories if n > 0]
        self._render_topics()
        self.status.setText("")
        self.bank_button.setEnabled(True)
        self._update_start()

    def selected_categories(self) -> tuple[str, ...]:
        return tuple(cid for cid, b in self._topic_buttons.items() if b.isChecked())

    # -- rendering -------------------------------------------------------------
    def _render_topics(self) -> None:
        chosen = set(self.selected_categories()) if self._topic_buttons else None
        for button in self._topic_buttons.values():
            self.topics.removeWidget(button)
            button.deleteLater()
        self._topic_buttons.clear()
        for i, (cat, count) in enumerate(self._categories):
            button = named(QPushButton(f"{cat.name(self._lang)}  ·  {count}"), "topic")
            button.setCheckable(True)
            button.setChecked(chosen is None or cat.id in chosen)
            button.setMinimumHeight(MIN_TARGET_PX)
            button.toggled.connect(self._update_start)
            self.topics.addWidget(button, i // TOPIC_COLUMNS, i % TOPIC_COLUMNS)
            self._topic_buttons[cat.id] = button

    def _update_start(self) -> None:
        ready = bool(self._categories) and bool(self.selected_categories())
        self.start_button.setEnabled(ready)
        if self._categories and not self.selected_categories():
            self.status.setText(self.tr("Choose at least one topic."))
        elif ready:
            self.status.setText("")

    def retranslate(self) -> None:
        self.title.setText(self.tr("IP Quiz"))
        self.subtitle.setText(
            self.tr(
                "Test what you know about patents, trademarks, copyright and more. "
                "Respect knowledge, advocate innovation, be honest and abide by the law."
            )
        )
        self.name_label.setText(self.tr("Your name (optional)"))
        self.name.setPlaceholderText(self.tr("Name shown on your results"))
        self.topics_label.setText(self.tr("Topics"))
        self.length_label.setText(self.tr("Number of questions"))
        self.start_button.setText(self.tr("Start  ▶"))
        self.bank_button.setText(self.tr("Import / export questions…"))
        self._update_start()

    # -- events ----------------------------------------------------------------
    def _on_language_clicked(self) -> None:
        lang = str(self.language.value())
        if lang != self._lang:
            self.language_chosen.emit(lang)

    def _on_start_clicked(self) -> None:
        if self.start_button.isEnabled():
            count = int(self.length.value() or 10)  # type: ignore[call-overload]
            self.start_requested.emit(self.selected_categories(), count, self.name.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_start_clicked()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
