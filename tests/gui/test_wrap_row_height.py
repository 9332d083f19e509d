"""A wrap row's height for a width depends on that width alone, and a content scroll
area shows its scroll bar only while its content does not fit the whole width.

The row once answered from the rows it had at its last size: on the kiosk's result
screen at 200 % text, a scroll area resized the name card back and forth, each resize
inside the last, until the stand crashed (kiosk/test_kiosk_largest_text.py). And a
scroll area left to Qt kept its bar after growing enough to need none."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from resize_counter import ResizeCounter

from ipquiz.gui.kiosk.base import ContentScroll
from ipquiz.gui.widgets import WrapRow

BUTTON = (200, 100)
SPACING = 10
TWO_A_ROW = 2 * BUTTON[0] + SPACING


def _row(count: int) -> WrapRow:
    row = WrapRow(spacing=SPACING, most=2)
    for n in range(count):
        button = QPushButton(f"{n}")
        button.setFixedSize(*BUTTON)
        row.append(button)
    return row


def test_its_height_for_a_width_does_not_depend_on_its_current_rows(qtbot: QtBot) -> None:
    row = _row(4)
    qtbot.addWidget(row)
    row.resize(BUTTON[0] + 5, 1000)  # one a row: four rows
    row.show()
    qtbot.waitExposed(row)
    two_rows = 2 * BUTTON[1] + SPACING
    assert row.hasHeightForWidth()
    assert row.heightForWidth(TWO_A_ROW) == two_rows
    assert row.heightForWidth(BUTTON[0]) == 4 * BUTTON[1] + 3 * SPACING
    row.resize(TWO_A_ROW, 1000)
    assert row.heightForWidth(BUTTON[0]) == 4 * BUTTON[1] + 3 * SPACING
    assert row.heightForWidth(TWO_A_ROW) == two_rows


def test_a_scroll_area_drops_its_bar_when_it_grows_enough(qtbot: QtBot) -> None:
    card = QWidget()
    box = QVBoxLayout(card)
    box.setContentsMargins(0, 0, 0, 0)
    note = QLabel("A word-wrapped line makes the card's height depend on its width.")
    note.setWordWrap(True)
    box.addWidget(note)
    row = _row(4)
    box.addWidget(row)
    area = ContentScroll(card)
    qtbot.addWidget(area)
    resizes = ResizeCounter()
    card.installEventFilter(resizes)  # after the scroll area's: asked first
    area.resize(TWO_A_ROW, 300)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    fits = card.heightForWidth(TWO_A_ROW)
    # Without its bar the card fits, two a row; beside the bar, one a row, it would not.
    assert card.heightForWidth(TWO_A_ROW - bar.sizeHint().width()) > fits + 10
    for height, scrolls in ((fits - 3, True), (fits + 2, False), (fits - 1, True), (fits, False)):
        resizes.count = 0
        area.resize(TWO_A_ROW, height)
        qtbot.wait(10)
        assert resizes.count < 5, f"the card resized {resizes.count} times at {height} px"
        assert bar.isVisible() is scrolls, f"at {height} px"
        assert card.width() == (TWO_A_ROW - bar.width() if scrolls else TWO_A_ROW)
        assert card.height() == max(height, card.heightForWidth(card.width()))
