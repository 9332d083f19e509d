"""The accessibility preset as a form: text size, high contrast, no time limits, reduced
motion, each a row of large toggles with a line saying what it does. Used by the home
window's dialog, the kiosk admin panel and the kiosk visitor's panel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ipquiz.domain.accessibility import (
    EXAM_EXTRA_TIME,
    EXAM_EXTRA_TIME_TEXT,
    KIOSK_TEXT_SIZES,
    TEXT_SIZES,
    AccessPreset,
)
from ipquiz.gui.widgets import MIN_TARGET_PX, ToggleRow, TranslatedWidget, named

SWITCHES = ("high_contrast", "no_time_limits", "reduced_motion")


class AccessForm(TranslatedWidget):
    changed = Signal(object)  # the AccessPreset shown now

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        target_px: int = MIN_TARGET_PX,
        label_name: str = "rowLabel",
        note_name: str = "hint",
        kiosk: bool = False,
    ) -> None:
        super().__init__(parent)
        self._kiosk = kiosk  # a visitor's round: no exams to speak of
        self._sizes = KIOSK_TEXT_SIZES if kiosk else TEXT_SIZES
        self.text_size = ToggleRow()
        for size in self._sizes:
            self.text_size.add(f"{size} %", size).setMinimumHeight(target_px)
        self.switches: dict[str, ToggleRow] = {}
        self._off_on: dict[str, tuple[QPushButton, QPushButton]] = {}
        self.labels: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        self._grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        self._rows: list[tuple[QLabel, ToggleRow, QLabel]] = []
        for name in ("text_size", *SWITCHES):
            label = named(QLabel(), label_name)
            note = named(QLabel(), note_name)
            note.setWordWrap(True)
            self.labels[name], self.notes[name] = label, note
            if name == "text_size":
                toggles = self.text_size
            else:
                toggles = ToggleRow()
                off, on = toggles.add("", False), toggles.add("", True)
                for button in (off, on):
                    button.setMinimumHeight(target_px)
                self.switches[name] = toggles
                self._off_on[name] = (off, on)
            toggles.group.buttonClicked.connect(lambda _b: self.changed.emit(self.preset()))
            self._rows.append((label, toggles, note))
        self._stacked: bool | None = None
        self.set_stacked(False)
        self.show_preset(AccessPreset())
        self.retranslate()

    def set_stacked(self, stacked: bool) -> None:
        """Each label beside its toggles, or above them (a narrow screen): the toggles and
        the line under them get the whole width."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        grid = self._grid
        for label, toggles, note in self._rows:
            for widget in (label, toggles, note):
                grid.removeWidget(widget)  # re-adding without this warns
        for n, (label, toggles, note) in enumerate(self._rows):
            if stacked:
                grid.addWidget(label, 3 * n, 0, 1, 2)
                grid.addWidget(toggles, 3 * n + 1, 0, 1, 2)
                grid.addWidget(note, 3 * n + 2, 0, 1, 2)
            else:
                grid.addWidget(label, 2 * n, 0)
                grid.addWidget(toggles, 2 * n, 1)
                grid.addWidget(note, 2 * n + 1, 1)
        grid.setColumnStretch(0, 1 if stacked else 0)
        grid.setColumnStretch(1, 0 if stacked else 1)

    def show_preset(self, preset: AccessPreset) -> None:
        self.text_size.select(min(preset.text_size, max(self._sizes)))
        for name, toggles in self.switches.items():
            toggles.select(bool(getattr(preset, name)))

    def preset(self) -> AccessPreset:
        return AccessPreset(
            text_size=int(str(self.text_size.value() or 100)),
            **{name: bool(toggles.value()) for name, toggles in self.switches.items()},
        )

    def retranslate(self) -> None:
        self.labels["text_size"].setText(self.tr("Text size"))
        self.labels["high_contrast"].setText(self.tr("High contrast"))
        self.labels["no_time_limits"].setText(self.tr("No time limits"))
        self.labels["reduced_motion"].setText(self.tr("Reduced motion"))
        self.notes["text_size"].setText(self.tr("Every text on screen, larger"))
        self.notes["high_contrast"].setText(self.tr("Darker text and firmer edges"))
        if self._kiosk:
            timing = self.tr("No countdown: take as long as you need for each question")
        else:
            timing = self.tr(
                "Exams get more time, {0} (30 min become {1}); kiosk rounds have no countdown"
            ).format(EXAM_EXTRA_TIME_TEXT, int(30 * EXAM_EXTRA_TIME))
        self.notes["no_time_limits"].setText(timing)
        self.notes["reduced_motion"].setText(self.tr("Nothing slides, counts up or flashes"))
        for name, (off, on) in self._off_on.items():
            off.setText(self.tr("Off"))
            on.setText(self.tr("On"))
            off.setAccessibleName(self.labels[name].text() + ": " + self.tr("Off"))
            on.setAccessibleName(self.labels[name].text() + ": " + self.tr("On"))
        for size, button in zip(self._sizes, self.text_size.group.buttons(), strict=True):
            button.setAccessibleName(self.tr("Text size {0} %").format(size))
