"""The home window's accessibility preset: put in force for whoever plays (the chosen
profile once opened, else this computer's), and changed from the start screen. Reading
and saving go through ServiceCalls, off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ipquiz.gui.accessibility import put_in_force
from ipquiz.gui.service_calls import ServiceCalls

if TYPE_CHECKING:
    from ipquiz.domain.accessibility import AccessPreset
    from ipquiz.gui.profile_flow import ProfileFlow
    from ipquiz.services.app import AppServices


class AccessFlow(QObject):
    def __init__(
        self,
        window: QWidget,
        calls: ServiceCalls,
        profiles: ProfileFlow,
        services: Callable[[], AppServices | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._calls = calls
        self._profiles = profiles
        self._services = services
        self._person: int | None = None  # whose preset is in force
        self.dialog: QWidget | None = None  # the dialog open now (tests drive it)
        profiles.opened.connect(self.follow)

    def follow(self, person_id: int | None) -> None:
        """Put the preset of `person_id` (None: a guest, this computer's) in force."""
        services = self._services()
        self._person = person_id
        if services is None:
            return
        access = services.accessibility

        def chosen(preset: AccessPreset) -> None:
            if self._person == person_id:  # not chosen otherwise meanwhile
                put_in_force(preset)

        self._calls.run(lambda: access.chosen(person_id), chosen, block=False)

    def edit(self) -> None:
        """The dialog for whoever plays now; a profile with a PIN is opened first."""
        person_id = self._profiles.picker.selected_id()
        if person_id is None:
            self._edit(None)
        else:
            self._profiles.unlock(person_id, self._edit)

    def _edit(self, person_id: int | None) -> None:
        services = self._services()
        if services is None:
            return
        access = services.accessibility
        self._calls.run(lambda: access.chosen(person_id), lambda p: self._ask(person_id, p))

    def _ask(self, person_id: int | None, preset: AccessPreset) -> None:
        from ipquiz.gui.access_dialog import AccessDialog

        person = self._profiles.picker.person(person_id) if person_id is not None else None
        who = (
            self.tr("For {0}: kept with the profile").format(person.name)
            if person is not None
            else self.tr("For everyone playing as a guest on this computer")
        )
        dialog = AccessDialog(preset, who=who, parent=self._window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save(person_id, dialog.preset()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _save(self, person_id: int | None, chosen: AccessPreset) -> None:
        self.dialog = None
        services = self._services()
        if services is None:
            return
        access = services.accessibility
        self._person = person_id
        put_in_force(chosen)
        self._calls.run(lambda: access.save_chosen(person_id, chosen))
