"""What every kiosk screen shares: scaling, retranslation, and owning its deadlines.

A screen names the clock deadlines it may schedule in `DEADLINES`; the window calls
`leave()` on every screen change, which cancels them, so no countdown of a screen that
is gone can fire later (the leak tests check `clock.pending()` after each change).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QWidget,
)

from ipquiz.gui.kiosk.clock import KioskClock
from ipquiz.gui.kiosk.scale import Scale
from ipquiz.gui.service_calls import ServiceCalls
from ipquiz.gui.widgets import PlainLabel


def tap_button(name: str, parent: QWidget | None = None) -> QPushButton:
    """A touch button: styled by object name, never takes keyboard focus."""
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button


def label(name: str, *, wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    """A label for interface text, plain and (wrapping) broken by Chinese rules."""
    widget = PlainLabel(object_name=name, parent=parent)
    widget.setWordWrap(wrap)
    return widget


def touch_scroll(area: QScrollArea) -> QScrollArea:
    """Let a finger drag the content, as on a phone."""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


#: What may change whether a scroll area's content fits: its own size, its content's.
_BAR_EVENTS = (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.StyleChange)


def height_at(widget: QWidget, width: int) -> int:
    """The height `widget` asks for at `width`."""
    height = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
    return height if height >= 0 else widget.sizeHint().height()


def _least_height(content: QWidget, width: int) -> int:
    """The least height `content` can be shown whole in at `width` (as a scroll area
    that resizes its content gives it)."""
    need = max(content.minimumSizeHint().height(), content.minimumHeight())
    if content.hasHeightForWidth():
        need = max(need, content.heightForWidth(width))
    return need


class ContentScroll(QScrollArea):
    """A card that scrolls only when its screen is too small for it (larger text, a small
    display): a layout gives it its whole content's height when there is room."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None or not content.isVisibleTo(self):
            return QSize(0, 0)
        return content.sizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() in _BAR_EVENTS:
            self._choose_bar()
        return super().event(event)

    def _choose_bar(self) -> None:
        """The scroll bar only when the content does not fit the whole width. Left to
        Qt, a card whose text wraps onto more lines beside the bar keeps the bar after
        the screen has grown enough for it: Qt asks how tall it is at the width it has
        now, beside the bar."""
        content = self.widget()
        if content is None:
            return
        room = self.contentsRect().marginsRemoved(self.viewportMargins()).size()  # no bars
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn
            if _least_height(content, room.width()) > room.height()
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        if policy != self.verticalScrollBarPolicy():
            self.setVerticalScrollBarPolicy(policy)


class CappedScroll(ContentScroll):
    """Content shown whole up to `cap` px tall (0: no cap); a longer one scrolls in its
    own area, so what comes after it keeps its place on the screen. Its height comes
    from its width alone."""

    def __init__(self, content: QWidget) -> None:
        super().__init__(content)
        self.cap = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_cap(self, cap: int) -> None:
        self.cap = cap
        self.fit()

    def fit(self) -> None:
        content = self.widget()
        if content is None:
            return
        need = _least_height(content, self.width())
        height = min(need, self.cap) if self.cap else need
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)

    def _choose_bar(self) -> None:
        self.fit()  # its height first: the bar depends on it
        super()._choose_bar()


def pad_cards(root: QWidget, scale: Scale) -> None:
    """Inner margins of the white cards (as layout margins: QSS padding on a QFrame
    confuses the height-for-width of word-wrapped labels inside it)."""
    pad = scale.px(28)
    for frame in root.findChildren(QFrame):
        name = frame.objectName()
        layout = frame.layout()
        if layout is not None and (name.endswith("Card") or name == "kioskFeedback"):
            layout.setContentsMargins(pad, pad, pad, pad)
            layout.setSpacing(scale.px(12))


class KioskScreen(QWidget):
    DEADLINES: tuple[str, ...] = ()
    calls: ServiceCalls  # the window's, set when it builds its screens

    def __init__(self, clock: KioskClock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.scale = Scale(1.0)
        self.portrait = False
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

    def set_scale(self, scale: Scale, portrait: bool) -> None:
        """Called when the screen size changes; sizes fixed in code follow the scale."""
        self.scale, self.portrait = scale, portrait
        for button in self.findChildren(QPushButton):
            button.setMinimumHeight(scale.target)
            button.setMinimumWidth(scale.target)  # a finger's width too, not only its height
        pad_cards(self, scale)
        self.relayout()

    def relayout(self) -> None:
        """Arrange for landscape or portrait; screens override."""

    def leave(self) -> None:
        """The screen is being left: cancel everything it scheduled."""
        self.clock.cancel(*self.DEADLINES)

    def retranslate(self) -> None:
        """Set every interface string; screens override."""

    def key(self, key: int) -> bool:
        """A key pressed on the stand's keypad or keyboard (its buttons never take focus,
        so keys reach the window); True when the screen acted on it. Screens override."""
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
