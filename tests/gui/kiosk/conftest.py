"""Real kiosk windows on a temporary database and the fixture bank, on a manual clock.

Time never passes by itself here: `Kiosk.advance` steps the kiosk clock (and the
services' wall clock with it), so idle resets, countdowns and PIN lockouts are tested
without waiting for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kiosk_driver import LANDSCAPE, PIN, Kiosk, MakeKiosk
from off_ui_thread import guarded, settle
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ipquiz.config import resolve_locations
from ipquiz.domain.accessibility import AccessPreset
from ipquiz.domain.kiosk import KioskSettings
from ipquiz.domain.language import EN
from ipquiz.gui.i18n import apply_language
from ipquiz.gui.kiosk import motion as motion_rules
from ipquiz.gui.kiosk.clock import ManualClock
from ipquiz.gui.kiosk.window import KioskWindow
from ipquiz.gui.refcounts import guard_singleton_refcounts
from ipquiz.gui.theme import apply_theme
from ipquiz.services.app import open_services, salvage_kiosk
from ipquiz.services.kiosk_service import KioskService

# PySide6 6.12 on Python 3.11 loses a reference to None per void call; a kiosk test run
# makes enough of them to abort the interpreter without this (see gui/refcounts.py).
guard_singleton_refcounts()


@pytest.fixture
def make_kiosk(
    qtbot: QtBot,
    qapp: QApplication,
    data_dir: Path,
    small_bank: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MakeKiosk]:
    opened: list[KioskWindow] = []

    def make(
        *,
        size: tuple[int, int] = LANDSCAPE,
        pin: str | None = PIN,
        settings: KioskSettings | None = None,
        lang: str = EN,
        bank: Path | None = None,
        damage: Callable[[Path], None] | None = None,
        station: str | None = "test",  # None: named as a kiosk started without --station
        # False: every animation ends at once, whatever the preset (a test reads final
        # states); True: the accessibility preset decides, as in the product
        motion: bool = False,
        access: AccessPreset | None = None,  # the stand's accessibility preset
        sound_player: Callable[[Path], None] | None = None,
    ) -> Kiosk:
        apply_theme(qapp)
        if not motion:
            monkeypatch.setattr(motion_rules, "reduced_motion", lambda: True)
        clock = ManualClock()
        clock.after_tick = lambda: settle(qtbot)
        locations = resolve_locations(data_dir=str(data_dir))

        def services() -> tuple[object, KioskService]:
            s = guarded(open_services(locations, bank=bank or small_bank, clock=clock.wall))
            return s, s.kiosk(station=station, monotonic=lambda: clock.now_ms() / 1000)

        if pin is not None or settings is not None or access is not None:
            s = open_services(locations, bank=bank or small_bank, clock=clock.wall)
            k = s.kiosk(station="test")
            if pin is not None:
                k.set_pin(pin)
            if settings is not None:
                k.save_settings(settings)
            if access is not None:
                s.accessibility.save_stand(access)
            s.close()
        if damage is not None:  # the database is damaged before the kiosk starts
            damage(data_dir / "ipquiz.db")
        window = KioskWindow(
            open_services=services,  # type: ignore[arg-type]
            data_dir=data_dir,
            clock=clock,
            on_language=apply_language,
            preferred_lang=lang,
            salvage=lambda: salvage_kiosk(
                locations, clock=clock.wall, monotonic=lambda: clock.now_ms() / 1000
            ),
            sound_player=sound_player,
        )
        opened.append(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.load()
        if damage is None:
            qtbot.waitUntil(lambda: window.kiosk is not None, timeout=10_000)
        settle(qtbot)  # the first screen after loading (attract or the PIN pad)
        return Kiosk(window, clock, qtbot, data_dir)

    yield make
    for window in opened:
        window.may_close = True
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    apply_language(EN)


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk) -> Kiosk:
    return make_kiosk()
