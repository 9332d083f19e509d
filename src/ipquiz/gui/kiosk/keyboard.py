"""An on-screen keyboard for nicknames and the event title: a kiosk has no keyboard.

Latin letters, digits, space and backspace; Chinese visitors pick one of the generated
bilingual names instead (a pinyin input method is more than a stand needs).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from ipquiz.gui.kiosk.base import tap_button
from ipquiz.gui.kiosk.scale import MIN_TARGET_PX, Scale

ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
#: The extra row of a keyboard for a web address.
ADDRESS_KEYS = ("https://", ".", "/", ":", "-", "_", "?", "=", "&")
COLUMNS = 20  # half-key steps, so rows can be offset like a real keyboard


class OnScreenKeyboard(QWidget):
    typed = Signal(str)
    erased = Signal()

    def __init__(self, parent: QWidget | None = None, *, extra: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.upper = True
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.grid = grid
        for row, letters in enumerate(ROWS):
            offset = (COLUMNS - 2 * len(letters)) // 2
            for n, char in enumerate(letters):
                key = self._key(char)
                key.clicked.connect(lambda _=False, c=char: self._press(c))
                grid.addWidget(key, row, offset + 2 * n, 1, 2)
        last = len(ROWS)
        if extra:  # the first key takes what is left of the row's width
            first = COLUMNS - 2 * (len(extra) - 1)
            for n, text in enumerate(extra):
                key = self._key(text)
                key.clicked.connect(lambda _=False, t=text: self.typed.emit(t))
                grid.addWidget(
                    key, last, 0 if n == 0 else first + 2 * (n - 1), 1, first if n == 0 else 2
                )
            last += 1
        self.shift = self._key("⇧")
        self.shift.clicked.connect(self._toggle_case)
        self.space = self._key("␣")
        self.space.clicked.connect(lambda: self.typed.emit(" "))
        self.backspace = self._key("⌫")
        self.backspace.clicked.connect(self.erased)
        grid.addWidget(self.shift, last, 0, 1, 4)
        grid.addWidget(self.space, last, 4, 1, 12)
        grid.addWidget(self.backspace, last, 16, 1, 4)
        self.toggle_button: QPushButton | None = None  # the ⌨ that shows it (keyboard_for)
        self._render_case()
        self.name_keys()

    def name_keys(self) -> None:
        """What a screen reader says for the keys drawn as symbols (and for ⌨)."""
        self.shift.setAccessibleName(self.tr("Capital letters"))
        self.space.setAccessibleName(self.tr("Space"))
        self.backspace.setAccessibleName(self.tr("Delete the last character"))
        if self.toggle_button is not None:
            self.toggle_button.setAccessibleName(self.tr("On-screen keyboard"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.name_keys()
        super().changeEvent(event)

    def _key(self, text: str) -> QPushButton:
        key = tap_button("key", self)
        key.setText(text)
        self.keys[text] = key
        return key

    def _press(self, char: str) -> None:
        self.typed.emit(char if self.upper or not char.isalpha() else char.lower())

    def _toggle_case(self) -> None:
        self.upper = not self.upper
        self._render_case()

    def _render_case(self) -> None:
        for char, key in self.keys.items():
            if len(char) == 1 and char.isascii() and char.isalpha():
                key.setText(char if self.upper else char.lower())

    def set_scale(self, scale: Scale) -> None:
        gap = scale.px(10)
        self.grid.setSpacing(gap)
        for key in self.keys.values():
            key.ensurePolished()  # its font at the text size in force
        # five rows fit under a landscape name field; taller only when its text needs it
        height = max(
            [MIN_TARGET_PX, scale.px(88)] + [key.sizeHint().height() for key in self.keys.values()]
        )
        for key in self.keys.values():
            key.setMinimumSize(max(MIN_TARGET_PX, scale.px(86)), height)
            key.setMaximumHeight(height)


def keyboard_for(
    edit: QLineEdit, *, extra: tuple[str, ...] = ()
) -> tuple[QPushButton, OnScreenKeyboard]:
    """A ⌨ button beside `edit` that shows or hides a keyboard typing into it (the
    keyboard starts hidden: the operator may have a real one); `extra`: a row of keys
    more (ADDRESS_KEYS for a web address)."""
    button = tap_button("toggle")
    button.setText("⌨")
    keyboard = OnScreenKeyboard(extra=extra)
    keyboard.toggle_button = button
    keyboard.name_keys()
    keyboard.hide()
    keyboard.typed.connect(edit.insert)
    keyboard.erased.connect(edit.backspace)
    button.clicked.connect(lambda: keyboard.setVisible(keyboard.isHidden()))
    return button, keyboard
