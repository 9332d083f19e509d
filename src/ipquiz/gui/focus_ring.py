"""A visible focus ring around the control that has keyboard focus, in every theme.

Style-sheet borders cannot carry it: each control's own rule (#primary, #topic, …) wins
over a general `:focus` rule, and a border change inside a blue button is hard to see.
So one ring is drawn outside the focused control, 3 px in the ink colour, with a gap:
its contrast is against the page (WCAG 2.4.7, 2.4.13), whatever the control's colours.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from shiboken6 import isValid

RING_COLOUR = "#13205a"
RING_PX = 3
GAP_PX = 2
#: What gets a ring: controls (a screen that owns the keys itself does not).
CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)


class Ring(QWidget):
    """The ring itself: a transparent widget over the focused control's edge."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(RING_COLOUR), RING_PX)
        painter.setPen(pen)
        half = RING_PX / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 8, 8)


class FocusRing(QObject):
    """Follows the application's focus and keeps the ring around the focused control."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusRingTracker")
        self.ring: Ring | None = None
        self.target: QWidget | None = None
        self.watched: list[QWidget] = []
        app.focusChanged.connect(self._follow)

    def _follow(self, old: QWidget | None, new: QWidget | None) -> None:
        for widget in self.watched:
            if isValid(widget):
                widget.removeEventFilter(self)
        self.watched = []
        self.target = new if isinstance(new, CONTROLS) and new.parentWidget() else None
        if self.target is None:
            if self.ring is not None:
                self.ring.hide()
            return
        self._place()

    def _place(self) -> None:
        """Over the nearest ancestor with room for the ring (a control flush with its
        row's edge would clip it), watching everything in between for moves."""
        target = self.target
        if target is None or not isValid(target):
            return
        if self.ring is None:
            self.ring = Ring()
            self.ring.destroyed.connect(self._forget_ring)
        host, ring, chain = _room_for_ring(target)
        for widget in chain:
            if widget not in self.watched:
                widget.installEventFilter(self)
                self.watched.append(widget)
        if self.ring.parentWidget() is not host:
            self.ring.setParent(host)
        self.ring.setGeometry(ring)
        self.ring.setVisible(target.isVisible())
        self.ring.raise_()

    def _forget_ring(self) -> None:
        self.ring = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self.watched and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._place()
        return False


def _room_for_ring(target: QWidget) -> tuple[QWidget, QRect, list[QWidget]]:
    """The ancestor to draw the ring on, the ring's box in it, and the widgets between
    (whose moves move the ring). Never above a scroll area's content: the ring scrolls."""
    margin = RING_PX + GAP_PX
    chain = [target]
    host = target.parentWidget()
    assert host is not None
    while True:
        box = QRect(target.mapTo(host, QPoint(0, 0)), target.size())
        ring = box.adjusted(-margin, -margin, margin, margin)
        parent = host.parentWidget()
        if (
            parent is None
            or host.isWindow()  # a drop-down list's popup: its parent is another window
            or host.rect().contains(ring)
            or isinstance(parent, QAbstractScrollArea)
            or isinstance(parent.parentWidget(), QAbstractScrollArea)
        ):
            return host, ring, chain
        chain.append(host)
        host = parent


def show_focus_ring(app: QApplication) -> FocusRing:
    """The application's focus ring (made once, however often the theme is applied)."""
    tracker = app.findChild(FocusRing, "focusRingTracker")
    return tracker if isinstance(tracker, FocusRing) else FocusRing(app)
