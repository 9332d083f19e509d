"""What the start screen's profile picker does: list, make, edit and delete profiles, open
one with its PIN, and count its reviews. Every service call goes through ServiceCalls
(off the UI thread); the picker only shows what comes back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ipquiz.gui.failures import Failure
from ipquiz.gui.prompts import confirm, warn
from ipquiz.gui.screens.profile_dialogs import PinDialog, ProfileDialog, ProfileForm
from ipquiz.gui.screens.profiles import LOCKED, ProfilePicker
from ipquiz.gui.service_calls import ServiceCalls

if TYPE_CHECKING:
    from ipquiz.domain.persons import Person, PersonData
    from ipquiz.services.app import AppServices
    from ipquiz.services.pin_hash import PinCheck


class ProfileFlow(QObject):
    #: Who plays now: a profile's id once opened (after its PIN), None for a guest.
    opened = Signal(object)

    def __init__(
        self,
        window: QWidget,
        calls: ServiceCalls,
        picker: ProfilePicker,
        services: Callable[[], AppServices | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._calls = calls
        self.picker = picker
        self._services = services
        self._previous: int | None = None  # the choice before a PIN was asked for
        #: Profiles opened with their PIN in this run of the window.
        self.unlocked: set[int] = set()
        self.dialog: QWidget | None = None  # the dialog open now (tests drive it)
        picker.chosen.connect(self._on_chosen)
        picker.create_requested.connect(self.create)
        picker.edit_requested.connect(self.edit)

    # -- listing -------------------------------------------------------------------
    def load(self, *, select: int | None = None) -> None:
        """Show the profiles, choosing `select` or else the one used last."""
        services = self._services()
        if services is None:
            return
        persons = services.persons

        def read() -> tuple[list[Person], int | None]:
            last = persons.last_used()
            return persons.kept(), select if select is not None else (last.id if last else None)

        self._calls.run(read, lambda found: self._on_loaded(*found), block=False)

    def _on_loaded(self, people: list[Person], selected: int | None) -> None:
        self.picker.set_profiles(people, selected=selected)
        self._previous = self.picker.selected_id()
        person = self.picker.selected()
        is_open = person is not None and (not person.has_pin or person.id in self.unlocked)
        self.opened.emit(person.id if person is not None and is_open else None)
        self.refresh_due()

    def refresh_due(self) -> None:
        """Count the chosen profile's questions due today (after a quiz, a new day); a
        profile with a PIN shows its count once opened."""
        services, person = self._services(), self.picker.selected()
        if services is None or person is None:
            return
        person_id = person.id
        if person.has_pin and person_id not in self.unlocked:  # its PIN first
            self.picker.set_due(person_id, LOCKED)
            return
        review = services.review
        self._calls.run(
            lambda: review.due_count(person_id),
            lambda n: self.picker.set_due(person_id, n),
            block=False,
        )

    # -- choosing and opening ------------------------------------------------------
    def _on_chosen(self, person_id: int | None) -> None:
        if person_id is None:
            self._previous = None
            self.opened.emit(None)
            return
        self.unlock(person_id, self._opened, on_cancel=lambda: self.picker.select(self._previous))

    def _opened(self, person_id: int) -> None:
        self._previous = person_id
        self.opened.emit(person_id)
        services = self._services()
        if services is not None:
            persons = services.persons
            self._calls.run(lambda: persons.touch(person_id), block=False)
        self.refresh_due()

    def unlock(
        self,
        person_id: int,
        then: Callable[[int], object],
        *,
        on_cancel: Callable[[], object] = lambda: None,
    ) -> None:
        """Run `then(person_id)` once the profile is open: at once without a PIN or once
        its PIN was given in this run, else after the PIN pad."""
        person = self.picker.person(person_id)
        services = self._services()
        if person is None or services is None:
            return
        if not person.has_pin or person_id in self.unlocked:
            then(person_id)
            return
        self.picker.set_due(person_id, LOCKED)  # nothing of it shows before its PIN
        dialog = PinDialog(person.name, self._window)
        persons = services.persons

        def checked(check: PinCheck) -> None:
            if check.ok:
                self.unlocked.add(person_id)
                dialog.accept()
                then(person_id)
            elif check.locked_seconds:
                dialog.refuse(
                    self.tr("Too many wrong PINs: try again in {0} s.").format(check.locked_seconds)
                )
            else:
                dialog.refuse(self.tr("Wrong PIN. {0} tries left.").format(check.tries_left))

        dialog.pin_entered.connect(
            lambda pin: self._calls.run(lambda: persons.check_pin(person_id, pin), checked)
        )
        dialog.rejected.connect(on_cancel)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    # -- making and changing -------------------------------------------------------
    def create(self, form: ProfileForm | None = None, *, retry: ProfileForm | None = None) -> None:
        """Ask for a new profile (or make `form`'s), then choose it; `retry`: ask again
        with what was refused filled in."""
        services = self._services()
        if services is None:
            return
        if form is None:
            dialog = ProfileDialog(self._window)
            if retry is not None:
                dialog.name.setText(retry.name)
                dialog.choose_colour(retry.colour)
            self.dialog = dialog
            if dialog.exec() != ProfileDialog.DialogCode.Accepted:
                return
            form = dialog.form()
        persons, made = services.persons, form

        def created(person: Person) -> None:
            self.unlocked.add(person.id)  # its maker just typed the PIN
            self.load(select=person.id)

        self._calls.run(
            lambda: persons.create(made.name, colour=made.colour, pin=made.pin),
            created,
            failure=lambda f: self._refused(f, lambda: self.create(retry=made)),
        )

    def edit(self, person_id: int) -> None:
        self.unlock(person_id, self._edit)

    def _edit(self, person_id: int) -> None:
        person, services = self.picker.person(person_id), self._services()
        if person is None or services is None:
            return
        dialog = ProfileDialog(
            self._window, name=person.name, colour=person.colour or "blue", has_pin=person.has_pin
        )
        self.dialog = dialog
        if dialog.exec() != ProfileDialog.DialogCode.Accepted:
            return
        persons, form = services.persons, dialog.form()
        if dialog.action == "delete":
            self.delete(person_id)
        elif dialog.action == "pin":
            self.choose_pin(person_id)
        elif dialog.action == "remove-pin":
            self._calls.run(
                lambda: persons.set_pin(person_id, None), lambda _p: self.load(select=person_id)
            )
        else:

            def save() -> Person:
                persons.rename(person_id, form.name)
                return persons.set_colour(person_id, form.colour)

            self._calls.run(
                save,
                lambda _p: self.load(select=person_id),
                failure=lambda f: self._refused(f, lambda: self._edit(person_id)),
            )

    def choose_pin(self, person_id: int) -> None:
        """A new PIN, typed twice on the pad."""
        person, services = self.picker.person(person_id), self._services()
        if person is None or services is None:
            return
        persons = services.persons
        first = PinDialog(person.name, self._window, prompt=self.tr("Choose a 4-digit PIN"))
        again = PinDialog(person.name, self._window, prompt=self.tr("Enter the PIN again"))
        for dialog in (first, again):
            dialog.finished.connect(dialog.deleteLater)

        def confirm(pin: str) -> None:
            first.accept()
            again.pin_entered.connect(lambda repeated: done(pin, repeated))
            self.dialog = again
            again.open()

        def done(pin: str, repeated: str) -> None:
            if repeated != pin:
                again.refuse(self.tr("The two PINs differ. Enter the PIN again."))
                return
            again.accept()
            self._calls.run(
                lambda: persons.set_pin(person_id, pin), lambda _p: self.load(select=person_id)
            )

        first.pin_entered.connect(confirm)
        self.dialog = first
        first.open()

    def delete(self, person_id: int) -> None:
        """Say how much goes, and delete only on yes."""
        person, services = self.picker.person(person_id), self._services()
        if person is None or services is None:
            return
        persons = services.persons

        def confirm(data: PersonData) -> None:
            if not self.confirm_delete(person.name, data):
                return
            self.unlocked.discard(person_id)
            self._calls.run(lambda: persons.delete(person_id), lambda _d: self.load())

        self._calls.run(lambda: persons.data_of(person_id), confirm)

    def confirm_delete(self, name: str, data: PersonData) -> bool:
        question = self.tr("Delete the profile {0}?").format(name)
        details = self.tr(
            "This deletes {0} quizzes with {1} answers and {2} questions of the review "
            "deck. It cannot be undone."
        ).format(data.attempts, data.answers, data.review_cards)
        return confirm(
            self._window,
            question,
            details,
            yes=self.tr("Delete"),
            no=self.tr("Keep"),
            destructive=True,
        )

    def _refused(self, failure: Failure, again: Callable[[], object]) -> None:
        """A name already taken or not usable: say so, then offer the dialog again."""
        from ipquiz.domain.persons import DuplicateNameError, PersonError

        if isinstance(failure.error, DuplicateNameError):
            warn(
                self._window,
                self.tr("Profile"),
                self.tr("There is already a profile of that name."),
            )
        elif isinstance(failure.error, PersonError):
            warn(self._window, self.tr("Profile"), self.tr("This name cannot be used."))
        else:
            self._calls.report(failure)
            return
        again()
