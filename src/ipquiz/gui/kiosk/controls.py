"""Touch-sized form controls for the admin panel: no tiny spin-box arrows on a kiosk."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from ipquiz.gui.kiosk.base import label, tap_button
from ipquiz.gui.widgets import PlainLabel, WrappingButton, restyle


class Stepper(QWidget):
    """[−] value [+] with big buttons; `show` formats the value."""

    def __init__(
        self, values: Sequence[int], *, show: Callable[[int], str] = str, step: int = 1
    ) -> None:
        super().__init__()
        self._values = list(values)
        self._show = show
        self._step = step
        self._index = 0
        self.minus = tap_button("stepper", self)
        self.minus.setText("−")
        self.plus = tap_button("stepper", self)
        self.plus.setText("+")
        self.text = label("stepperValue", wrap=False, parent=self)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.minus, self.plus):  # never narrower than its sign
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.minus.clicked.connect(lambda: self._move(-self._step))
        self.plus.clicked.connect(lambda: self._move(self._step))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.minus)
        row.addWidget(self.text, 1)
        row.addWidget(self.plus)

    def _move(self, delta: int) -> None:
        self._index = max(0, min(len(self._values) - 1, self._index + delta))
        self.text.setText(self._show(self.value()))

    def value(self) -> int:
        return self._values[self._index]

    def set_value(self, value: int) -> None:
        self._index = min(range(len(self._values)), key=lambda i: abs(self._values[i] - value))
        self.text.setText(self._show(self.value()))


class WrapToggle(WrappingButton):
    """A pick-several button whose words wrap onto more lines when it is narrow (a long
    topic name at a large text size) instead of being cut off at both ends."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("toggle")
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as every kiosk button
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._layout = row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        self.label = PlainLabel(parent=self, object_name="toggleText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self.label)
        self.toggled.connect(lambda on: restyle("checked" if on else "", self.label))

    def sizeHint(self) -> QSize:
        """Its text on one line, in bold as when chosen: a row with room for that width
        never wraps it (nor reflows when it is chosen)."""
        bold = QFont(self.label.font())
        bold.setWeight(QFont.Weight.Bold)
        margins = self._layout.contentsMargins()
        width = QFontMetrics(bold).horizontalAdvance(self.label.text()) + 2  # rounding
        width += margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()


def mark_choice(button: QPushButton) -> None:
    """A tick on the chosen buttons of a pick-several row (languages, topics)."""
    text = button.text().removeprefix("✔ ")
    button.setText(f"✔ {text}" if button.isChecked() else text)


def clock_time(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
