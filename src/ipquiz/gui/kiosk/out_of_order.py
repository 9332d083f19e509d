"""The out-of-order screen: the database is gone, the stand says so and tries again.

It speaks both languages at once (the next visitor may read either), shows what is
wrong in one line, and counts down to its next try. It has no button: only the
operator's PIN (hidden corner or key chord) leads anywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ipquiz.domain.language import EN, ZH
from ipquiz.gui.failures import Failure
from ipquiz.gui.i18n import translate_to
from ipquiz.gui.kiosk.base import KioskScreen, label
from ipquiz.gui.kiosk.clock import KioskClock
from ipquiz.gui.widgets import named

#: Waits between tries, in ms; the last one repeats.
RETRY_MS: tuple[int, ...] = (5_000, 10_000, 20_000, 30_000)

HEADING = str(QT_TRANSLATE_NOOP("OutOfOrderScreen", "Out of order"))
BODY = str(
    QT_TRANSLATE_NOOP(
        "OutOfOrderScreen",
        "The quiz cannot reach its database. It tries again by itself and comes back "
        "as soon as it can.",
    )
)
NEXT_TRY = str(QT_TRANSLATE_NOOP("OutOfOrderScreen", "Next try in {0} s"))
TRYING = str(QT_TRANSLATE_NOOP("OutOfOrderScreen", "Trying again…"))


class OutOfOrderScreen(KioskScreen):
    DEADLINES = ("retry",)
    retry_requested = Signal()

    def __init__(self, clock: KioskClock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.setObjectName("outOfOrderScreen")
        self.failure: Failure | None = None
        self.tries = 0
        self.lines: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        card = named(QFrame(), "outOfOrderCard")
        box = QVBoxLayout(card)
        for lang in (ZH, EN):
            heading, body, reason = label("kioskTitle"), label("tagline"), label("outOfOrderReason")
            heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            for w in (body, reason):
                w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.lines[lang] = (heading, body, reason)
            for w in self.lines[lang]:
                box.addWidget(w)
            box.addSpacing(24)
        self.countdown = label("hint")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.countdown)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card)
        outer.addStretch(1)
        self.layout_ = outer
        clock.ticked.connect(self._on_tick)

    def show_failure(self, failure: Failure) -> None:
        """Say what is wrong and schedule the next try (later each time, up to 30 s)."""
        self.failure = failure
        delay = RETRY_MS[min(self.tries, len(RETRY_MS) - 1)]
        self.tries += 1
        self.clock.schedule("retry", delay, self._retry)
        self.retranslate()

    def reset(self) -> None:
        """The database is back: the next fault starts again with a short wait."""
        self.failure = None
        self.tries = 0
        self.leave()

    def _retry(self) -> None:
        self.countdown.setText(
            " · ".join(translate_to(lang, "OutOfOrderScreen", TRYING) for lang in (ZH, EN))
        )
        self.retry_requested.emit()

    def _on_tick(self) -> None:
        left = self.clock.remaining_ms("retry")
        if left is not None and self.isVisible():
            seconds = (left + 999) // 1000
            self.countdown.setText(
                " · ".join(
                    translate_to(lang, "OutOfOrderScreen", NEXT_TRY).format(seconds)
                    for lang in (ZH, EN)
                )
            )

    def retranslate(self) -> None:
        for lang, (heading, body, reason) in self.lines.items():
            heading.setText(translate_to(lang, "OutOfOrderScreen", HEADING))
            body.setText(translate_to(lang, "OutOfOrderScreen", BODY))
            reason.setText(self.failure.text(lang) if self.failure else "")
        self._on_tick()

    def relayout(self) -> None:
        m = self.scale.margin
        self.layout_.setContentsMargins(m, m, m, m)
