"""The admin panel's settings form: touch-sized steppers and toggles, no tiny spin boxes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.kiosk import (
    COUNTDOWN_STYLES,
    FEEDBACK_SECONDS,
    IDLE_SECONDS,
    MAX_URL,
    QUESTION_SECONDS,
    ROUND_LENGTHS,
    KioskSettings,
    valid_learn_url,
)
from ipquiz.domain.language import EN, ZH
from ipquiz.domain.question import Category
from ipquiz.domain.scoring import PROFILES
from ipquiz.gui.accessibility import current
from ipquiz.gui.kiosk.admin_dialogs import choose
from ipquiz.gui.kiosk.base import label, tap_button
from ipquiz.gui.kiosk.controls import Stepper, WrapToggle, clock_time, mark_choice
from ipquiz.gui.kiosk.keyboard import ADDRESS_KEYS, keyboard_for
from ipquiz.gui.kiosk.scale import Scale
from ipquiz.gui.widgets import ToggleRow, WrapRow, named
from ipquiz.safe_files import read_limited, write_bytes

LOGO_FILE = "kiosk-logo.png"
# The days the event's first day can be set to (as date ordinals).
EVENT_DAYS = range(dt.date(2020, 1, 1).toordinal(), dt.date(2040, 12, 31).toordinal() + 1)
MAX_LOGO_BYTES = 16 * 1024 * 1024  # a logo is a few hundred kilobytes


def day_text(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


class SettingsForm(QWidget):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._base = KioskSettings()
        self.round_length = Stepper(ROUND_LENGTHS)
        self.question_seconds = Stepper(QUESTION_SECONDS, show=lambda s: f"{s} s", step=5)
        self.countdown = ToggleRow()
        for style in COUNTDOWN_STYLES:
            self.countdown.add(style, style)
        self.idle_seconds = Stepper(IDLE_SECONDS, show=lambda s: f"{s} s", step=15)
        self.feedback_seconds = Stepper(FEEDBACK_SECONDS, show=lambda s: f"{s} s")
        self.languages = {ZH: tap_button("toggle"), EN: tap_button("toggle")}
        for lang, name in ((ZH, "中文"), (EN, "English")):
            button = self.languages[lang]
            button.setText(name)
            button.setCheckable(True)
            button.toggled.connect(lambda _on, b=button: mark_choice(b))
        self.topics: dict[str, WrapToggle] = {}
        self.topic_row = WrapRow(spacing=8, most=3)  # fewer a row when their words do not fit
        self.scoring = ToggleRow()
        for name in PROFILES:
            self.scoring.add(name, name)
        self.title = named(QLineEdit(), "titleEdit")
        self.title.setMaxLength(80)
        self.keyboard_button, self.keyboard = keyboard_for(self.title)
        self.logo_button = tap_button("secondary")  # actions, not choices: padded as such
        self.logo_button.clicked.connect(self._choose_logo)
        self.default_logo_button = tap_button("secondary")
        self.default_logo_button.clicked.connect(lambda: self._set_logo(""))
        self.logo_name = label("small")
        self.leaderboard = ToggleRow()
        self.touch = ToggleRow()
        self.superseded = ToggleRow()
        self.sounds = ToggleRow()
        for row in (self.leaderboard, self.touch, self.superseded, self.sounds):
            row.add("", True)
            row.add("", False)
        # the result screen's "keep learning" QR code: an address the operator types
        self.learn_url = named(QLineEdit(), "titleEdit")
        self.learn_url.setMaxLength(MAX_URL)
        self.learn_keyboard_button, self.learn_keyboard = keyboard_for(
            self.learn_url, extra=ADDRESS_KEYS
        )
        self.reset_time = Stepper(range(0, 24 * 60, 30), show=clock_time)
        # The whole-event board: off, or counted from the event's first day.
        self.event_board = ToggleRow()
        self.event_board.add("", False)
        self.event_board.add("", True)
        self.event_board.group.buttonToggled.connect(lambda *_: self._show_event_start())
        self.event_start = Stepper(range(EVENT_DAYS.start, EVENT_DAYS.stop), show=day_text)
        self._logo = ""

        self.form = form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a field too wide: below
        self.rows: list[tuple[QLabel, str]] = []
        self._fields: list[QWidget | QLayout] = []  # each row's field
        langs = QHBoxLayout()
        for button in self.languages.values():
            langs.addWidget(button)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.keyboard_button)
        learn_row = QHBoxLayout()
        learn_row.addWidget(self.learn_url, 1)
        learn_row.addWidget(self.learn_keyboard_button)
        logo_buttons = QHBoxLayout()
        for w in (self.logo_button, self.default_logo_button):
            w.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # whole words
            logo_buttons.addWidget(w)
        logo_buttons.addStretch(1)
        logo_row = QVBoxLayout()  # the file's name under the buttons: the field's whole width
        logo_row.addLayout(logo_buttons)
        logo_row.addWidget(self.logo_name)
        for key, field in (
            ("title", title_row),
            ("keyboard", self.keyboard),
            ("logo", logo_row),
            ("languages", langs),
            ("round", self.round_length),
            ("seconds", self.question_seconds),
            ("countdown", self.countdown),
            ("feedback", self.feedback_seconds),
            ("idle", self.idle_seconds),
            ("topics", self.topic_row),
            ("scoring", self.scoring),
            ("board", self.leaderboard),
            ("reset", self.reset_time),
            ("event", self.event_board),
            ("event_start", self.event_start),
            ("touch", self.touch),
            ("superseded", self.superseded),
            ("sounds", self.sounds),
            ("learn_url", learn_row),
            ("learn_keyboard", self.learn_keyboard),
        ):
            self.rows.append((label("fieldCaption"), key))
            self._fields.append(field)
        self._wrapped: bool | None = None
        self._place_rows(wrapped=False)

    # -- layout ----------------------------------------------------------------
    def set_scale(self, scale: Scale, portrait: bool) -> None:
        """Portrait, or larger text: captions above their fields (the fields get the card's
        width)."""
        self._place_rows(wrapped=portrait or current().text_size > 100)
        self.keyboard.set_scale(scale)
        self.learn_keyboard.set_scale(scale)

    def _place_rows(self, *, wrapped: bool) -> None:
        """Each caption beside its field (one too wide goes under it), or every caption
        above its field as a row of its own: Qt's own wrapped rows give a caption its
        one-line width even past the form's edge, where its words are cut off."""
        if wrapped == self._wrapped:
            return
        self._wrapped = wrapped
        for (caption, _), field in zip(self.rows, self._fields, strict=True):
            # out of the form, to be placed again (Qt deletes a widget's place in the form,
            # not the widget; the field's own layout stays whole)
            self.form.removeWidget(caption)
            if isinstance(field, QWidget):
                self.form.removeWidget(field)
            else:
                self.form.removeItem(field)
        while self.form.rowCount():
            self.form.removeRow(0)  # empty now
        for (caption, _), field in zip(self.rows, self._fields, strict=True):
            if wrapped:
                self.form.addRow(caption)
                self.form.addRow(field)
            else:
                self.form.addRow(caption, field)

    # -- in and out ------------------------------------------------------------
    def load(
        self,
        settings: KioskSettings,
        categories: Sequence[tuple[Category, int]],
        lang: str,
        *,
        today: dt.date,
    ) -> None:
        """Show `settings`; an event board not set yet would start on `today`."""
        self._base = settings
        self.round_length.set_value(settings.round_length)
        self.question_seconds.set_value(settings.question_seconds)
        self.idle_seconds.set_value(settings.idle_seconds)
        self.feedback_seconds.set_value(settings.feedback_seconds)
        self.countdown.select(settings.countdown)
        self.scoring.select(settings.scoring)
        for code, button in self.languages.items():
            button.setChecked(code in settings.languages)
        self.title.setText(settings.title)
        self._set_logo(settings.logo)
        self.leaderboard.select(settings.leaderboard)
        self.touch.select(settings.touch)
        self.superseded.select(settings.allow_superseded)
        self.sounds.select(settings.sounds)
        self.learn_url.setText(settings.learn_url)
        self.reset_time.set_value(settings.reset_time.hour * 60 + settings.reset_time.minute)
        self.event_board.select(settings.has_event)
        self.event_start.set_value((settings.event_start or today).toordinal())
        self._show_event_start()
        self.topic_row.clear()
        self.topics.clear()
        for category, count in categories:
            button = WrapToggle()
            button.setText(f"{category.name(lang)} ({count})")
            button.setChecked(category.id in settings.categories)
            button.toggled.connect(lambda _on, b=button: mark_choice(b))
            self.topics[category.id] = button
            self.topic_row.append(button)
            button.show()
        self.retranslate()

    def remember(self, settings: KioskSettings) -> None:
        """The saved settings become what an empty choice falls back to."""
        self._base = settings

    def saved(self) -> KioskSettings:
        """The settings as loaded or last saved."""
        return self._base

    def settings(self) -> KioskSettings:
        """What the form shows; an empty choice of languages keeps the old one. A
        ValueError says (translated) what to correct."""
        learn_url = self.learn_url.text().strip()
        if learn_url and not valid_learn_url(learn_url):
            raise ValueError(
                self.tr(
                    "The keep-learning address must start with http:// or https:// "
                    "and name a site, without spaces."
                )
            )
        languages = tuple(code for code, b in self.languages.items() if b.isChecked())
        minutes = self.reset_time.value()
        return dataclasses.replace(
            self._base,
            round_length=self.round_length.value(),
            question_seconds=self.question_seconds.value(),
            idle_seconds=self.idle_seconds.value(),
            feedback_seconds=self.feedback_seconds.value(),
            countdown=str(self.countdown.value() or COUNTDOWN_STYLES[0]),
            scoring=str(self.scoring.value() or self._base.scoring),
            languages=languages or self._base.languages,
            categories=tuple(cid for cid, b in self.topics.items() if b.isChecked()),
            title=self.title.text().strip(),
            logo=self._logo,
            leaderboard=bool(self.leaderboard.value()),
            touch=bool(self.touch.value()),
            allow_superseded=bool(self.superseded.value()),
            sounds=bool(self.sounds.value()),
            learn_url=learn_url,
            reset_time=dt.time(minutes // 60, minutes % 60),
            event_start=(
                dt.date.fromordinal(self.event_start.value()) if self.event_board.value() else None
            ),
        )

    def _show_event_start(self) -> None:
        on = bool(self.event_board.value())
        self.event_start.setVisible(on)
        for caption, key in self.rows:
            if key == "event_start":
                caption.setVisible(on)

    # -- logo ------------------------------------------------------------------
    def ask_logo_file(self) -> str:
        chosen = choose(
            self,
            self.tr("Choose a logo"),
            Path.home(),
            filters=self.tr("Images (*.png *.jpg *.jpeg *.svg)"),
        )
        return str(chosen) if chosen else ""

    def _choose_logo(self) -> None:
        name = self.ask_logo_file()
        if not name:
            return
        try:  # a regular file only: a FIFO or a device would hang or flood the kiosk
            image = QImage.fromData(read_limited(Path(name), MAX_LOGO_BYTES))
        except OSError as exc:
            self.logo_name.setText(
                self.tr("Cannot read {0}: {1}").format(Path(name).name, exc.strerror or exc)
            )
            return
        if image.isNull():
            self.logo_name.setText(self.tr("Not an image: {0}").format(Path(name).name))
            return
        # A copy in the data folder: the USB stick it came from will be unplugged.
        target = self._data_dir / LOGO_FILE
        scaled = image.scaled(
            512, 512, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        scaled.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs: bytes; PySide6: str
        try:
            write_bytes(target, bytes(buffer.data().data()))
        except OSError as exc:
            self.logo_name.setText(
                self.tr("Cannot write {0}: {1}").format(target, exc.strerror or exc)
            )
            return
        self._set_logo(str(target))

    def _set_logo(self, path: str) -> None:
        self._logo = path
        self.logo_name.setText(Path(path).name if path else self.tr("The ipquiz icon"))

    # -- words -----------------------------------------------------------------
    def retranslate(self) -> None:
        captions = {
            "title": self.tr("Event title"),
            "keyboard": "",
            "logo": self.tr("Logo"),
            "languages": self.tr("Languages offered"),
            "round": self.tr("Questions per round"),
            "seconds": self.tr("Seconds per question"),
            "countdown": self.tr("Countdown shown as"),
            "feedback": self.tr("Feedback shown for"),
            "idle": self.tr("Back to start after idle"),
            "topics": self.tr("Topics (none chosen: all)"),
            "scoring": self.tr("Scoring"),
            "board": self.tr("Leaderboard"),
            "reset": self.tr("Daily board reset at"),
            "event": self.tr("Whole-event board"),
            "event_start": self.tr("The event's first day"),
            "touch": self.tr("Touch screen"),
            "superseded": self.tr("Questions on a law text since replaced"),
            "sounds": self.tr("Sounds"),
            "learn_url": self.tr("Keep learning at (QR code on the result)"),
            "learn_keyboard": "",
        }
        for caption, key in self.rows:
            caption.setText(captions[key])
        self.title.setAccessibleName(captions["title"])
        self.learn_url.setAccessibleName(captions["learn_url"])
        self.learn_url.setPlaceholderText(self.tr("https://… (empty: no QR code)"))
        names = {
            "ring": self.tr("Ring"),
            "bar": self.tr("Bar"),
            "accuracy": self.tr("Right answers"),
            "partial": self.tr("Partial credit"),
            "weighted": self.tr("Weighted by difficulty"),
            "speed-streak": self.tr("Speed and streak"),
        }
        for row in (self.countdown, self.scoring):
            for button in row.group.buttons():
                value = str(button.property("value"))
                button.setText(names.get(value, value))
        self.title.setPlaceholderText(self.tr("Intellectual Property Quiz"))
        self.logo_button.setText(self.tr("Choose…"))
        self.default_logo_button.setText(self.tr("Default"))
        for row, on, off in (
            (self.leaderboard, self.tr("Show today's top 10"), self.tr("No board")),
            (self.touch, self.tr("Touch: hide the pointer"), self.tr("Mouse: show the pointer")),
            (self.superseded, self.tr("Ask them too"), self.tr("Leave them out")),
            (self.sounds, self.tr("On"), self.tr("Off")),
        ):
            yes, no = row.group.buttons()
            yes.setText(on)
            no.setText(off)
        off_button, on_button = self.event_board.group.buttons()
        off_button.setText(self.tr("Today's board only"))
        on_button.setText(self.tr("Also the whole event"))
        for button in (*self.languages.values(), *self.topics.values()):
            mark_choice(button)
        if not self._logo:
            self.logo_name.setText(self.tr("The ipquiz icon"))
