"""The home window's accessibility dialog: the preset of whoever plays now (the chosen
profile, or this computer's for a guest)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ipquiz.domain.accessibility import AccessPreset
from ipquiz.gui.access_form import AccessForm
from ipquiz.gui.widgets import MIN_TARGET_PX, named


class AccessDialog(QDialog):
    def __init__(self, preset: AccessPreset, *, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessDialog")
        self.setWindowTitle(self.tr("Accessibility"))
        heading = named(QLabel(self.tr("Accessibility")), "busyHeading")
        self.who = named(QLabel(who), "hint")
        self.who.setWordWrap(True)
        self.form = AccessForm(self)
        self.form.show_preset(preset)
        self.apply = named(QPushButton(self.tr("Apply")), "primary")
        self.cancel = named(QPushButton(self.tr("Cancel")), "secondary")
        for button in (self.apply, self.cancel):
            button.setMinimumHeight(MIN_TARGET_PX)
        self.apply.setDefault(True)
        self.apply.clicked.connect(self.accept)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.apply)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.who)
        layout.addWidget(self.form)
        layout.addLayout(buttons)

    def preset(self) -> AccessPreset:
        return self.form.preset()
