"""The kiosk window: full screen, frameless, and the flow between its screens.

attract -> round -> result -> attract, for one visitor after another; idle -> "Still
there?" -> attract; the hidden corner or key chord -> PIN pad -> admin panel. The
window cannot be closed, and Esc, Alt+F4 and Ctrl+Q do nothing, until the operator
leaves through the admin panel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QLayout, QStackedWidget, QVBoxLayout, QWidget

from ipquiz.domain.accessibility import AccessPreset
from ipquiz.domain.kiosk import STILL_THERE_SECONDS, BoardScope, KioskFact, KioskSettings
from ipquiz.domain.language import EN, ZH
from ipquiz.domain.quiz import Phase
from ipquiz.gui.accessibility import current, preset_changes, put_in_force
from ipquiz.gui.busy import BusyOverlay
from ipquiz.gui.failures import Failure
from ipquiz.gui.kiosk.access_screen import AccessScreen
from ipquiz.gui.kiosk.admin import AdminPanel
from ipquiz.gui.kiosk.attract import AttractScreen
from ipquiz.gui.kiosk.base import KioskScreen, pad_cards
from ipquiz.gui.kiosk.clock import KioskClock
from ipquiz.gui.kiosk.glyphs import prepare_glyphs, question_text_fonts, whole_pixel_font
from ipquiz.gui.kiosk.guard import HiddenCorner, InputGuard
from ipquiz.gui.kiosk.memory import release_free_memory
from ipquiz.gui.kiosk.out_of_order import OutOfOrderScreen
from ipquiz.gui.kiosk.pin_pad import SET, VERIFY, PinPad
from ipquiz.gui.kiosk.result_screen import KioskResultScreen
from ipquiz.gui.kiosk.round_screen import RoundScreen
from ipquiz.gui.kiosk.scale import is_portrait, scale_for, stylesheet
from ipquiz.gui.kiosk.sounds import Player, Sounds
from ipquiz.gui.kiosk.still_there import StillThereOverlay
from ipquiz.gui.service_calls import ServiceCalls
from ipquiz.gui.theme import register_bundled_fonts

if TYPE_CHECKING:
    from ipquiz.services.app import AppServices, DamagedKiosk
    from ipquiz.services.kiosk_service import KioskService
    from ipquiz.services.quiz_service import ActiveQuiz

    Loaded = tuple[AppServices, KioskService]

log = logging.getLogger(__name__)


def log_only(failure: Failure) -> None:
    log.error("kiosk: %s", failure.message)


@dataclass(slots=True)
class Opened:
    """What the kiosk reads from its database before the first visitor (on the worker)."""

    services: AppServices
    kiosk: KioskService
    settings: KioskSettings
    has_pin: bool
    facts: dict[str, list[KioskFact]] = field(default_factory=dict)
    access: AccessPreset = field(default_factory=AccessPreset)  # the stand's preset


def open_kiosk(open_services: Callable[[], Loaded]) -> Opened:
    """Open the data, close rounds a crash left open, read settings and facts."""
    services, kiosk = open_services()
    try:
        kiosk.recover()  # a round cut by a crash or power cut is closed as abandoned
        settings = kiosk.settings()
        facts = {lang: kiosk.facts(lang=lang) for lang in (ZH, EN)}
        access = services.accessibility.stand()
        return Opened(services, kiosk, settings, kiosk.has_pin(), facts, access)
    except BaseException:
        services.close()
        raise


class KioskWindow(QWidget):
    leave_requested = Signal()  # the operator left kiosk mode for the normal window
    quit_requested = Signal()

    def __init__(
        self,
        *,
        open_services: Callable[[], Loaded],
        data_dir: Path,
        clock: KioskClock | None = None,
        on_language: Callable[[str], None] = lambda _lang: None,
        preferred_lang: str | None = None,
        database_url: str = "",
        salvage: Callable[[], DamagedKiosk | None] | None = None,
        sound_player: Player | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint)
        self.setObjectName("kioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        register_bundled_fonts()
        # For the whole application: style sheets resolve label fonts from it (glyphs.py).
        self._app_font = QApplication.font()
        QApplication.setFont(whole_pixel_font(self._app_font))
        self.clock = clock or KioskClock()
        self.clock.setParent(self)
        self._open_services = open_services
        self._salvage = salvage
        self._damaged: DamagedKiosk | None = None  # the PIN read from a damaged database
        self._on_language = on_language
        self._sound_player = sound_player  # None: the platform's (sounds.py)
        self._sounds: Sounds | None = None  # made when the operator first turns sounds on
        self.services: AppServices | None = None
        self.kiosk: KioskService | None = None
        self.settings = KioskSettings()
        self.stand_access = AccessPreset()  # a visitor's own choice lasts for their visit
        self.preferred_lang = preferred_lang
        self.lang = self.start_language()
        self.active: ActiveQuiz | None = None
        self.visit: int | None = None
        self.may_close = False
        self._pin_purpose = ""
        self._facts_lang = ""
        self._ui_lang_set = False
        self._scale_key: tuple[float, bool] | None = None
        # Every service call goes through here: off the UI thread, one at a time; a
        # failure that does not pass puts the stand out of order until the data is back.
        self.calls = ServiceCalls(self, on_failure=self.out_of_order, database_url=database_url)
        self.fault: Failure | None = None
        self._facts: dict[str, list[KioskFact]] = {}

        self.attract = AttractScreen(self.clock)
        self.round = RoundScreen(self.clock)
        self.result = KioskResultScreen(self.clock)
        self.pin_pad = PinPad(self.clock)
        self.admin = AdminPanel(self.clock, data_dir)
        self.broken = OutOfOrderScreen(self.clock)
        self.access = AccessScreen(self.clock)
        self.screens: tuple[KioskScreen, ...] = (
            self.attract,
            self.access,
            self.round,
            self.result,
            self.pin_pad,
            self.admin,
            self.broken,
        )
        for screen in self.screens:
            screen.calls = self.calls
        self.stack = QStackedWidget()
        for screen in self.screens:
            self.stack.addWidget(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The screen decides the window's size, never its content (a taller screen
        # would grow the window past the monitor, and the scale with it).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.stack)
        self.overlay = StillThereOverlay(self)
        self.busy = BusyOverlay(self, self.calls)
        self.corner = HiddenCorner(self.clock, self)
        self.guard = InputGuard(self, self.clock)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self.guard)

        self.attract.start_requested.connect(self.start_round)
        self.attract.language_chosen.connect(self.set_language)
        self.attract.access_requested.connect(self.open_access)
        self.access.chosen.connect(put_in_force)
        self.access.done.connect(self._access_done)
        self.admin.access_saved.connect(self._save_stand_access)
        preset_changes().changed.connect(self._on_preset_changed)
        self.round.finished.connect(self._on_round_finished)
        self.result.play_again.connect(self.start_round)
        self.result.done.connect(self.go_attract)
        self.overlay.still_here.connect(self._on_still_here)
        self.corner.long_pressed.connect(self.open_pin_pad)
        self.guard.admin_requested.connect(self.open_pin_pad)
        self.pin_pad.unlocked.connect(self._on_unlocked)
        self.pin_pad.pin_set.connect(self._on_pin_set)
        self.pin_pad.cancelled.connect(self._on_pin_cancelled)
        self.admin.back_requested.connect(self.go_attract)
        self.admin.settings_saved.connect(self.apply_settings)
        self.admin.change_pin_requested.connect(lambda: self._ask_pin(SET, "change"))
        self.admin.leave_requested.connect(lambda: self._leave(self.leave_requested.emit))
        self.admin.quit_requested.connect(lambda: self._leave(self.quit_requested.emit))
        self.clock.ticked.connect(self._on_tick)
        self.broken.retry_requested.connect(self._try_again)
        self.calls.reconnecting_changed.connect(self._on_reconnecting)
        self.attract.set_ready(False)
        self.attract.enter()

    # -- loading ---------------------------------------------------------------
    def load(self) -> None:
        self.clock.start()
        self._open()

    def _open(self) -> None:
        self.calls.run(
            lambda: open_kiosk(self._open_services),
            self._on_loaded,
            failure=self.out_of_order,
            block=False,
        )

    def _on_loaded(self, opened: Opened) -> None:
        self.services, self.kiosk = opened.services, opened.kiosk
        self._facts = opened.facts
        kiosk = opened.kiosk
        self.attract.board_source = lambda scope: kiosk.board(scope=scope)
        self.apply_settings(opened.settings, save=False)
        self.stand_access = opened.access
        put_in_force(opened.access)
        self.prepare_glyphs()
        self.attract.set_ready(True)
        self._back_in_order()
        if opened.has_pin:
            self.go_attract()
        else:
            self._ask_pin(SET, "first")

    # -- out of order ------------------------------------------------------------
    def out_of_order(self, failure: Failure) -> None:
        """A call failed for good: no visitor can play until the database answers again."""
        log.error("kiosk out of order: %s", failure.message)
        self.fault = failure
        self._hide_overlay()
        self.show_screen(self.broken)
        self.broken.show_failure(failure)
        if failure.kind == "damaged" and self._salvage is not None and self._damaged is None:
            self.calls.run(self._salvage, self._on_salvaged, failure=log_only, block=False)

    def _on_salvaged(self, damaged: DamagedKiosk | None) -> None:
        """The operator's PIN could be read from the damaged file: it now opens the way
        to a fresh start (hidden corner or key chord, as always)."""
        self._damaged = damaged
        if damaged is None:
            log.error("the damaged database's PIN cannot be read: run `ipquiz db start-fresh`")

    def _try_again(self) -> None:
        """The out-of-order screen's next try: open the data, or write the settings back
        (a read would pass on a read-only disk); back to the start if it works."""
        kiosk = self.kiosk
        if kiosk is None:
            self._open()
            return
        self.calls.run(
            lambda: kiosk.save_settings(kiosk.settings()),
            lambda _: self._back_after_fault(),
            block=False,
        )

    def _back_after_fault(self) -> None:
        self._back_in_order()
        self.go_attract()

    def _back_in_order(self) -> None:
        self.fault = None
        self.broken.reset()

    def _on_reconnecting(self, reconnecting: bool) -> None:
        """Waiting for the server is not the visitor's idleness."""
        if not reconnecting:
            self.guard.touched()

    # -- settings and language -------------------------------------------------
    def apply_settings(self, settings: KioskSettings, *, save: bool = True) -> None:
        """Applied at once: the next screen, round and idle check use the new values."""
        kiosk = self.kiosk
        if save and kiosk is not None:
            self.calls.run(
                lambda: kiosk.save_settings(settings), lambda _: self._use_settings(settings)
            )
        else:
            self._use_settings(settings)

    def _use_settings(self, settings: KioskSettings) -> None:
        categories_changed = settings.categories != self.settings.categories
        self.settings = settings
        if categories_changed:
            self.prepare_glyphs()
        if settings.sounds and self._sounds is None:
            self._sounds = Sounds(self._sound_player, parent=self)
        self.round.sounds = self.result.sounds = self._sounds if settings.sounds else None
        if settings.touch:
            self.setCursor(Qt.CursorShape.BlankCursor)
        else:
            self.unsetCursor()
        lang = self.lang if self.lang in settings.languages else self.start_language()
        self.attract.apply_settings(settings, lang)
        self.set_language(lang)

    def prepare_glyphs(self) -> None:
        """Draw what rounds can show once, before a visitor sees it (glyphs.py)."""
        if self.kiosk is not None:
            self.calls.run(
                self.kiosk.shown_characters,
                lambda chars: prepare_glyphs(question_text_fonts(self), chars),
                block=False,
            )

    def start_language(self) -> str:
        """What each visitor starts in: `--lang` if it is offered, else the first offered."""
        offered = self.settings.languages
        return self.preferred_lang if self.preferred_lang in offered else offered[0]

    def set_language(self, lang: str) -> None:
        if lang != self.lang or not self._ui_lang_set:
            self._on_language(lang)
            self._ui_lang_set = True
            for screen in self.screens:  # now, not when Qt's posted LanguageChange arrives
                screen.retranslate()
        self.lang = lang
        for code, button in self.attract.language_buttons.items():
            button.setChecked(code == lang)
        if lang in self._facts and self._facts_lang != lang:  # read when the data opened
            self._facts_lang = lang
            self.attract.set_facts(self._facts[lang])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keyboard play (an accessible stand has a keypad): the screen on show decides."""
        screen = self.stack.currentWidget()
        if isinstance(screen, KioskScreen) and not event.isAutoRepeat() and screen.key(event.key()):
            event.accept()
        else:
            super().keyPressEvent(event)

    # -- flow ------------------------------------------------------------------
    def show_screen(self, screen: KioskScreen) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, KioskScreen) and current is not screen:
            current.leave()
        self.stack.setCurrentWidget(screen)
        self.corner.raise_()

    def go_attract(self) -> None:
        """Back to the start for the next visitor: nothing of the last one stays."""
        self._hide_overlay()
        if self.fault is not None:  # out of order: only the database coming back leaves it
            self.show_screen(self.broken)
            return
        active, services = self.active, self.services
        if active is not None and services is not None and active.quiz.phase is not Phase.FINISHED:
            quiz = services.quiz
            self.calls.run(  # every answer of it is stored; only its status is left to write
                lambda: quiz.abandon(active), failure=self._not_abandoned, retry=True, block=False
            )
        self.active = None
        self.visit = None
        put_in_force(self.stand_access)  # the visitor's accessibility choice ends with them
        self.round.clear()
        self.result.clear()
        self.set_language(self.start_language())
        self.show_screen(self.attract)
        self.attract.enter()
        release_free_memory()  # between visitors: keeps RSS flat over days

    @staticmethod
    def _not_abandoned(failure: Failure) -> None:
        """Left open: the next start's recovery closes it."""
        log.warning("could not close the abandoned round: %s", failure.message)

    def start_round(self) -> None:
        kiosk, lang, visit = self.kiosk, self.lang, self.visit
        if kiosk is None or self.services is None:
            return
        self.calls.run(lambda: kiosk.start_round(lang=lang, visit=visit), self._on_round_started)

    def _on_round_started(self, active: ActiveQuiz) -> None:
        if self.services is None:
            return
        self.active = active
        self.visit = self.visit or self.active.attempt_id
        self.result.clear()
        self.show_screen(self.round)
        self.round.begin(
            self.services.quiz,
            self.active,
            countdown=self.settings.countdown,
            feedback_seconds=self.settings.feedback_seconds,
        )

    def _on_round_finished(self) -> None:
        kiosk, active = self.kiosk, self.active
        if kiosk is None or active is None:
            return
        self.calls.run(
            lambda: kiosk.ranks(active.attempt_id),
            lambda ranks: self._show_result(active, ranks),
            retry=True,
        )

    def _show_result(self, active: ActiveQuiz, ranks: dict[BoardScope, tuple[int, int]]) -> None:
        if self.kiosk is None or active is not self.active:
            return
        self.round.clear()
        self.show_screen(self.result)
        self.result.show_result(
            self.kiosk,
            active,
            ranks=ranks,
            leaderboard=self.settings.leaderboard,
            event_start=self.settings.event_start,
            learn_url=self.settings.learn_url,
        )

    # -- the operator's way in -------------------------------------------------
    def open_pin_pad(self) -> None:
        current = self.stack.currentWidget()
        if self.kiosk is None and self._damaged is not None and current is self.broken:
            self._pin_purpose = "fresh"
            self.show_screen(self.pin_pad)
            self.pin_pad.prepare(self._damaged, VERIFY)
            return
        if self.kiosk is None or self.calls.busy or current in (self.pin_pad, self.admin):
            return
        self._ask_pin(VERIFY, "admin")

    def _ask_pin(self, mode: str, purpose: str) -> None:
        assert self.kiosk is not None
        self._hide_overlay()
        self._pin_purpose = purpose
        self.show_screen(self.pin_pad)
        self.pin_pad.prepare(self.kiosk, mode, can_cancel=purpose != "first")

    def _on_unlocked(self) -> None:
        if self._pin_purpose == "fresh" and self._damaged is not None:
            damaged = self._damaged
            self.show_screen(self.broken)
            self.calls.run(damaged.start_fresh, self._on_fresh_start)
            return
        assert self.kiosk is not None
        if self.active is not None:
            self.go_attract()  # whatever a visitor left open is closed first
        self.show_screen(self.admin)
        self.admin.open(self.kiosk, self.lang, access=self.stand_access)

    def _on_pin_set(self) -> None:
        if self._pin_purpose == "change":
            self._on_unlocked()
            self.admin.status.setText(self.tr("The new PIN is set."))
        else:
            self.go_attract()

    def _on_pin_cancelled(self) -> None:
        if self._pin_purpose == "fresh":
            self.show_screen(self.broken)
        elif self._pin_purpose == "change":
            self._on_unlocked()
        else:
            self.go_attract()

    def _on_fresh_start(self, kept: Path) -> None:
        """The damaged file is kept aside; open the fresh database like a new start."""
        log.warning("kiosk: the damaged database was kept as %s; starting on a fresh one", kept)
        self._damaged = None
        self._back_in_order()
        self._open()

    def _leave(self, announce: Callable[[], None]) -> None:
        self.go_attract()
        self.may_close = True
        announce()  # first: the home window opens before this one closes, so Qt does not quit
        self.close()

    # -- idle ------------------------------------------------------------------
    def _idle_watched(self) -> bool:
        if self.calls.busy:  # waiting for the database is not the visitor walking away
            return False
        current = self.stack.currentWidget()
        if current is self.pin_pad:
            return self._pin_purpose != "first"
        return current in (self.round, self.result, self.admin, self.access)

    def _on_tick(self) -> None:
        if self.overlay.isVisible():
            left = self.clock.remaining_ms("still_there") or 0
            self.overlay.show_countdown((left + 999) // 1000)
        elif self._idle_watched() and self.guard.idle_ms() >= self.settings.idle_seconds * 1000:
            self.overlay.show_countdown(STILL_THERE_SECONDS)
            self.overlay.setGeometry(self.rect())
            self.overlay.show()
            self.overlay.raise_()
            self.corner.raise_()
            self.clock.schedule("still_there", STILL_THERE_SECONDS * 1000, self.go_attract)

    def _on_still_here(self) -> None:
        self._hide_overlay()
        self.guard.touched()

    def _hide_overlay(self) -> None:
        self.clock.cancel("still_there")
        self.overlay.hide()

    # -- accessibility -----------------------------------------------------------
    def open_access(self) -> None:
        """The visitor's accessibility panel, from the attract screen."""
        self.access.show_preset(current())
        self.show_screen(self.access)

    def _access_done(self) -> None:
        self.show_screen(self.attract)
        self.attract.enter()

    def _save_stand_access(self, preset: AccessPreset) -> None:
        """The operator's preset for every visitor: kept for the stand, in force now."""
        services = self.services
        if services is None:
            return
        access = services.accessibility

        def saved(_none: object) -> None:
            self.stand_access = preset
            put_in_force(preset)

        self.calls.run(lambda: access.save_stand(preset), saved, block=False)  # with the settings

    def _on_preset_changed(self, _preset: AccessPreset) -> None:
        """Another text size or contrast: the theme again, and the words that say it."""
        self._scale_key = None
        self._restyle()
        self.attract.retranslate()

    # -- the window itself -----------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restyle()

    def _restyle(self) -> None:
        scale, portrait = scale_for(self.size()), is_portrait(self.size())
        self.overlay.setGeometry(self.rect())
        side = max(scale.target, scale.px(120))
        self.corner.setGeometry(0, 0, side, side)
        self.corner.raise_()
        if self._scale_key != (scale.unit, portrait):
            new_sizes = self._scale_key is None or self._scale_key[0] != scale.unit
            self._scale_key = (scale.unit, portrait)
            self.setStyleSheet(stylesheet(scale, current()))
            for screen in self.screens:
                screen.set_scale(scale, portrait)
            self.overlay.set_scale(scale)
            pad_cards(self.busy, scale)
            self.busy.card.setMinimumWidth(min(scale.px(1000), self.width() - 2 * scale.margin))
            if new_sizes:
                self.prepare_glyphs()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Alt+F4 and the window manager's close do nothing until the operator leaves."""
        if not self.may_close:
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the clock, unhook the input filter, close the database."""
        QApplication.setFont(self._app_font)
        self.clock.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.guard)
        self.calls.wait()
        if self.services is not None:
            self.services.close()
            self.services = None
