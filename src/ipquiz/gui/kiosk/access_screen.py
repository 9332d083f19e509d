"""The visitor's accessibility panel, opened from the attract screen: larger text, high
contrast, no time limits, reduced motion. Each choice shows at once; it lasts for this
visitor's visit and the kiosk goes back to the stand's own when it resets."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ipquiz.domain.accessibility import AccessPreset
from ipquiz.gui.access_form import AccessForm
from ipquiz.gui.accessibility import current
from ipquiz.gui.kiosk.base import ContentScroll, KioskScreen, label, tap_button
from ipquiz.gui.kiosk.clock import KioskClock
from ipquiz.gui.widgets import named


class AccessScreen(KioskScreen):
    chosen = Signal(object)  # the AccessPreset the visitor chose, in force at once
    done = Signal()

    def __init__(self, clock: KioskClock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.setObjectName("accessScreen")
        self.heading = label("cardHeading")
        self.note = label("tagline")
        self.form = AccessForm(label_name="fieldCaption", note_name="small", kiosk=True)
        self.form.changed.connect(self.chosen)
        self.done_button = tap_button("primary")
        self.done_button.clicked.connect(self.done)
        card = named(QFrame(), "adminCard")
        box = QVBoxLayout(card)
        box.addWidget(self.heading)
        box.addWidget(self.note)
        box.addWidget(self.form)
        box.addStretch(1)  # a tall screen's room goes below the form
        self.scroller = ContentScroll(card)  # larger text on a small screen scrolls
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.scroller, 1)
        self.layout_.addLayout(row)
        self.retranslate()

    def show_preset(self, preset: AccessPreset) -> None:
        self.form.show_preset(preset)

    def key(self, key: int) -> bool:
        """A keypad's Enter closes the panel (its choices are taps)."""
        from ipquiz.gui.widgets import ENTER_KEYS

        if key in ENTER_KEYS:
            self.done.emit()
            return True
        return False

    def relayout(self) -> None:
        m = self.scale.margin
        self.layout_.setContentsMargins(m, m // 2, m, m // 2)
        # labels above their toggles, which then have the card's width: four text sizes
        # in a row, notes on fewer lines
        self.form.set_stacked(self.portrait or current().text_size > 100)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Accessibility"))
        self.note.setText(
            self.tr("For your visit: the kiosk goes back to normal for the next one.")
        )
        self.done_button.setText(self.tr("Done  ▶"))
        self.form.retranslate()
