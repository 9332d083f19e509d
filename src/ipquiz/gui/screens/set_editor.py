"""The form a quiz set is shaped in: questions (drawn or hand-picked), time, scoring, pass mark.

It holds no rules of its own: what it builds is a QuizSpec, which says what is valid.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.question import Category, Question
from ipquiz.domain.spec import MAX_COUNT, Mode, QuizSpec
from ipquiz.gui.set_words import label_modes, profile_names
from ipquiz.gui.widgets import MIN_TARGET_PX, ToggleRow, TopicGrid, TranslatedWidget, named

DRAW, PICK = "draw", "pick"
NO_LIMIT, PER_QUESTION, WHOLE_SET = "none", "question", "set"
PROFILES = ("accuracy", "partial", "weighted", "speed-streak")
MIX_STEPS = 4  # each level's slider: 0 (left out) to 4
TOPIC_COLUMNS = 2


def _left_row(*widgets: QWidget) -> QHBoxLayout:
    """The widgets side by side on the left; whatever is added after stands on the right."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def _fields_side_by_side(*fields: tuple[QWidget, QWidget]) -> QGridLayout:
    """(label, field) pairs in columns, each label above its field."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(24)
    for column, (label, field) in enumerate(fields):
        grid.addWidget(label, 0, column)
        grid.addWidget(field, 1, column)
    return grid


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setMinimumHeight(MIN_TARGET_PX)
    box.setMinimumWidth(120)
    box.setSuffix(suffix)
    return box


class SetEditor(TranslatedWidget):
    changed = Signal()
    browse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = "en"
        self._categories: list[tuple[Category, int]] = []
        self._picked: list[Question] = []
        self._loading = False
        self._loaded_topics: tuple[str, ...] = ()

        self.name_label = named(QLabel(), "fieldLabel")
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setMinimumHeight(MIN_TARGET_PX)
        self.name_label.setBuddy(self.name)
        self.mode_label = named(QLabel(), "fieldLabel")
        self.mode = ToggleRow()
        self._mode_buttons = [self.mode.add("", m.value) for m in (Mode.PRACTICE, Mode.EXAM)]
        self.source_label = named(QLabel(), "fieldLabel")
        self.source = ToggleRow()
        self._source_buttons = [self.source.add("", v) for v in (DRAW, PICK)]

        # -- drawn
        self.draw_box = QWidget()
        self.topics_label = named(QLabel(), "fieldLabel")
        self.topics = TopicGrid(TOPIC_COLUMNS)
        self.topics.toggled.connect(self._on_changed)
        self.mix_label = named(QLabel(), "fieldLabel")
        self.mix: list[QSlider] = []
        self.mix_names = [named(QLabel(), "hint") for _ in range(3)]
        self.mix_shares = [named(QLabel(), "mixShare") for _ in range(3)]
        mix_row = QGridLayout()
        for level in range(3):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, MIX_STEPS)
            slider.setPageStep(1)
            slider.setMinimumHeight(MIN_TARGET_PX)
            slider.valueChanged.connect(self._on_changed)
            self.mix.append(slider)
            self.mix_names[level].setBuddy(slider)
            mix_row.addWidget(self.mix_names[level], 0, level)
            mix_row.addWidget(slider, 1, level)
            mix_row.addWidget(self.mix_shares[level], 2, level)
        mix_row.setHorizontalSpacing(24)
        self.count_label = named(QLabel(), "fieldLabel")
        self.count = _spin(1, MAX_COUNT)
        self.count_label.setBuddy(self.count)
        draw = QVBoxLayout(self.draw_box)
        draw.setContentsMargins(0, 0, 0, 0)
        draw.addWidget(self.topics_label)
        draw.addWidget(self.topics)
        draw.addWidget(self.mix_label)
        draw.addLayout(mix_row)
        draw.addLayout(_left_row(self.count_label, self.count))

        # -- hand-picked
        self.pick_box = QWidget()
        self.picked_label = named(QLabel(), "fieldLabel")
        self.picked_list = QListWidget()
        self.picked_list.setObjectName("pickedList")
        self.picked_list.setMinimumHeight(200)
        self.picked_list.setWordWrap(True)
        self.picked_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.picked_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.picked_label.setBuddy(self.picked_list)
        self.browse_button = named(QPushButton(), "secondary")
        self.up_button, self.down_button, self.remove_button = (QPushButton() for _ in range(3))
        for button in (self.browse_button, self.up_button, self.down_button, self.remove_button):
            button.setMinimumHeight(MIN_TARGET_PX)
        self.browse_button.clicked.connect(self.browse_requested)
        self.up_button.clicked.connect(lambda: self._move_picked(-1))
        self.down_button.clicked.connect(lambda: self._move_picked(+1))
        self.remove_button.clicked.connect(self._remove_picked)
        pick = QVBoxLayout(self.pick_box)
        pick.setContentsMargins(0, 0, 0, 0)
        pick.addWidget(self.picked_label)
        pick.addWidget(self.picked_list)
        pick_buttons = _left_row(self.browse_button)
        for button in (self.up_button, self.down_button, self.remove_button):
            pick_buttons.addWidget(button)
        pick.addLayout(pick_buttons)

        # -- rules
        self.time_label = named(QLabel(), "fieldLabel")
        self.time = ToggleRow()
        self._time_buttons = [self.time.add("", v) for v in (NO_LIMIT, PER_QUESTION, WHOLE_SET)]
        self.question_seconds = _spin(5, 600)
        self.total_minutes = _spin(1, 600)
        self.scoring_label = named(QLabel(), "fieldLabel")
        self.scoring = QComboBox()
        self.scoring.setMinimumHeight(MIN_TARGET_PX)
        for name in PROFILES:
            self.scoring.addItem("", name)
        self.scoring_label.setBuddy(self.scoring)
        self.scoring_hint = named(QLabel(), "hint")
        self.scoring_hint.setWordWrap(True)
        self.pass_label = named(QLabel(), "fieldLabel")
        self.pass_mark = _spin(0, 100, " %")
        self.pass_label.setBuddy(self.pass_mark)
        self.shuffle_questions = QCheckBox()
        self.shuffle_choices = QCheckBox()
        self.superseded = QCheckBox()  # exams leave such questions out unless this is ticked
        for box in (self.shuffle_questions, self.shuffle_choices, self.superseded):
            box.setMinimumHeight(MIN_TARGET_PX)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name)
        layout.addLayout(
            _fields_side_by_side((self.mode_label, self.mode), (self.source_label, self.source))
        )
        layout.addWidget(self.draw_box)
        layout.addWidget(self.pick_box)
        layout.addWidget(self.time_label)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time, 1)
        time_row.addWidget(self.question_seconds)
        time_row.addWidget(self.total_minutes)
        layout.addLayout(time_row)
        rules = _fields_side_by_side(
            (self.scoring_label, self.scoring), (self.pass_label, self.pass_mark)
        )
        rules.addWidget(self.scoring_hint, 2, 0, 1, 2)
        rules.setColumnStretch(0, 2)
        rules.setColumnStretch(1, 1)
        layout.addLayout(rules)
        layout.addLayout(_left_row(self.shuffle_questions, self.shuffle_choices))
        layout.addWidget(self.superseded)

        for group in (self.mode.group, self.source.group, self.time.group):
            group.buttonClicked.connect(self._on_changed)
        self.name.textEdited.connect(self._on_changed)
        for spin in (self.count, self.question_seconds, self.total_minutes, self.pass_mark):
            spin.valueChanged.connect(self._on_changed)
        self.scoring.currentIndexChanged.connect(self._on_changed)
        for check in (self.shuffle_questions, self.shuffle_choices, self.superseded):
            check.toggled.connect(self._on_changed)
        self.load(QuizSpec.exam())
        self.retranslate()

    # -- filling in ----------------------------------------------------------------
    def set_categories(self, categories: list[tuple[Category, int]], lang: str) -> None:
        if self.topics.buttons:
            chosen = set(self.selected_categories())
        else:  # the first topics: as the loaded set has them
            loaded = self._loaded_topics
            chosen = {c.id for c, _ in categories if not loaded or c.id in loaded}
        self._categories, self._lang = [(c, n) for c, n in categories if n > 0], lang
        self._loading = True
        self.topics.set_topics(self._categories, lang, chosen=chosen)
        self._loading = False
        self._render_picked()

    def load(self, spec: QuizSpec, picked: Sequence[Question] = ()) -> None:
        """Show `spec` (and its hand-picked questions, as the bank has them)."""
        self._loading = True
        self._loaded_topics = spec.categories
        self.name.setText(spec.name)
        self.mode.select(spec.mode.value if spec.mode in (Mode.PRACTICE, Mode.EXAM) else "exam")
        self.source.select(PICK if spec.hand_picked else DRAW)
        self.topics.select(spec.categories)
        top = max(spec.difficulty_mix)
        for slider, weight in zip(self.mix, spec.difficulty_mix, strict=True):
            slider.setValue(0 if weight <= 0 else max(1, round(MIX_STEPS * weight / top)))
        self.count.setValue(spec.count)
        self._picked = list(picked)
        self.time.select(
            PER_QUESTION if spec.question_seconds else WHOLE_SET if spec.total_seconds else NO_LIMIT
        )
        self.question_seconds.setValue(spec.question_seconds or 30)
        self.total_minutes.setValue(max(1, (spec.total_seconds or 1200) // 60))
        self.scoring.setCurrentIndex(max(0, self.scoring.findData(spec.scoring)))
        self.pass_mark.setValue(round(spec.pass_mark * 100))
        self.shuffle_questions.setChecked(spec.shuffle_questions)
        self.shuffle_choices.setChecked(spec.shuffle_choices)
        self.superseded.setChecked(spec.allow_superseded)
        self._loading = False
        self._render_picked()
        self._update()

    def add_picked(self, questions: Sequence[Question]) -> None:
        """Add questions chosen in the bank browser (one already picked is not repeated)."""
        have = {q.id for q in self._picked}
        self._picked += [q for q in questions if q.id not in have]
        self._render_picked()
        self._on_changed()

    # -- reading out ---------------------------------------------------------------
    def selected_categories(self) -> tuple[str, ...]:
        return self.topics.selected()

    def picked_ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self._picked)

    def problem(self) -> str:
        """What keeps the set from being saved, in words; "" when it can be."""
        if not self.name.text().strip():
            return self.tr("Give the set a name.")
        if self.source.value() == PICK and not self._picked:
            return self.tr("Choose the questions from the bank.")
        if self.source.value() == DRAW and not self.selected_categories():
            return self.tr("Choose at least one topic.")
        if self.source.value() == DRAW and not any(s.value() for s in self.mix):
            return self.tr("Leave at least one difficulty in the mix.")
        return ""

    def spec(self) -> QuizSpec:
        """The set as the form shows it (check `problem()` first)."""
        picking = self.source.value() == PICK
        chosen = self.selected_categories()
        all_topics = len(chosen) == len(self.topics.buttons)
        timing = self.time.value()
        return QuizSpec(
            mode=Mode(str(self.mode.value())),
            name=" ".join(self.name.text().split()),
            categories=() if picking or all_topics else chosen,
            difficulty_mix=(1.0, 1.0, 1.0)
            if picking
            else (
                float(self.mix[0].value()),
                float(self.mix[1].value()),
                float(self.mix[2].value()),
            ),
            count=len(self._picked) if picking else self.count.value(),
            question_seconds=self.question_seconds.value() if timing == PER_QUESTION else None,
            total_seconds=self.total_minutes.value() * 60 if timing == WHOLE_SET else None,
            shuffle_choices=self.shuffle_choices.isChecked(),
            shuffle_questions=self.shuffle_questions.isChecked(),
            scoring=str(self.scoring.currentData()),
            pass_mark=self.pass_mark.value() / 100,
            question_ids=self.picked_ids() if picking else (),
            allow_superseded=self.superseded.isChecked(),
        )

    # -- behaviour -----------------------------------------------------------------
    def _on_changed(self) -> None:
        self._update()
        if not self._loading:
            self.changed.emit()

    def _update(self) -> None:
        picking = self.source.value() == PICK
        self.draw_box.setVisible(not picking)
        self.pick_box.setVisible(picking)
        exam = self.mode.value() == Mode.EXAM.value
        # The window runs a countdown per question in practice, and a clock for the whole
        # set in an exam: the other choice is not offered for that mode.
        self._time_buttons[1].setEnabled(not exam)
        self._time_buttons[2].setEnabled(exam)
        if (exam and self.time.value() == PER_QUESTION) or (
            not exam and self.time.value() == WHOLE_SET
        ):
            self.time.select(NO_LIMIT)
        self.superseded.setVisible(exam)
        self.question_seconds.setVisible(self.time.value() == PER_QUESTION)
        self.total_minutes.setVisible(self.time.value() == WHOLE_SET)
        total = sum(s.value() for s in self.mix) or 1
        for slider, share in zip(self.mix, self.mix_shares, strict=True):
            share.setText(
                f"{round(100 * slider.value() / total)} %"
                if slider.value()
                else self.tr("left out")
            )
        self.scoring_hint.setText(self._scoring_hint(str(self.scoring.currentData())))
        self.picked_label.setText(self.tr("Hand-picked questions: {0}").format(len(self._picked)))

    def _render_picked(self) -> None:
        names = {c.id: c.name(self._lang) for c, _ in self._categories}
        row = self.picked_list.currentRow()
        self.picked_list.clear()
        for number, question in enumerate(self._picked, start=1):
            text = question.localized(self._lang)
            item = QListWidgetItem(f"{number}. {text.prompt}")
            item.setToolTip(
                f"{question.id} · {names.get(question.category, question.category)} · {text.source}"
            )
            self.picked_list.addItem(item)
        if self._picked:
            self.picked_list.setCurrentRow(max(0, min(row, len(self._picked) - 1)))
        self._update()

    def _move_picked(self, step: int) -> None:
        row = self.picked_list.currentRow()
        target = row + step
        if 0 <= row < len(self._picked) and 0 <= target < len(self._picked):
            self._picked[row], self._picked[target] = self._picked[target], self._picked[row]
            self._render_picked()
            self.picked_list.setCurrentRow(target)
            self._on_changed()

    def _remove_picked(self) -> None:
        row = self.picked_list.currentRow()
        if 0 <= row < len(self._picked):
            del self._picked[row]
            self._render_picked()
            self._on_changed()

    def _scoring_hint(self, name: str) -> str:
        hints = {
            "accuracy": self.tr("One point for each right answer; time never counts."),
            "partial": self.tr("Multiple-answer questions earn part of the point."),
            "weighted": self.tr(
                "Medium questions count double, hard ones triple; a wrong answer costs a quarter."
            ),
            "speed-streak": self.tr(
                "A game: quick answers and streaks earn more (with a countdown per question)."
            ),
        }
        return hints.get(name, "")

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("Name of the set"))
        self.name.setPlaceholderText(self.tr("e.g. Class 7 · Patents unit test"))
        self.mode_label.setText(self.tr("Mode"))
        label_modes(*self._mode_buttons)
        self.source_label.setText(self.tr("Questions"))
        self._source_buttons[0].setText(self.tr("Draw from topics"))
        self._source_buttons[1].setText(self.tr("Hand-pick"))
        self.topics_label.setText(self.tr("Topics"))
        self.mix_label.setText(self.tr("Difficulty mix"))
        for label, text in zip(
            self.mix_names, (self.tr("Easy"), self.tr("Medium"), self.tr("Hard")), strict=True
        ):
            label.setText(text)
        for slider, label in zip(self.mix, self.mix_names, strict=True):
            slider.setAccessibleName(label.text())
        self.count_label.setText(self.tr("Number of questions"))
        self.browse_button.setText(self.tr("Choose from the bank…"))
        self.up_button.setText(self.tr("▲ Up"))
        self.down_button.setText(self.tr("▼ Down"))
        self.remove_button.setText(self.tr("Remove"))
        self.time_label.setText(self.tr("Time"))
        self._time_buttons[0].setText(self.tr("No limit"))
        self._time_buttons[1].setText(self.tr("Per question"))
        self._time_buttons[1].setToolTip(self.tr("A countdown on each question (practice)"))
        self._time_buttons[2].setText(self.tr("Whole set"))
        self._time_buttons[2].setToolTip(self.tr("One clock for the whole exam"))
        self.question_seconds.setSuffix(self.tr(" s"))
        self.total_minutes.setSuffix(self.tr(" min"))
        self.scoring_label.setText(self.tr("Scoring"))
        names = profile_names()
        for i in range(self.scoring.count()):
            self.scoring.setItemText(i, names[str(self.scoring.itemData(i))])
        self.pass_label.setText(self.tr("Pass mark"))
        self.shuffle_questions.setText(self.tr("Shuffle the questions"))
        self.shuffle_choices.setText(self.tr("Shuffle the choices"))
        self.superseded.setText(
            self.tr("Also ask questions resting on a law text that has since been replaced")
        )
        self._update()
