"""Today or the whole event: which board a visitor looks at, on the attract and result screens.

Shown only when the operator has set the event's first day; every kiosk on the
database shows the same two boards. The chosen button carries a tick as well as its
colour.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import QWidget

from ipquiz.domain.kiosk import EVENT, TODAY, BoardScope
from ipquiz.gui.kiosk.controls import mark_choice
from ipquiz.gui.widgets import ToggleRow


class BoardScopeRow(ToggleRow):
    chosen = Signal(str)  # BoardScope

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardScope")
        self.buttons = {TODAY: self.add("", TODAY), EVENT: self.add("", EVENT)}
        for button in self.buttons.values():
            button.toggled.connect(lambda _on, b=button: mark_choice(b))
        self.select(TODAY)
        self.group.buttonClicked.connect(lambda b: self.chosen.emit(str(b.property("value"))))
        self.retranslate()

    def scope(self) -> BoardScope:
        return EVENT if self.value() == EVENT else TODAY

    def retranslate(self) -> None:
        self.buttons[TODAY].setText(self.tr("Today"))
        self.buttons[EVENT].setText(self.tr("Whole event"))
        for button in self.buttons.values():
            mark_choice(button)


def event_day(day: dt.date) -> str:
    """The event's first day as the interface language writes it (20 Apr / 4月20日)."""
    pattern = QCoreApplication.translate("BoardScopeRow", "d MMM")  # a QDate format
    return QLocale(QLocale.Language.English).toString(QDate(day.year, day.month, day.day), pattern)
