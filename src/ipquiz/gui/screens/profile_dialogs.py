"""The profile dialogs: make or edit a profile (name, colour, optional PIN), and the PIN
pad that opens a profile with one. Big targets for touch, every key for the keyboard."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.persons import COLOURS, NAME_MAX, PROFILE_PIN_DIGITS
from ipquiz.gui.screens.profiles import avatar
from ipquiz.gui.widgets import MIN_TARGET_PX, PlainLabel, named


@dataclass(frozen=True, slots=True)
class ProfileForm:
    """What the profile dialog was filled in with (`pin` only for a new profile)."""

    name: str
    colour: str
    pin: str | None = None


class PinPad(QWidget):
    """Four dots and a 3×4 pad of digits; typed digits, Backspace and Enter work too."""

    entered = Signal(str)  # the four digits, once the fourth is given

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digits = ""
        self.dots = named(QLabel(), "pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(8)
        keys = [str(d) for d in range(1, 10)] + ["⌫", "0", ""]
        for n, key in enumerate(keys):
            if not key:
                continue
            button = named(QPushButton(key), "pinKey")
            button.setMinimumSize(MIN_TARGET_PX + 16, MIN_TARGET_PX + 8)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pad takes the keys itself
            button.clicked.connect(lambda _c=False, k=key: self.press(k))
            grid.addWidget(button, n // 3, n % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.dots)
        layout.addLayout(grid)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show()

    def press(self, key: str) -> None:
        if key == "⌫":
            self.digits = self.digits[:-1]
        elif key.isdigit() and len(self.digits) < PROFILE_PIN_DIGITS:
            self.digits += key
        self._show()
        if len(self.digits) == PROFILE_PIN_DIGITS and key.isdigit():
            self.entered.emit(self.digits)

    def clear(self) -> None:
        self.digits = ""
        self._show()

    def _show(self) -> None:
        shown = "●" * len(self.digits) + "○" * (PROFILE_PIN_DIGITS - len(self.digits))
        self.dots.setText("  ".join(shown))
        self.dots.setAccessibleName(
            self.tr("{0} of {1} digits entered").format(len(self.digits), PROFILE_PIN_DIGITS)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isascii() and text.isdigit():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("⌫")
        else:
            super().keyPressEvent(event)


class PinDialog(QDialog):
    """Asks for a profile's PIN; the window checks it (off the UI thread) and answers with
    `refuse(message)` to ask again, or closes it."""

    pin_entered = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None, *, prompt: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("PIN"))
        self.title = PlainLabel(
            prompt or self.tr("{0}: enter your PIN").format(name), object_name="dialogTitle"
        )
        self.message = named(QLabel(), "status")
        self.message.setWordWrap(True)
        self.pad = PinPad()
        self.pad.entered.connect(self.pin_entered)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setMinimumHeight(MIN_TARGET_PX)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.addWidget(self.title)
        layout.addWidget(self.pad)
        layout.addWidget(self.message)
        layout.addWidget(cancel)
        self.pad.setFocus()

    def refuse(self, message: str) -> None:
        """A wrong PIN (or a locked profile): say so and let them try again."""
        self.message.setText(message)
        self.pad.clear()
        self.pad.setFocus()


class ProfileDialog(QDialog):
    """A new profile (name, colour, optional PIN twice) or an existing one's name and
    colour; an existing one also offers its PIN and deletion (`action` says which)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        name: str = "",
        colour: str = COLOURS[0],
        has_pin: bool | None = None,  # None: a new profile
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.new = has_pin is None
        self.action = ""  # "pin", "remove-pin" or "delete" when one of those was pressed
        self.setWindowTitle(self.tr("New profile") if self.new else self.tr("Profile"))
        self.name_label = named(QLabel(self.tr("Name")), "fieldLabel")
        self.name = QLineEdit(name)
        self.name.setMaxLength(NAME_MAX)
        self.name.setMinimumHeight(MIN_TARGET_PX)
        self.name.textChanged.connect(self._update)
        self.colour_label = named(QLabel(self.tr("Colour")), "fieldLabel")
        self.colours = QButtonGroup(self)
        swatches = QGridLayout()
        swatches.setSpacing(8)
        for n, key in enumerate(COLOURS):
            swatch = named(QPushButton(self._colour_name(key)), "swatch")
            swatch.setCheckable(True)
            swatch.setMinimumHeight(MIN_TARGET_PX)
            swatch.setIconSize(QSize(28, 28))
            swatch.setProperty("colour", key)
            self.colours.addButton(swatch, n)
            swatches.addWidget(swatch, n // 4, n % 4)
        self.choose_colour(colour)
        self.colours.buttonToggled.connect(lambda *_: self._update())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name)
        layout.addWidget(self.colour_label)
        layout.addLayout(swatches)
        self.pin = QLineEdit()
        self.pin_again = QLineEdit()
        if self.new:
            pin_label = named(QLabel(self.tr("PIN (optional, 4 digits)")), "fieldLabel")
            layout.addWidget(pin_label)
            pins = QHBoxLayout()
            for field, hint in (
                (self.pin, self.tr("PIN")),
                (self.pin_again, self.tr("PIN again")),
            ):
                field.setEchoMode(QLineEdit.EchoMode.Password)
                field.setMaxLength(PROFILE_PIN_DIGITS)
                field.setInputMask("")
                field.setPlaceholderText(hint)
                field.setAccessibleName(hint)
                field.setMinimumHeight(MIN_TARGET_PX)
                field.textChanged.connect(self._update)
                pins.addWidget(field)
            layout.addLayout(pins)
        else:
            extra = QHBoxLayout()
            for text, action in (
                (self.tr("Change PIN…") if has_pin else self.tr("Set a PIN…"), "pin"),
                (self.tr("Remove PIN"), "remove-pin"),
                (self.tr("Delete profile…"), "delete"),
            ):
                if action == "remove-pin" and not has_pin:
                    continue
                button = named(QPushButton(text), "link")
                button.setMinimumHeight(MIN_TARGET_PX)
                button.clicked.connect(lambda _c=False, a=action: self._act(a))
                extra.addWidget(button)
            extra.addStretch(1)
            layout.addLayout(extra)
        self.message = named(QLabel(), "status")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setMinimumHeight(MIN_TARGET_PX)
        cancel.clicked.connect(self.reject)
        self.ok = named(QPushButton(self.tr("Create") if self.new else self.tr("Save")), "primary")
        self.ok.setMinimumHeight(MIN_TARGET_PX)
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok)
        layout.addLayout(buttons)
        self._update()
        self.name.setFocus()

    def _colour_name(self, key: str) -> str:
        names = {
            "blue": self.tr("Blue"),
            "orange": self.tr("Orange"),
            "green": self.tr("Green"),
            "purple": self.tr("Purple"),
            "red": self.tr("Red"),
            "teal": self.tr("Teal"),
            "brown": self.tr("Brown"),
            "pink": self.tr("Pink"),
        }
        return names[key]

    def choose_colour(self, colour: str) -> None:
        for swatch in self.colours.buttons():
            swatch.setChecked(swatch.property("colour") == colour)

    def form(self) -> ProfileForm:
        checked = self.colours.checkedButton()
        colour = str(checked.property("colour")) if checked else COLOURS[0]
        return ProfileForm(self.name.text().strip(), colour, self.pin.text() or None)

    def _problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Type a name.")
        pin, again = self.pin.text(), self.pin_again.text()
        if pin and not (pin.isascii() and pin.isdigit() and len(pin) == PROFILE_PIN_DIGITS):
            return self.tr("A PIN has 4 digits.")
        if pin and len(again) == PROFILE_PIN_DIGITS and again != pin:
            return self.tr("The two PINs differ.")
        if pin and again != pin:
            return self.tr("Type the PIN again.")
        return ""

    def _update(self) -> None:
        problem = self._problem()
        self.message.setText(problem if self.name.text() or self.pin.text() else "")
        self.ok.setEnabled(not problem)
        letter = (self.name.text().strip()[:1] or "?").upper()
        for swatch in self.colours.buttons():
            swatch.setIcon(QIcon(avatar(letter, str(swatch.property("colour")), size=28)))
            swatch.setText(
                ("✓ " if swatch.isChecked() else "")
                + self._colour_name(str(swatch.property("colour")))
            )

    def show_error(self, message: str) -> None:
        """The service refused the form (a name already taken): say so, stay open."""
        self.message.setText(message)

    def _act(self, action: str) -> None:
        self.action = action
        self.accept()
