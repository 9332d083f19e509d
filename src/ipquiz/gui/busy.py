"""The busy state: while a service call runs, the window takes no input and says so.

The overlay covers the window at once (so a second tap or key press does nothing) but
stays clear for a moment, so a fast call does not flicker; a slow one shows "Working…",
and a call waiting for the database shows "Reconnecting…" with what is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from ipquiz.gui.service_calls import ServiceCalls

#: How long a call may run before the overlay says "Working…".
SHOW_AFTER_MS = 400
SHADE = QColor(19, 32, 90, 110)
CARD_MIN_WIDTH = 460


def _label(name: str) -> QLabel:
    widget = QLabel()
    widget.setObjectName(name)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


class BusyOverlay(QWidget):
    """Covers `parent` while `calls` is busy; swallows taps, clicks and keys."""

    def __init__(self, parent: QWidget, calls: ServiceCalls) -> None:
        super().__init__(parent)
        self._covered = parent
        self.setObjectName("busyOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.card = QFrame()
        self.card.setObjectName("busyCard")
        self.heading = _label("busyHeading")
        self.detail = _label("busyDetail")
        box = QVBoxLayout(self.card)
        box.setContentsMargins(40, 28, 40, 28)
        self.card.setMinimumWidth(CARD_MIN_WIDTH)  # wrapped lines need the width up front
        box.addWidget(self.heading)
        box.addWidget(self.detail)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self._calls = calls
        self._focus: QWidget | None = None
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.setInterval(SHOW_AFTER_MS)
        self._reveal.timeout.connect(self._show_card)
        calls.busy_changed.connect(self._on_busy)
        calls.reconnecting_changed.connect(self._on_reconnecting)
        parent.installEventFilter(self)
        self.card.hide()
        self.hide()

    @property
    def showing_card(self) -> bool:
        return self.isVisible() and self.card.isVisible()

    def _on_busy(self, busy: bool) -> None:
        if busy:
            focus = QApplication.focusWidget()
            # Only a control under the cover gets its focus back: a question just
            # answered (its card about to be deleted) started this call from its button.
            mine = focus is not None and focus is not self and self._covered.isAncestorOf(focus)
            self._focus = focus if mine else None
            self.setGeometry(self._covered.rect())
            self.show()
            self.raise_()
            self.setFocus()
            self._reveal.start()
            return
        self._reveal.stop()
        self.card.hide()
        self.hide()
        if self._focus is not None:
            self._focus.setFocus()
            self._focus = None

    def _on_reconnecting(self, reconnecting: bool) -> None:
        if reconnecting and self.isVisible():
            self._show_card()
        elif not reconnecting and self.card.isVisible():
            self._show_card()  # back to "Working…" while the retried call finishes

    def _show_card(self) -> None:
        if self._calls.reconnecting:
            self.heading.setText(self.tr("Reconnecting…"))
            self.detail.setText(
                self.tr("The database cannot be reached. Trying again…")
                + "\n"
                + self.tr("What you entered stays on screen and is saved once it is back.")
            )
        else:
            self.heading.setText(self.tr("Working…"))
            self.detail.setText("")
        self.detail.setVisible(bool(self.detail.text()))
        self.card.show()
        self.update()

    # -- covering the parent -------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._covered and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._covered.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.card.isVisible():
            painter = QPainter(self)
            painter.fillRect(self.rect(), SHADE)
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
