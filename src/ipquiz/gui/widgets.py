"""Small reusable widgets: wrapping choice buttons, plain-text labels, toggle groups."""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.line_breaks import fitting_width
from ipquiz.domain.question import CHOICE_LETTERS, Category
from ipquiz.gui.outcomes import TILE_ICONS, tile_mark, tile_word

MIN_TARGET_PX = 48
#: Room a topic button keeps on each side of its text (the theme's padding and border).
TEXT_PADDING_PX = 22

W = TypeVar("W", bound=QWidget)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@functools.cache
def _choice_keys() -> dict[int, int]:
    """1-8 and A-H to a shown choice; built on first key press, as Qt's key enum is large."""
    keys = {int(getattr(Qt.Key, f"Key_{n}")): n - 1 for n in range(1, 9)}
    keys.update({int(getattr(Qt.Key, f"Key_{c}")): i for i, c in enumerate(CHOICE_LETTERS)})
    return keys


def choice_key(key: int) -> int | None:
    """The shown choice a key picks (1–8, A–H; a keypad's digits too), or None."""
    return _choice_keys().get(int(key))


def named(widget: W, name: str) -> W:
    """Give a widget the object name the theme styles it by. A label is made plain text:
    labels show names, topics and messages that come from files and people, and Qt
    would otherwise render any text that looks like HTML (an <img> loads a file)."""
    widget.setObjectName(name)
    if isinstance(widget, QLabel):
        widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def read_only_table(columns: int) -> QTableWidget:
    """An empty table of `columns` that the user reads and does not edit: no row numbers,
    alternating row colours."""
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    return table


def table_item(text: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QTableWidgetItem:
    """A read-only, selectable table cell, vertically centred."""
    item = QTableWidgetItem(text)
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def restyle(state: str, *widgets: QWidget) -> None:
    """Give `widgets` the `state` property the theme styles them by, and restyle them: Qt
    reads a style sheet's property selectors again only when a widget is re-polished, and
    a rule such as `#feedback[state="right"] #verdict` needs the inner label re-polished too."""
    for widget in widgets:
        widget.setProperty("state", state)
    for widget in widgets:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class TranslatedWidget(QWidget):
    """A widget that sets its texts in `retranslate` and redoes it when the language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def scroll_area() -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """The lines a word-wrapping label draws `text` in at `width` pixels: Qt's own line
    breaking (Unicode's rules), measured as QLabel lays it out. A paragraph's last line
    keeps its "\n"."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


class PlainLabel(QLabel):
    """A word-wrapping label that never interprets its text as rich text (question data).

    Its lines follow Chinese rules where Qt's breaking alone would not: a text that would
    leave one or two characters alone on its last line (or put closing punctuation first
    on a line) is drawn at the narrower width of a balanced layout with as many lines
    (domain/line_breaks.py), so its size on screen is the same."""

    def __init__(self, text: str = "", *, object_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(text)
        if object_name:
            self.setObjectName(object_name)
        self._fit: tuple[str, int, str, int] = ("", 0, "", 0)  # text, width, font: width

    def text_rect(self) -> QRect:
        """Where QLabel draws its text (no frame here, so no indent)."""
        m = self.margin()
        return self.contentsRect().adjusted(m, m, -m, -m)

    def fitted_width(self) -> int:
        """The width the text is drawn at: the label's own, or a balanced narrower one."""
        width = self.text_rect().width()
        text, font = self.text(), self.font()
        key = font.key()
        if self._fit[:3] != (text, width, key):
            fitted = width
            if self.wordWrap() and text and self.indent() <= 0 and self.frameWidth() == 0:
                fitted = fitting_width(width, lambda w: wrapped_lines(text, font, w))
            self._fit = (text, width, key, fitted)
        return self._fit[3]

    def shown_lines(self) -> list[str]:
        """The lines the label draws, as it draws them."""
        return wrapped_lines(self.text(), self.font(), self.fitted_width())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.text_rect()
        fitted = self.fitted_width()
        if fitted >= rect.width():
            super().paintEvent(event)
            return
        spare = rect.width() - fitted
        align = self.alignment()
        if align & Qt.AlignmentFlag.AlignHCenter:
            rect.adjust(spare // 2, 0, -(spare - spare // 2), 0)
        elif align & Qt.AlignmentFlag.AlignRight:
            rect.setLeft(rect.left() + spare)
        else:
            rect.setWidth(fitted)
        painter = QPainter(self)
        self.drawFrame(painter)
        self.style().drawItemText(
            painter,
            rect,
            align.value | Qt.TextFlag.TextWordWrap.value,
            self.palette(),
            self.isEnabled(),
            self.text(),
            self.foregroundRole(),
        )


class WrappingButton(QPushButton):
    """A button laid out by its own layout (`_layout`) of labels, so its text can wrap:
    as tall as that layout needs at the width it gets."""

    MIN_WIDTH = 200
    _layout: QLayout

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), self._layout.totalHeightForWidth(width))

    def sizeHint(self) -> QSize:
        hint = self._layout.totalSizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), hint.height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.MIN_WIDTH, self.minimumHeight())


class ChoiceButton(WrappingButton):
    """A large answer button whose text wraps, with a letter badge (A, B, …).

    Once answered it says what it was ("✘ Wrong pick") beside its text, or under it when
    the row has no room for both: there the text would be squeezed to a word a line, or
    cut. The badge's circle grows with its letter (a larger text size)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setObjectName("choice")
        # The screen owns the keyboard (1–8, A–H, Enter), so buttons never steal it.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumHeight(MIN_TARGET_PX + 16)
        self._layout = self._row = layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 18, 10)
        layout.setSpacing(14)
        self.badge = QLabel(self)
        self.badge.setObjectName("choiceBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._badge_least = 36
        self.badge.setFixedSize(36, 36)
        self.badge.installEventFilter(self)  # its font (the theme's) sizes its circle
        self.label = PlainLabel(parent=self, object_name="choiceText")
        # After answering: what the tile was ("✘ Wrong pick"), in words, not colour alone.
        self.mark = QLabel(self)
        self.mark.setObjectName("choiceMark")
        self.mark.setTextFormat(Qt.TextFormat.PlainText)
        self.mark.setWordWrap(True)  # under a narrow text: "➜ Right" over "answer"
        self.mark.hide()
        for child in (self.badge, self.label, self.mark):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # The text, and under it the mark when it goes there, centred together.
        self._text_box = QVBoxLayout()
        self._text_box.setSpacing(4)
        self._text_box.addStretch(1)
        self._text_box.addWidget(self.label)
        self._text_box.addStretch(1)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(self._text_box, 1)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignVCenter)
        self._choice = ""
        self.toggled.connect(lambda on: self.set_state("checked" if on else ""))

    def set_choice(self, letter: str, text: str) -> None:
        self.badge.setText(letter)
        self.label.setText(text)
        self._choice = f"{letter}. {text}" if letter else text
        self.set_state(str(self.property("state") or ""))

    def set_state(self, state: str) -> None:
        """'', 'checked', 'right', 'wrong' or 'missed': styled by the theme via a property;
        an answered tile also says what it was, on the tile and to a screen reader."""
        mark = tile_mark(state)
        self.mark.setText(mark)
        self.mark.setVisible(bool(mark))
        word = tile_word(state)
        self.setAccessibleName(f"{self._choice} ({word})" if word else self._choice)
        restyle(state, self, self.badge, self.label, self.mark)
        self._place_mark()
        self.updateGeometry()

    def set_badge_least(self, side: int) -> None:
        """The badge's side when its letter needs no more."""
        self._badge_least = side
        self._fit_badge()

    def _fit_badge(self) -> None:
        metrics = self.badge.fontMetrics()
        letter = max(metrics.height(), metrics.horizontalAdvance("W"))
        side = max(self._badge_least, letter + metrics.height() // 3)
        if self.badge.width() != side:
            self.badge.setFixedSize(side, side)
            self.badge.setStyleSheet(f"border-radius: {side // 2}px;")  # a circle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.badge and event.type() == QEvent.Type.FontChange:
            self._fit_badge()
        return False

    # -- where the mark goes ---------------------------------------------------
    def _lead(self) -> tuple[int, int]:
        """Width and height of what stands before the text (the badge; a tile's shape),
        with the spacing after each."""
        width = height = 0
        for n in range(self._row.count()):
            item = self._row.itemAt(n)
            widget = item.widget() if item is not None else None
            if item is None or widget is None or widget is self.mark or item.isEmpty():
                continue
            width += item.sizeHint().width() + self._layout.spacing()
            height = max(height, item.sizeHint().height())
        return width, height

    def _text_room(self, width: int) -> int:
        margins = self._layout.contentsMargins()
        return width - margins.left() - margins.right() - self._lead()[0]

    def _mark_beside(self, width: int) -> bool:
        """Beside the text while the text keeps its longest word whole and no more
        height than with the mark under it."""
        if self.mark.isHidden():
            return True
        room = self._text_room(width)
        beside = room - self.mark.sizeHint().width() - self._layout.spacing()
        if beside < self.label.minimumSizeHint().width():
            return False
        return self._content_height(width, beside=True) <= self._content_height(width, beside=False)

    def _content_height(self, width: int, *, beside: bool) -> int:
        room = self._text_room(width)
        lead = self._lead()[1]
        if self.mark.isHidden():
            return max(lead, self.label.heightForWidth(room))
        mark = self.mark.sizeHint()
        if beside:
            text = self.label.heightForWidth(room - mark.width() - self._layout.spacing())
            return max(lead, text, mark.height())
        text = self.label.heightForWidth(room) + self._text_box.spacing()
        return max(lead, text + self.mark.heightForWidth(room))

    def _place_mark(self) -> None:
        beside = self._mark_beside(self.width())
        if beside == (self._layout.indexOf(self.mark) >= 0):
            return
        if beside:
            self._text_box.removeWidget(self.mark)
            self._row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            self._layout.removeWidget(self.mark)
            self._text_box.insertWidget(2, self.mark)

    def heightForWidth(self, width: int) -> int:
        margins = self._layout.contentsMargins()
        beside = self._mark_beside(width)
        content = self._content_height(width, beside=beside)
        return max(self.minimumHeight(), content + margins.top() + margins.bottom())

    def least_width(self, text: int = 0) -> int:
        """The narrowest the button can be without cutting a word of its text or of
        any mark it may get (under the text), its text `text` px wide at least (or as
        wide as it is on one line)."""
        self.mark.ensurePolished()
        metrics = self.mark.fontMetrics()
        mark = max(metrics.horizontalAdvance(w) for s in TILE_ICONS for w in tile_mark(s).split())
        line = self.label.fontMetrics().horizontalAdvance(self.label.text())
        margins = self._layout.contentsMargins()
        words = max(min(text, line), self.label.minimumSizeHint().width(), mark + 2)
        return margins.left() + margins.right() + self._lead()[0] + words

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_mark()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.set_state(str(self.property("state") or ""))
        super().changeEvent(event)


class TopicButton(QPushButton):
    """A topic and its question count; a name too long for the button is shortened with
    an ellipsis, never the count (the whole name stays in its tooltip and accessible name)."""

    def __init__(self, name: str, count: int) -> None:
        super().__init__()
        self._name = name
        self._count = f"  ·  {count}"
        self.setToolTip(name)
        self.setAccessibleName(f"{name}, {count}")
        self.setText(name + self._count)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        shortest = self.fontMetrics().horizontalAdvance("……" + self._count) + 2 * TEXT_PADDING_PX
        return QSize(min(hint.width(), shortest), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.Bold)  # a checked topic is drawn bold (the theme)
        metrics = QFontMetrics(bold)
        room = self.width() - 2 * TEXT_PADDING_PX
        room -= metrics.horizontalAdvance(self._count)
        self.setText(
            metrics.elidedText(self._name, Qt.TextElideMode.ElideRight, room) + self._count
        )


class TopicGrid(QWidget):
    """The bank's topics as checkable buttons ("Patents · 80") in a grid of `columns`."""

    toggled = Signal()

    def __init__(self, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.buttons: dict[str, QPushButton] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(10)

    def set_topics(
        self, topics: list[tuple[Category, int]], lang: str, *, chosen: Collection[str] | None
    ) -> None:
        """Show `topics` in `lang`, with `chosen` checked (None: every one)."""
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.deleteLater()
        self.buttons.clear()
        for i, (cat, count) in enumerate(topics):
            button = named(TopicButton(cat.name(lang), count), "topic")
            button.setCheckable(True)
            button.setChecked(chosen is None or cat.id in chosen)
            button.setMinimumHeight(MIN_TARGET_PX)
            button.toggled.connect(self.toggled)
            self._grid.addWidget(button, i // self.columns, i % self.columns)
            self.buttons[cat.id] = button

    def selected(self) -> tuple[str, ...]:
        return tuple(cid for cid, b in self.buttons.items() if b.isChecked())

    def select(self, ids: Collection[str]) -> None:
        """Check `ids` (empty: every topic), without a `toggled` per button."""
        self.blockSignals(True)
        for cid, button in self.buttons.items():
            button.setChecked(not ids or cid in ids)
        self.blockSignals(False)
        self.toggled.emit()


def _width(widget: QWidget) -> int:
    """The width a layout gives a widget at least: its hint, or its minimum if wider."""
    return max(widget.sizeHint().width(), widget.minimumWidth())


class _WrapGrid(QGridLayout):
    """A wrap row's grid: its height for a width comes from the width alone, not from the
    rows it has now. A layout (or a scroll area deciding on its scroll bar) asks about
    widths it has not given yet; an answer one width behind made a scroll area resize its
    content back and forth without end."""

    def __init__(self, row: WrapRow) -> None:
        super().__init__(row)
        self._row = row

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._row.height_for(width)

    def minimumHeightForWidth(self, width: int) -> int:
        return self._row.height_for(width)

    def setGeometry(self, rect: QRect) -> None:
        # placed for the width it gets, with its widgets' sizes as they are now: a text
        # size changed inside a widget may reach the row only as this new layout pass
        self._row.arrange(rect.width())
        super().setGeometry(rect)


class WrapRow(QWidget):
    """Widgets side by side while they fit the width, else in as few rows as they need
    (columns of a grid): a row of buttons or links that reflows on a narrow window or at
    a large text size instead of squeezing its texts."""

    def __init__(
        self,
        *,
        spacing: int = 8,
        spread: bool = False,
        most: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._most = most  # columns at most (0: as many as there are widgets)
        self._widgets: list[QWidget] = []
        self._columns = 0
        self._spread = spread  # on one row: the first widget takes the room to spare
        self._grid = _WrapGrid(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)

    def append(self, widget: QWidget) -> None:
        self._widgets.append(widget)
        widget.installEventFilter(self)
        self._columns = 0  # placed anew on the next resize
        self._grid.addWidget(widget, 0, len(self._widgets) - 1)

    def clear(self) -> None:
        """Take every widget out, and delete them."""
        for widget in self._widgets:
            widget.removeEventFilter(self)
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._widgets.clear()
        self._columns = 0
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._columns = 0  # one more or one fewer: placed anew
            self.arrange(self.width())
        return False

    def _hints(self) -> list[int]:
        return [_width(w) for w in self._widgets if not w.isHidden()]

    def minimumSizeHint(self) -> QSize:
        # as few rows as it ever takes: the height comes with the width (heightForWidth);
        # a widget whose words wrap needs no more than its own least width
        least = [
            w.minimumSizeHint().width() if w.hasHeightForWidth() else _width(w)
            for w in self._widgets
            if not w.isHidden()
        ]
        return QSize(max(least, default=0), self.sizeHint().height())

    def sizeHint(self) -> QSize:
        hints = self._hints()
        if self._most:  # the widest row of `most`
            hints = sorted(hints, reverse=True)[: self._most]
        width = sum(hints) + self._grid.spacing() * max(0, len(hints) - 1)
        return QSize(width, self.height_for(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(event.size().width())

    def event(self, event: QEvent) -> bool:
        # a text or font changed its widgets; or they changed while it was hidden (another
        # screen shown), when no layout request reaches it
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.arrange(self.width())
        return super().event(event)

    def _columns_for(self, width: int) -> int:
        shown = [w for w in self._widgets if not w.isHidden()]
        spacing = self._grid.spacing()
        columns = max(1, min(len(shown), self._most or len(shown)))
        while columns > 1:
            rows = [shown[i : i + columns] for i in range(0, len(shown), columns)]
            widest = [max(_width(r[c]) for r in rows if c < len(r)) for c in range(columns)]
            if sum(widest) + spacing * (columns - 1) <= width:
                break
            columns -= 1
        return columns

    def height_for(self, width: int) -> int:
        """The height the row takes at `width` (its widgets on as many rows as they need)."""
        shown = [w for w in self._widgets if not w.isHidden()]
        if not shown:
            return 0
        columns = self._columns_for(width)
        rows = -(-len(shown) // columns)
        tallest = max(max(w.sizeHint().height(), w.minimumHeight()) for w in shown)
        if columns == 1:  # alone on its row, a widget whose words wrap may still need more lines
            heights = [w.heightForWidth(width) if w.hasHeightForWidth() else tallest for w in shown]
            return sum(max(h, tallest) for h in heights) + (rows - 1) * self._grid.spacing()
        return rows * tallest + (rows - 1) * self._grid.spacing()

    def arrange(self, width: int) -> None:
        shown = [w for w in self._widgets if not w.isHidden()]
        columns = self._columns_for(width)
        if columns == self._columns:
            return
        self._columns = columns
        for widget in self._widgets:
            self._grid.removeWidget(widget)  # re-adding without this warns
        for n, widget in enumerate(shown):
            self._grid.addWidget(widget, n // columns, n % columns)
        for column in range(len(self._widgets)):
            self._grid.setColumnStretch(column, 0)
        if self._spread and columns > 1:
            self._grid.setColumnStretch(0, 1)
        self.updateGeometry()
        # once more after this layout pass: a change asked for during one (this arrange
        # called from the row's setGeometry) does not reach the layouts around it
        QTimer.singleShot(0, self, self.updateGeometry)


class ToggleRow(WrapRow):
    """A row of mutually exclusive toggle buttons (a segmented control); it wraps onto
    more rows when the width runs out (a narrow window, a large text size)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)

    def add(self, text: str, value: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setObjectName("toggle")
        button.setMinimumHeight(MIN_TARGET_PX)
        button.setProperty("value", value)
        self.group.addButton(button)
        self.append(button)
        return button

    def value(self) -> object:
        checked = self.group.checkedButton()
        return checked.property("value") if checked else None

    def select(self, value: object) -> None:
        for button in self.group.buttons():
            if button.property("value") == value:
                button.setChecked(True)
