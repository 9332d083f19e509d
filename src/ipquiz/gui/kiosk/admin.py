"""The operator's panel behind the PIN: today's figures, settings, export, board, leaving.

Destructive buttons (reset the board) ask first, in the app's own card with large verb
buttons; the card closes with the panel (the operator's Back, or the idle reset), so it
is never left open on a stand.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.accessibility import AccessPreset
from ipquiz.domain.kiosk import KioskSettings
from ipquiz.domain.station import MAX_STATION, tidy_station, valid_station
from ipquiz.gui.access_form import AccessForm
from ipquiz.gui.accessibility import current
from ipquiz.gui.kiosk.admin_dialogs import choose, close_dialogs
from ipquiz.gui.kiosk.admin_export import DriveExport, mounted_volumes
from ipquiz.gui.kiosk.admin_settings import SettingsForm
from ipquiz.gui.kiosk.base import KioskScreen, label, tap_button
from ipquiz.gui.kiosk.board_scope import event_day
from ipquiz.gui.kiosk.clock import KioskClock
from ipquiz.gui.kiosk.keyboard import keyboard_for
from ipquiz.gui.prompts import ConfirmDialog, confirm
from ipquiz.gui.widgets import PlainLabel, WrapRow, named, scroll_area
from ipquiz.services.drives import Mount, removable_drives, windows_drive_type

# Services are only types here: the database layer loads on the loader thread.
if TYPE_CHECKING:
    from ipquiz.domain.question import Category
    from ipquiz.gui.failures import Failure
    from ipquiz.services.kiosk_service import KioskFigures, KioskService, StandFigures

SAVE, DISCARD, STAY = "save", "discard", "stay"


class AdminPanel(KioskScreen):
    back_requested = Signal()
    change_pin_requested = Signal()
    settings_saved = Signal(object)  # KioskSettings
    access_saved = Signal(object)  # AccessPreset, the stand's
    leave_requested = Signal()  # to the normal (home) window
    quit_requested = Signal()

    def __init__(self, clock: KioskClock, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.setObjectName("adminPanel")
        self.setCursor(Qt.CursorShape.ArrowCursor)  # the operator may use a mouse
        self.kiosk: KioskService | None = None
        self._lang = ""
        self._data_dir = data_dir
        self._figures: KioskFigures | None = None
        self.unsaved_dialog: ConfirmDialog | None = None  # open now (tests answer it)

        self.heading = label("kioskTitle", wrap=False)
        self.back_button = tap_button("primary")
        self.back_button.clicked.connect(lambda: self._leaving(self.back_requested))
        self.status = label("adminStatus")

        self.figures_heading = label("cardHeading")
        self.figure_values: dict[str, tuple[QLabel, QLabel]] = {}
        self.figure_grid = figure_grid = QGridLayout()
        for key in ("visitors", "rounds", "finished", "mean"):
            # both wrap: four figures side by side at the largest text too ("228 / (46%)")
            value, caption = label("figure"), label("figureCaption")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.figure_values[key] = (value, caption)
        self.missed_heading = label("fieldCaption")
        self.missed = PlainLabel(object_name="missedList")
        # every kiosk on this database is one stand: its figures above, each station's here
        self.stations_heading = label("fieldCaption")
        self.stations = PlainLabel(object_name="stationList")
        # the same for the whole event, when the operator has set its first day
        self.event_heading = label("cardHeading")
        self.event_figures = PlainLabel(object_name="stationList")

        # this machine's own name among the stations (not a stand setting: kept locally)
        self.station_heading = label("cardHeading")
        self.station_edit = named(QLineEdit(), "titleEdit")
        self.station_edit.setMaxLength(MAX_STATION)
        self.station_keyboard_button, self.station_keyboard = keyboard_for(self.station_edit)
        self.rename_button = tap_button("secondary")
        self.rename_button.clicked.connect(self._on_rename)
        self.station_note = label("small")

        self.settings_heading = label("cardHeading")
        self.form = SettingsForm(data_dir)
        self.access_heading = label("cardHeading")
        self.access_form = AccessForm(label_name="fieldCaption", note_name="small", kiosk=True)
        self._access = AccessPreset()  # the stand's, as saved
        self.save_button = tap_button("primary")
        self.save_button.clicked.connect(self._on_save)

        self.actions_heading = label("cardHeading")
        self.export = DriveExport()
        self.export.chosen.connect(self._on_drive)
        self.export.search_requested.connect(self.find_drives)
        self.export_button = self.export.other_button  # any folder, through the file dialog
        self.export_button.clicked.connect(self._on_export)
        # where the drives are looked for: Qt's mounted volumes, Linux's /sys
        self.list_mounts: Callable[[], list[Mount]] = mounted_volumes
        self.sys_root = Path("/sys")
        self._searches = 0
        self.reset_button = tap_button("danger")
        self.reset_button.clicked.connect(self._on_reset)
        self.pin_button = tap_button("secondary")
        self.pin_button.clicked.connect(lambda: self._leaving(self.change_pin_requested))
        self.leave_button = tap_button("secondary")
        self.leave_button.clicked.connect(lambda: self._leaving(self.leave_requested))
        self.quit_button = tap_button("danger")
        self.quit_button.clicked.connect(lambda: self._leaving(self.quit_requested))

        def card(*parts: QWidget | QGridLayout | QHBoxLayout) -> QFrame:
            frame = named(QFrame(), "adminCard")
            box = QVBoxLayout(frame)
            for part in parts:
                if isinstance(part, QWidget):
                    box.addWidget(part)
                else:
                    box.addLayout(part)
            return frame

        actions = QGridLayout()
        actions.addWidget(self.export, 0, 0, 1, 2)
        buttons = WrapRow(spacing=12, most=2)  # one a row when their words do not fit
        for button in (self.reset_button, self.pin_button, self.leave_button, self.quit_button):
            buttons.append(button)
        actions.addWidget(buttons, 1, 0, 1, 2)
        content = named(QWidget(), "adminContent")
        column = QVBoxLayout(content)
        column.addWidget(
            card(
                self.figures_heading,
                figure_grid,
                self.stations_heading,
                self.stations,
                self.missed_heading,
                self.missed,
                self.event_heading,
                self.event_figures,
            )
        )
        station_row = QHBoxLayout()
        station_row.addWidget(self.station_edit, 1)
        station_row.addWidget(self.station_keyboard_button)
        station_row.addWidget(self.rename_button)
        column.addWidget(
            card(self.station_heading, station_row, self.station_keyboard, self.station_note)
        )
        column.addWidget(card(self.actions_heading, actions))
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        column.addWidget(
            card(self.settings_heading, self.form, self.access_heading, self.access_form, save_row)
        )
        column.addStretch(1)  # room to spare goes below the cards, never between their rows
        self.scroller = scroll_area()
        self.scroller.setWidget(content)
        # the cards reflow to the width (the layout walk checks nothing is left beyond it):
        # a sideways bar would scroll a few pixels of margin
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        top = WrapRow(spacing=24, spread=True)  # the button under the title when both do not fit
        top.append(self.heading)
        top.append(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.status)
        layout.addWidget(self.scroller, 1)
        self.layout_ = layout
        self.relayout()

    # -- from the window -------------------------------------------------------
    def open(self, kiosk: KioskService, lang: str, *, access: AccessPreset) -> None:
        self.kiosk, self._lang = kiosk, lang
        self._access = access
        self.access_form.show_preset(access)
        self.status.setText("")
        self.station_edit.setText(kiosk.station)
        for w in (self.station_edit, self.station_keyboard_button, self.rename_button):
            w.setEnabled(not kiosk.station_fixed)
        self.station_keyboard.hide()
        self.export.say("")
        self.find_drives()
        self.calls.run(
            lambda: (kiosk.settings(), kiosk.categories(), kiosk.figures(lang=lang)),
            lambda read: self._on_read(kiosk, *read),
        )

    def _on_read(
        self,
        kiosk: KioskService,
        settings: KioskSettings,
        categories: list[tuple[Category, int]],
        figures: KioskFigures,
    ) -> None:
        if kiosk is not self.kiosk:
            return
        self.form.load(settings, categories, self._lang, today=self.clock.wall().date())
        self._figures = figures
        self._render_figures()
        self.retranslate()
        self.set_scale(self.scale, self.portrait)
        self.scroller.verticalScrollBar().setValue(0)

    def _render_figures(self) -> None:
        f = self._figures
        if f is None:
            return
        values = {
            "visitors": str(f.visitors),
            "rounds": str(f.rounds),
            "finished": str(f.finished),
            "mean": f"{f.mean_score:.0f} ({round(f.mean_share * 100)}%)",
        }
        for key, (value, _) in self.figure_values.items():
            value.setText(values[key])
        self.stations.setText(self._station_lines(f) or self.tr("No rounds yet today."))
        event = f.event
        for w in (self.event_heading, self.event_figures):
            w.setVisible(event is not None and f.event_start is not None)
        if event is not None and f.event_start is not None:
            self.event_heading.setText(
                self.tr("The whole event since {0}, the whole stand").format(
                    event_day(f.event_start)
                )
            )
            whole = self.tr("{0} visitors, {1} rounds, {2} finished, mean score {3}").format(
                event.visitors,
                event.rounds,
                event.finished,
                f"{event.mean_score:.0f} ({round(event.mean_share * 100)}%)",
            )
            self.event_figures.setText(
                "\n".join((whole, self.tr("By station:"), self._station_lines(event)))
                if event.stations
                else self.tr("No rounds yet in this event.")
            )
        self.missed.setText(
            "\n".join(
                self.tr("{0}. {1}  (missed {2} of {3})").format(n, m.prompt, m.missed, m.asked)
                for n, m in enumerate(f.most_missed, start=1)
            )
            or self.tr("Nothing missed yet today.")
        )

    def _station_lines(self, figures: StandFigures) -> str:
        return "\n".join(
            self.tr("{0}: {1} visitors, {2} rounds, {3} finished, mean score {4}").format(
                s.station, s.visitors, s.rounds, s.finished, f"{s.mean_score:.0f}"
            )
            for s in figures.stations
        )

    # -- actions ---------------------------------------------------------------
    def _on_save(self) -> None:
        try:
            settings: KioskSettings = self.form.settings()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self.form.remember(settings)
        self.settings_saved.emit(settings)
        if (access := self.access_form.preset()) != self._access:
            self._access = access
            self.access_saved.emit(access)
        self.status.setText(self.tr("Settings saved and applied."))

    def unsaved(self) -> bool:
        """Whether the form shows settings other than the ones saved."""
        try:
            changed = self.form.settings() != self.form.saved()
        except ValueError:  # not even valid: certainly not what was saved
            changed = True
        return changed or self.access_form.preset() != self._access

    def _leaving(self, then: SignalInstance) -> None:
        """Leave by `then`, once changed settings are saved or given up (or stay)."""
        if self.kiosk is not None and self.unsaved():
            answer = self.ask_unsaved()
            if answer == STAY:
                return
            if answer == SAVE:
                self._on_save()
        then.emit()

    def ask_unsaved(self) -> str:
        """SAVE, DISCARD or STAY (Esc, or the card closed by the idle reset)."""
        dialog = ConfirmDialog(
            self,
            self.tr("Save the changed settings?"),
            self.tr(
                "Some settings were changed here but not saved: the kiosk still runs with the old ones."
            ),
            yes=self.tr("Save and apply"),
            no=self.tr("Leave them unsaved"),
            target=self.scale.target,
        )
        self.unsaved_dialog = dialog
        try:
            stayed = dialog.exec() != ConfirmDialog.DialogCode.Accepted
        finally:
            self.unsaved_dialog = None
            dialog.deleteLater()
        return STAY if stayed else SAVE if dialog.answer else DISCARD

    def _on_rename(self) -> None:
        kiosk, name = self.kiosk, tidy_station(self.station_edit.text())
        if kiosk is None:
            return
        if not valid_station(name):
            self._say_not_a_name()
            return
        self.calls.run(
            lambda: kiosk.rename_station(name),
            self._on_renamed,
            failure=self._on_rename_failed,
            retry=True,
        )

    def _on_renamed(self, name: str) -> None:
        self.station_edit.setText(name)
        self.station_keyboard.hide()
        self.status.setText(self.tr("This station is now called {0}.").format(name))
        self.retranslate()

    def _say_not_a_name(self) -> None:
        self.status.setText(
            self.tr("A station's name has 1 to {0} letters, digits or spaces.").format(MAX_STATION)
        )

    def _on_rename_failed(self, failure: Failure) -> None:
        exc = failure.error
        if isinstance(exc, ValueError):  # checked here first; the service checks again
            self._say_not_a_name()
            return
        if not isinstance(exc, OSError):
            self.calls.report(failure)
            return
        self.status.setText(
            self.tr("The name was not changed: cannot write {0}: {1}").format(
                exc.filename or self._data_dir, exc.strerror or exc
            )
        )

    def ask_folder(self) -> Path | None:
        return choose(self, self.tr("Export results to…"), self._data_dir, folder=True)

    def leave(self) -> None:
        close_dialogs(self)  # a dialog never outlives the panel for the next visitor
        super().leave()

    def find_drives(self) -> None:
        """Look for removable drives off the UI thread (a stalled mount never freezes it);
        only the latest search's answer is shown."""
        list_mounts, sys_root = self.list_mounts, self.sys_root
        self._searches += 1
        search = self._searches

        def found(drives: list[Mount]) -> None:
            if search == self._searches:
                self.export.show_drives(drives)

        self.export.show_searching()
        self.calls.run(
            lambda: removable_drives(
                list_mounts(), sys_root=sys_root, drive_type=windows_drive_type()
            ),
            found,
            failure=lambda failure: found([]),
            block=False,
        )

    def _on_drive(self, drive: Mount) -> None:
        self._export_to(Path(drive.root), drive)

    def _on_export(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self._export_to(folder, None)

    def _export_to(self, folder: Path, drive: Mount | None) -> None:
        kiosk = self.kiosk
        if kiosk is None or self.export.writing is not None:
            return
        lang = self._lang
        self.export.set_writing(drive or Mount(root=str(folder), device=""))
        self.calls.run(
            lambda: kiosk.export_results(folder, lang=lang),
            lambda done: self._on_exported(done, drive),
            failure=lambda failure: self._on_export_failed(folder, failure),
            block=False,  # the panel shows its own progress; the drive buttons wait
        )

    def _on_exported(self, done: tuple[Path, int], drive: Mount | None) -> None:
        self.export.set_writing(None)
        path, rows = done
        text = self.tr("{0} answers written to {1}").format(rows, path)
        if drive is not None:
            text += "\n" + self.tr("Done: the drive {0} can be removed.").format(drive.label)
        self._say_export(text)

    def _say_export(self, text: str) -> None:
        self.status.setText(text)
        self.export.say(text)

    def _on_export_failed(self, folder: Path, failure: Failure) -> None:
        self.export.set_writing(None)
        exc = failure.error
        if not isinstance(exc, OSError):
            self.calls.report(failure)
            return
        self._say_export(self.tr("Export failed: {0}: {1}").format(folder, exc.strerror or exc))

    def _on_reset(self) -> None:
        if self.kiosk is None:
            return
        kiosk = self.kiosk
        if not self.confirm_reset():
            return
        self.calls.run(
            kiosk.reset_board,
            lambda removed: self.status.setText(
                self.tr("Board reset: {0} names removed.").format(removed)
            ),
        )

    def confirm_reset(self) -> bool:
        return confirm(
            self,
            self.tr("Reset today's board?"),
            self.tr(
                "Every name on today's board is removed. The answers stay and can still be "
                "exported."
            ),
            yes=self.tr("Reset the board"),
            no=self.tr("Keep it"),
            destructive=True,
            target=self.scale.target,
        )

    # -- layout and words ------------------------------------------------------
    def relayout(self) -> None:
        """Four figures in a row, or two by two on a portrait screen."""
        columns = 2 if self.portrait else 4
        for n, (value, caption) in enumerate(self.figure_values.values()):
            row, col = divmod(n, columns)
            for w in (value, caption):
                self.figure_grid.removeWidget(w)  # re-adding without this warns
            self.figure_grid.addWidget(value, 2 * row, col)
            self.figure_grid.addWidget(caption, 2 * row + 1, col)
        m = self.scale.margin
        self.layout_.setContentsMargins(m, m // 2, m, m // 2)
        self.figure_grid.setHorizontalSpacing(m)  # each caption apart from the next
        self.form.set_scale(self.scale, self.portrait)
        # as the settings above it: labels above their toggles in portrait or larger text
        self.access_form.set_stacked(self.portrait or current().text_size > 100)
        self.station_keyboard.set_scale(self.scale)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Kiosk admin"))
        self.back_button.setText(self.tr("Back to the kiosk"))
        self.figures_heading.setText(self.tr("Today, the whole stand"))
        captions = {
            "visitors": self.tr("visitors"),
            "rounds": self.tr("rounds"),
            "finished": self.tr("finished"),
            "mean": self.tr("mean score"),
        }
        for key, (_, caption) in self.figure_values.items():
            caption.setText(captions[key])
        self.missed_heading.setText(self.tr("Most missed questions"))
        station = self.kiosk.station if self.kiosk is not None else ""
        self.stations_heading.setText(self.tr("By station (this one: {0})").format(station))
        self.station_heading.setText(self.tr("This station"))
        self.station_edit.setAccessibleName(self.tr("Station name"))
        self.rename_button.setText(self.tr("Rename"))
        self.station_note.setText(
            self.tr("Set by --station or IPQUIZ_STATION when ipquiz was started: change it there.")
            if self.kiosk is not None and self.kiosk.station_fixed
            else self.tr(
                "This machine's own name among the stations sharing the database, kept on "
                "this machine. New rounds carry it; earlier rounds keep the name they had."
            )
        )
        self.settings_heading.setText(self.tr("Settings (the whole stand)"))
        self.access_heading.setText(self.tr("Accessibility, for every visitor"))
        self.save_button.setText(self.tr("Save and apply"))
        self.actions_heading.setText(self.tr("Results and board"))
        self.export.retranslate()
        self.reset_button.setText(self.tr("Reset today's board"))
        self.pin_button.setText(self.tr("Change PIN"))
        self.leave_button.setText(self.tr("Leave kiosk mode"))
        self.quit_button.setText(self.tr("Quit ipquiz"))
        self.form.retranslate()
        self.access_form.retranslate()
        self._render_figures()
