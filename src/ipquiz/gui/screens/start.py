"""The start screen: language, who is playing (a profile or a guest), topics and length,
then Start."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.language import EN, ZH
from ipquiz.domain.question import Category
from ipquiz.domain.spec import Mode, QuizSpec
from ipquiz.gui.accessibility import current
from ipquiz.gui.screens.profiles import ProfilePicker
from ipquiz.gui.set_words import describe_set, label_modes
from ipquiz.gui.widgets import (
    MIN_TARGET_PX,
    ToggleRow,
    TopicGrid,
    TranslatedWidget,
    WrapRow,
    named,
    scroll_area,
)

LENGTHS = (5, 10, 20)
TIME_LIMITS = (0, 10, 20, 30)  # minutes; 0: no limit


@dataclass(frozen=True, slots=True)
class StartChoice:
    """What the person chose on the start screen."""

    categories: tuple[str, ...]
    count: int
    player: str
    mode: Mode
    minutes: int  # exam time limit, 0 for none
    saved: str = ""  # the name of a saved quiz set to run as is
    person_id: int | None = None  # the chosen profile; None: a guest called `player`

    def spec(self) -> QuizSpec:
        """The quiz these settings ask for (a saved set is looked up by the window)."""
        if self.mode is Mode.EXAM:
            return QuizSpec.exam(
                categories=self.categories,
                count=self.count,
                total_seconds=self.minutes * 60 or None,
            )
        return QuizSpec.practice(categories=self.categories, count=self.count)


TOPIC_COLUMNS = 2
CARD_PX = 980  # the card's widest, at the normal text size


class StartScreen(TranslatedWidget):
    start_requested = Signal(object)  # StartChoice
    language_chosen = Signal(str)
    manage_bank_requested = Signal()
    save_set_requested = Signal(object)  # StartChoice
    sets_requested = Signal()
    classes_requested = Signal()
    live_requested = Signal()
    results_requested = Signal()
    access_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self._lang = ZH
        self._categories: list[tuple[Category, int]] = []

        self.title = named(QLabel(), "title")
        self.subtitle = named(QLabel(), "subtitle")
        self.subtitle.setWordWrap(True)
        self.language = ToggleRow()
        for text, value in (("中文", ZH), ("English", EN)):
            self.language.add(text, value).setMinimumWidth(110)
        self.language.group.buttonClicked.connect(self._on_language_clicked)
        self.language.setAccessibleName("Language / 语言")
        self.access_button = named(QPushButton(), "secondary")
        self.access_button.setMinimumHeight(MIN_TARGET_PX)
        self.access_button.clicked.connect(self.access_requested)

        self.picker = ProfilePicker()
        self.name = self.picker.name  # a guest's optional name
        self.name.returnPressed.connect(self._on_start_clicked)

        self.topics_label = named(QLabel(), "fieldLabel")
        self.topics = TopicGrid(TOPIC_COLUMNS)
        self.topics.toggled.connect(self._update_start)
        self.topics.toggled.connect(self._forget_saved)
        self.length_label = named(QLabel(), "rowLabel")
        self.length = ToggleRow()
        for n in LENGTHS:
            self.length.add(str(n), n)
        self.length.select(10)
        self.mode_label = named(QLabel(), "rowLabel")
        self.mode = ToggleRow()
        self._mode_buttons = [self.mode.add("", m.value) for m in (Mode.PRACTICE, Mode.EXAM)]
        self.mode.select(Mode.PRACTICE.value)
        self.limit_label = named(QLabel(), "rowLabel")
        self.limit = ToggleRow()
        self._limit_buttons = [self.limit.add("", minutes) for minutes in TIME_LIMITS]
        self.limit.select(0)
        self.mode.group.buttonClicked.connect(self._on_mode_clicked)
        for group in (self.mode.group, self.limit.group, self.length.group):
            group.buttonClicked.connect(self._forget_saved)
        self.length.group.buttonClicked.connect(self._update_start)

        self.status = named(QLabel(), "status")
        self.status.setWordWrap(True)
        self.status.hide()
        self.start_button = named(QPushButton(), "primary")
        self.start_button.setMinimumHeight(MIN_TARGET_PX + 8)
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.saved = QComboBox()
        self.saved.setMinimumHeight(MIN_TARGET_PX)
        self.saved.currentIndexChanged.connect(self._on_saved_chosen)
        self.saved.hide()  # shown once a set has been saved
        self.save_button = named(QPushButton(), "link")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save_set_requested.emit(self.choice()))
        self._specs: dict[str, QuizSpec] = {}
        self._applying = False
        self.sets_button = named(QPushButton(), "link")
        self.sets_button.setEnabled(False)
        self.sets_button.clicked.connect(self.sets_requested)
        self.classes_button = named(QPushButton(), "link")
        self.classes_button.setEnabled(False)
        self.classes_button.clicked.connect(self.classes_requested)
        self.live_button = named(QPushButton(), "link")
        self.live_button.setEnabled(False)
        self.live_button.clicked.connect(self.live_requested)
        self.results_button = named(QPushButton(), "link")
        self.results_button.setEnabled(False)
        self.results_button.clicked.connect(self.results_requested)
        self.set_summary = named(QLabel(), "hint")
        self.set_summary.setWordWrap(True)
        self.set_summary.hide()
        self.bank_button = named(QPushButton(), "link")
        self.bank_button.setEnabled(False)
        self.bank_button.clicked.connect(self.manage_bank_requested)

        self.card = card = named(QWidget(), "card")
        form = QVBoxLayout(card)
        form.setContentsMargins(32, 16, 32, 16)
        form.setSpacing(8)
        corner = QWidget()  # accessibility and language: under the title when it is wide
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.setSpacing(16)
        corner_row.addWidget(self.access_button)
        corner_row.addWidget(self.language)
        head = WrapRow(spread=True)
        head.append(self.title)
        head.append(corner)
        form.addWidget(head)
        form.addWidget(self.subtitle)  # the card's whole width: fewer lines
        form.addWidget(self.picker)
        how = QHBoxLayout()
        how.setSpacing(24)
        how.addWidget(self.mode_label)
        how.addWidget(self.mode, 1)
        how.addWidget(self.saved, 1)  # a saved set: in sight, beside the mode it sets
        form.addLayout(how)
        timed = QHBoxLayout()  # an exam's time limit: its own row, as its choices are many
        timed.setSpacing(24)
        timed.addWidget(self.limit_label)
        timed.addWidget(self.limit, 1)
        form.addLayout(timed)
        form.addWidget(self.set_summary)
        form.addWidget(self.topics_label)
        form.addWidget(self.topics)
        row = QHBoxLayout()  # the label beside its choices, as for the mode: 768 lines are few
        row.setSpacing(24)
        row.addWidget(self.length_label)
        row.addWidget(self.length, 1)
        row.addSpacing(24)
        row.addWidget(self.start_button)
        form.addLayout(row)
        form.addWidget(self.status)  # its own line: the links below stay on one row
        links = WrapRow(spacing=4)  # on two or three rows at a large text size
        for link in (
            self.save_button,
            self.sets_button,
            self.classes_button,
            self.live_button,
            self.results_button,
            self.bank_button,
        ):
            links.append(link)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(links)
        form.addLayout(bottom)

        outer = QWidget()
        column = QVBoxLayout(outer)
        column.setContentsMargins(24, 6, 24, 6)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 100)  # as wide as it may be; centred beyond that
        centred.addStretch(1)
        column.addStretch(1)
        column.addLayout(centred)
        column.addStretch(1)
        scroll = scroll_area()
        scroll.setWidget(outer)
        # the card reflows to the width (the layout walk checks nothing is left beyond it);
        # a sideways scroll bar for the last few pixels of margin would only be noise
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        card.setMaximumWidth(current().font_px(CARD_PX))
        self.retranslate()

    # -- state from the window -------------------------------------------------
    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.language.select(lang)
        self._render_topics()

    def _say(self, message: str) -> None:
        """The status line takes room only while it says something (768 lines are few)."""
        self.status.setText(message)
        self.status.setVisible(bool(message))

    def set_loading(self, message: str) -> None:
        self._say(message)
        self.start_button.setEnabled(False)

    def set_categories(self, categories: list[tuple[Category, int]]) -> None:
        self._categories = [(c, n) for c, n in categories if n > 0]
        self._render_topics()
        self._say("")
        self.bank_button.setEnabled(True)
        self.results_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.sets_button.setEnabled(True)
        self.classes_button.setEnabled(True)
        self.live_button.setEnabled(True)
        self._update_start()

    def selected_categories(self) -> tuple[str, ...]:
        return self.topics.selected()

    @property
    def _topic_buttons(self) -> dict[str, QPushButton]:
        return self.topics.buttons

    # -- rendering -------------------------------------------------------------
    def _render_topics(self) -> None:
        chosen = set(self.selected_categories()) if self.topics.buttons else None
        self.topics.set_topics(self._categories, self._lang, chosen=chosen)

    def available(self) -> int:
        """How many questions the chosen topics hold."""
        chosen = set(self.selected_categories())
        return sum(n for c, n in self._categories if c.id in chosen)

    def _update_start(self) -> None:
        ready = bool(self._categories) and bool(self.selected_categories())
        self.start_button.setEnabled(ready)
        wanted = int(str(self.length.value() or 10))
        if self._categories and not self.selected_categories():
            self._say(self.tr("Choose at least one topic."))
        elif ready and wanted > self.available():
            self._say(
                self.tr(
                    "The chosen topics hold only {0} questions: the quiz will have {0}."
                ).format(self.available())
            )
        elif ready:
            self._say("")

    def retranslate(self) -> None:
        self.title.setText(self.tr("IP Quiz"))
        self.subtitle.setText(
            self.tr(
                "Test what you know about patents, trademarks, copyright and more. "
                "Respect knowledge, advocate innovation, be honest and abide by the law."
            )
        )
        self.topics_label.setText(self.tr("Topics"))
        self.length_label.setText(self.tr("Number of questions"))
        self.mode_label.setText(self.tr("Mode"))
        label_modes(*self._mode_buttons)
        self._align_labels()
        self._limit_buttons[0].setText(self.tr("No limit"))
        for button, minutes in zip(self._limit_buttons[1:], TIME_LIMITS[1:], strict=True):
            button.setText(self.tr("{0} min").format(minutes))
        self._on_mode_clicked()
        self.limit_label.setText(self.tr("Time limit"))
        self.start_button.setText(self.tr("Start  ▶"))
        self.access_button.setText(self.tr("Accessibility"))
        self.access_button.setToolTip(
            self.tr("Text size, high contrast, no time limits, reduced motion")
        )
        self.bank_button.setText(self.tr("Import / export questions…"))
        self.save_button.setText(self.tr("Save as a quiz set…"))
        self.sets_button.setText(self.tr("Quiz sets…"))
        self.classes_button.setText(self.tr("Classes…"))
        self.classes_button.setToolTip(self.tr("Class lists: import from Excel or CSV, or type"))
        self.live_button.setText(self.tr("Live class…"))
        self.live_button.setToolTip(
            self.tr("Students join from their browsers on the school network by a code or QR code")
        )
        self.results_button.setText(self.tr("Results…"))
        self.results_button.setToolTip(
            self.tr("Class results: item analysis, students, the workbook and the PDF report")
        )
        self.sets_button.setToolTip(
            self.tr(
                "Shape quiz sets: topics, difficulty, time, scoring, pass mark, chosen questions"
            )
        )
        if self.saved.count():
            self.saved.setItemText(0, self.tr("Saved quiz sets…"))
        self._update_start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # another text size: widths anew
            QTimer.singleShot(0, self, self._align_labels)
            self.card.setMaximumWidth(current().font_px(CARD_PX))

    def _align_labels(self) -> None:
        """The labels beside their rows share one column, so the choices line up."""
        labels = (self.picker.label, self.mode_label, self.limit_label, self.length_label)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setFixedWidth(width)

    # -- events ----------------------------------------------------------------
    def _on_language_clicked(self) -> None:
        lang = str(self.language.value())
        if lang != self._lang:
            self.language_chosen.emit(lang)

    def _on_mode_clicked(self) -> None:
        exam = self.mode.value() == Mode.EXAM.value
        self.limit.setVisible(exam)
        self.limit_label.setVisible(exam)

    def choice(self) -> StartChoice:
        return StartChoice(
            categories=self.selected_categories(),
            count=int(str(self.length.value() or 10)),
            player=self.picker.player_name(),
            mode=Mode(str(self.mode.value())),
            minutes=int(str(self.limit.value() or 0)) if self.mode.value() == Mode.EXAM else 0,
            saved=str(self.saved.currentData() or ""),
            person_id=self.picker.selected_id(),
        )

    def _on_start_clicked(self) -> None:
        if self.start_button.isEnabled():
            self.start_requested.emit(self.choice())

    # -- saved quiz sets ---------------------------------------------------------
    def set_saved_specs(self, specs: list[QuizSpec], *, select: str = "") -> None:
        self._specs = {spec.name: spec for spec in specs}
        self._applying = True
        self.saved.clear()
        self.saved.addItem(self.tr("Saved quiz sets…"), "")
        for name in sorted(self._specs):
            self.saved.addItem(name, name)
        self.saved.setVisible(bool(specs))
        self._applying = False
        if select:
            self.saved.setCurrentIndex(self.saved.findData(select))

    def _on_saved_chosen(self) -> None:
        spec = self._specs.get(str(self.saved.currentData() or ""))
        self._show_summary(spec)
        if spec is None or self._applying:
            return
        self._applying = True  # show the set's settings; the set itself runs as saved
        self.mode.select(spec.mode.value)
        self.limit.select((spec.total_seconds or 0) // 60)
        self.length.select(spec.count)
        self._update_start()
        self.topics.select(spec.categories)
        self._on_mode_clicked()
        self._applying = False

    def _show_summary(self, spec: QuizSpec | None) -> None:
        self.set_summary.setVisible(spec is not None)
        if spec is not None:
            self.set_summary.setText(describe_set(spec))
        drawn = spec is None or not spec.hand_picked  # hand-picked: no topics, no length
        for widget in (self.topics_label, self.topics, self.length_label, self.length):
            widget.setVisible(drawn)

    def _forget_saved(self) -> None:
        """A change by hand means the saved set no longer runs as is."""
        if not self._applying and self.saved.currentIndex() > 0:
            self.saved.setCurrentIndex(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_start_clicked()
            return
        super().keyPressEvent(event)
