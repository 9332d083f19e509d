"""Who is playing: the start screen's profile picker (a family PC holds several profiles).

Each profile is a large chip with a colour avatar showing its initial (never colour
alone: the letter, the name, and a tick on the chosen one), a lock drawn on profiles
with a PIN, then "Guest" (nothing kept; a name may be typed) and "New profile". Under
the chips: for a profile, how many questions are due for review today with a one-tap
"Review now"; for a guest, the optional name. Chips take Tab, arrows and Space or a tap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from ipquiz.gui.widgets import MIN_TARGET_PX, TranslatedWidget, named

if TYPE_CHECKING:
    from ipquiz.domain.persons import Person

#: Avatar colours by key (domain.persons.COLOURS): dark enough for a white letter
#: (contrast 4.5:1 or more), and told apart by the letter and name anyway.
COLOUR_HEX = {
    "blue": "#1d4ed8",
    "orange": "#c2410c",
    "green": "#15803d",
    "purple": "#7e22ce",
    "red": "#b91c1c",
    "teal": "#0f766e",
    "brown": "#92400e",
    "pink": "#be185d",
}
GUEST_HEX = "#64748b"
CHIP_COLUMNS = 5
AVATAR_PX = 40
NAME_PX = 150  # a longer name is cut with "…" on its chip (the tooltip has it whole)
GUEST = -1  # the guest chip's id in the button group
LOCKED = -1  # a due count kept private until the profile's PIN is given


def avatar(
    letter: str, colour: str | None, *, size: int = AVATAR_PX, locked: bool = False
) -> QPixmap:
    """A round avatar: the colour with the letter on it; a small lock in the corner."""
    ratio = 2  # drawn at twice the size: sharp on high-DPI screens
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(COLOUR_HEX.get(colour or "", GUEST_HEX)))
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont(painter.font())
    font.setPixelSize(round(size * 0.48))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
    if locked:
        _lock(painter, size)
    painter.end()
    return pixmap


def _lock(painter: QPainter, size: int) -> None:
    """A padlock on a white disc at the bottom right."""
    d = size * 0.46
    x, y = size - d, size - d
    painter.setPen(QPen(QColor("#1b2440"), 1.2))
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(QRectF(x, y, d, d))
    body = QRectF(x + d * 0.27, y + d * 0.46, d * 0.46, d * 0.32)
    shackle = QPainterPath()
    shackle.addRoundedRect(QRectF(x + d * 0.34, y + d * 0.2, d * 0.32, d * 0.4), d * 0.16, d * 0.16)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(shackle)
    painter.setBrush(QColor("#1b2440"))
    painter.drawRect(body)


class ProfilePicker(TranslatedWidget):
    """The chips and what goes with the chosen one; the window does the service calls."""

    chosen = Signal(object)  # a profile's id, or None for a guest
    create_requested = Signal()
    edit_requested = Signal(int)
    review_requested = Signal(int)
    progress_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: dict[int, Person] = {}
        self._due: dict[int, int] = {}
        self.label = named(QLabel(), "rowLabel")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self._on_clicked)
        self.chips = QGridLayout()
        self.chips.setSpacing(10)
        self.guest = self._chip(GUEST)
        self.new = named(QPushButton(), "newProfile")
        self.new.setMinimumHeight(MIN_TARGET_PX + 4)
        self.new.clicked.connect(self.create_requested)

        # under the chips: the guest's name, or the profile's review and settings
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.name.setMinimumHeight(MIN_TARGET_PX)
        self.due = named(QLabel(), "reviewDue")
        self.due.setWordWrap(True)
        self.review = named(QPushButton(), "secondary")
        self.review.setMinimumHeight(MIN_TARGET_PX)
        self.review.clicked.connect(self._on_review)
        self.edit = named(QPushButton(), "link")
        self.edit.setMinimumHeight(MIN_TARGET_PX)
        self.edit.clicked.connect(self._on_edit)
        self.progress = named(QPushButton(), "link")
        self.progress.setMinimumHeight(MIN_TARGET_PX)
        self.progress.clicked.connect(self._on_progress)
        profile_row = QWidget()
        row = QHBoxLayout(profile_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.due, 1)
        row.addWidget(self.review)
        row.addWidget(self.progress)
        row.addWidget(self.edit)
        self.below = QStackedWidget()
        self.below.addWidget(self.name)
        self.below.addWidget(profile_row)

        layout = QGridLayout(self)  # the label beside the chips, as the start screen's rows
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(8)
        layout.addWidget(self.label, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(self.chips, 0, 1)
        layout.addWidget(self.below, 1, 1)
        layout.setColumnStretch(1, 1)
        self._lay_out()
        self.guest.setChecked(True)
        self._show_below()
        self.retranslate()

    def _chip(self, person_id: int) -> QPushButton:
        chip = named(QPushButton(), "profileChip")
        chip.setCheckable(True)
        chip.setMinimumHeight(MIN_TARGET_PX + 4)
        chip.setIconSize(QSize(AVATAR_PX, AVATAR_PX))
        self.group.addButton(chip, person_id)
        chip.toggled.connect(lambda _on, c=chip: self._mark(c))
        return chip

    # -- state from the window -------------------------------------------------
    def set_profiles(self, people: list[Person], *, selected: int | None) -> None:
        """Show these profiles; `selected` (or the guest, for None) is chosen."""
        for chip in self.group.buttons():
            if chip is not self.guest:
                self.group.removeButton(chip)
                chip.deleteLater()
        self._people = {p.id: p for p in people}
        for person in people:
            chip = self._chip(person.id)
            chip.setIcon(QIcon(avatar(person.initial, person.colour, locked=person.has_pin)))
        self._lay_out()
        self.select(selected if selected in self._people else None)
        self.retranslate()

    def select(self, person_id: int | None) -> None:
        chip = self.group.button(GUEST if person_id is None else person_id)
        (chip or self.guest).setChecked(True)
        self._show_below()

    def selected_id(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked in (GUEST, -1) or checked not in self._people else checked

    def person(self, person_id: int) -> Person | None:
        return self._people.get(person_id)

    def selected(self) -> Person | None:
        person_id = self.selected_id()
        return self._people.get(person_id) if person_id is not None else None

    def set_due(self, person_id: int, count: int) -> None:
        self._due[person_id] = count
        self._show_below()

    def player_name(self) -> str:
        """The name to play under: the profile's, or what the guest typed."""
        person = self.selected()
        return person.name if person is not None else self.name.text()

    # -- layout and texts --------------------------------------------------------
    def _lay_out(self) -> None:
        chips = [self.group.button(i) for i in self._people] + [self.guest, self.new]
        for chip in chips:
            self.chips.removeWidget(chip)
        for n, chip in enumerate(chips):
            self.chips.addWidget(chip, n // CHIP_COLUMNS, n % CHIP_COLUMNS)
        for column in range(CHIP_COLUMNS):  # chips as wide as their names, room after them
            self.chips.setColumnStretch(column, 0)
        self.chips.setColumnStretch(CHIP_COLUMNS, 1)

    def _mark(self, chip: QAbstractButton) -> None:
        """The chosen chip says so in words too: a tick before the name."""
        person_id = self.group.id(chip)
        name = self._people[person_id].name if person_id in self._people else self.tr("Guest")
        font = chip.font()
        font.setBold(chip.isChecked())
        chip.setFont(font)
        shown = QFontMetrics(font).elidedText(name, Qt.TextElideMode.ElideRight, NAME_PX)
        chip.setText(("✓ " if chip.isChecked() else "") + shown)
        if person_id in self._people:
            chip.setToolTip(name if shown != name else "")

    def _show_below(self) -> None:
        person = self.selected()
        self.below.setCurrentIndex(0 if person is None else 1)
        if person is None:
            return
        due = self._due.get(person.id)
        if due is None:
            self.due.setText(self.tr("Looking for questions to review…"))
        elif due == LOCKED:
            self.due.setText(self.tr("Protected by a PIN: it is asked when you start"))
        elif due == 1:
            self.due.setText(self.tr("1 question to review today"))
        elif due:
            self.due.setText(self.tr("{0} questions to review today").format(due))
        else:
            self.due.setText(self.tr("Nothing to review today ✓"))
        self.review.setVisible(bool(due) and due != LOCKED)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Who is playing?"))
        self.new.setText(self.tr("+ New profile"))
        self.new.setToolTip(self.tr("A profile keeps your results, mistakes and progress"))
        self.guest.setIcon(QIcon(avatar("?", None)))
        self.guest.setToolTip(self.tr("Play without keeping anything"))
        for chip in self.group.buttons():
            self._mark(chip)
            person = self._people.get(self.group.id(chip))
            if person is not None:
                locked = self.tr(", protected by a PIN") if person.has_pin else ""
                chip.setAccessibleName(person.name + locked)
        self.name.setPlaceholderText(self.tr("Your name (optional), shown on your results"))
        self.name.setAccessibleName(self.tr("Your name (optional)"))
        self.review.setText(self.tr("Review now  ▶"))
        self.edit.setText(self.tr("Profile…"))
        self.progress.setText(self.tr("Progress"))
        self.edit.setToolTip(self.tr("Rename, colour, PIN or delete this profile"))
        self._show_below()

    # -- events ------------------------------------------------------------------
    def _on_clicked(self, chip_id: int) -> None:
        self._show_below()
        self.chosen.emit(chip_id if chip_id in self._people else None)  # Qt renumbers -1

    def _on_review(self) -> None:
        if (person_id := self.selected_id()) is not None:
            self.review_requested.emit(person_id)

    def _on_progress(self) -> None:
        if (person_id := self.selected_id()) is not None:
            self.progress_requested.emit(person_id)

    def _on_edit(self) -> None:
        if (person_id := self.selected_id()) is not None:
            self.edit_requested.emit(person_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left and right move the choice along the chips, as in a radio group."""
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        chips = [self.group.button(i) for i in self._people] + [self.guest]
        checked = self.group.checkedButton()
        if step is None or checked not in chips:
            super().keyPressEvent(event)
            return
        chip = chips[(chips.index(checked) + step) % len(chips)]
        chip.setFocus()
        chip.click()
