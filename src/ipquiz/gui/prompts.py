"""Questions and warnings the window shows; kept apart from the widget classes, which are
heavier to import and not needed before the first paint."""

from __future__ import annotations

from typing import Required, TypedDict, Unpack

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipquiz.gui.widgets import MIN_TARGET_PX, PlainLabel


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
) -> QMessageBox:
    """A message box that shows its text as typed: messages quote file names, paths and
    question texts, which must never be read as rich text."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


class Choice(TypedDict, total=False):
    """The answers a yes/no card offers: `yes` and `no` are verbs ("Submit", "Keep
    answering"); `safe` is what Esc answers; a `destructive` yes is drawn in red and is
    not the default; `target` is the buttons' height (the kiosk's is larger)."""

    yes: Required[str]
    no: Required[str]
    safe: bool
    destructive: bool
    target: int


class ConfirmDialog(QDialog):
    """A yes/no question drawn as the app's own card: a heading, the text as typed and two
    buttons named by what they do ("Submit" / "Keep answering"). Esc (and closing the
    card) gives the safe answer, Enter the default one; a destructive action is never the
    default."""

    def __init__(self, parent: QWidget, title: str, text: str, **choice: Unpack[Choice]) -> None:
        yes, no = choice["yes"], choice["no"]
        safe = choice.get("safe", False)
        destructive = choice.get("destructive", False)
        target = choice.get("target", MIN_TARGET_PX)
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("confirmDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        self.setModal(True)
        self._window = parent.window()  # dimmed while the card is up
        room = self._window.width() - 2 * target  # a narrow window's card fits it
        self._width = max(320, min(max(480, target * 9), room))
        self.safe = safe
        self.answer = safe
        self.heading = self._label("confirmTitle", title)
        self.message = self._label("confirmText", text)
        self.yes_button = self._button("danger" if destructive else "primary", yes, target, True)
        self.no_button = self._button("secondary", no, target, False)
        # Enter answers the default: the action, unless it destroys something.
        default = self.no_button if destructive else self.yes_button
        default.setDefault(True)
        default.setFocus()
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addStretch(1)
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.yes_button)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addSpacing(6)
        layout.addLayout(buttons)

    def _label(self, name: str, text: str) -> QLabel:
        return PlainLabel(text, object_name=name, parent=self)  # names, paths, question texts

    def _button(self, name: str, text: str, target: int, answer: bool) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumHeight(target)
        button.setAutoDefault(False)  # Enter is the default's, wherever the focus is
        button.clicked.connect(lambda: self._answer(answer))
        return button

    def _answer(self, answer: bool) -> None:
        self.answer = answer
        self.accept()

    def reject(self) -> None:
        """Esc, or the card closed for the user (the kiosk's idle reset): the safe answer."""
        self.answer = self.safe
        super().reject()

    def fit(self) -> None:
        """As wide as the card is meant to be and as tall as its wrapped text needs: a
        window's layout sizes it by the labels' unwrapped hints otherwise, and clips them."""
        self.ensurePolished()
        self.setFixedSize(self._width, self._layout.totalHeightForWidth(self._width))

    def ask(self) -> bool:
        """Show the card over a dimmed window until it is answered."""
        self.fit()
        window = self._window
        backdrop = QWidget(window)
        backdrop.setObjectName("confirmBackdrop")
        backdrop.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        backdrop.setGeometry(window.rect())
        backdrop.show()
        try:
            self.exec()
        finally:
            backdrop.hide()
            backdrop.deleteLater()
        return self.answer


def confirm(parent: QWidget, title: str, text: str, **choice: Unpack[Choice]) -> bool:
    """Ask in a themed card with verb buttons; True for `yes`. Esc answers `safe`."""
    dialog = ConfirmDialog(parent, title, text, **choice)
    try:
        return dialog.ask()
    finally:
        dialog.deleteLater()


def warn(parent: QWidget, title: str, text: str) -> None:
    """Say what went wrong, in plain text, and wait for OK."""
    box = message_box(parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    box.exec()
