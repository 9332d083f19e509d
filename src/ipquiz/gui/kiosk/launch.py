"""Starting kiosk mode: services for the kiosk, the full-screen window, and leaving it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from ipquiz.config import Locations
from ipquiz.gui.i18n import apply_language
from ipquiz.gui.kiosk.clock import KioskClock
from ipquiz.gui.kiosk.window import KioskWindow

if TYPE_CHECKING:
    from ipquiz.services.app import AppServices, DamagedKiosk
    from ipquiz.services.kiosk_service import KioskService


def open_kiosk_services(
    locations: Locations, clock: KioskClock
) -> tuple[AppServices, KioskService]:
    """Runs on the loader thread: migrate, sync the bank, wire the kiosk service."""
    from ipquiz.services.app import open_services

    services = open_services(locations, clock=clock.wall)
    return services, services.kiosk(monotonic=lambda: clock.now_ms() / 1000)


def salvage(locations: Locations, clock: KioskClock) -> DamagedKiosk | None:
    """Runs on the loader thread when the database is damaged: the operator's PIN."""
    from ipquiz.services.app import salvage_kiosk

    return salvage_kiosk(locations, clock=clock.wall, monotonic=lambda: clock.now_ms() / 1000)


def create_kiosk_window(locations: Locations, *, lang: str | None) -> KioskWindow:
    clock = KioskClock()
    return KioskWindow(
        open_services=lambda: open_kiosk_services(locations, clock),
        data_dir=locations.data_dir,
        clock=clock,
        on_language=apply_language,
        preferred_lang=lang,
        database_url=locations.database_url,
        salvage=lambda: salvage(locations, clock),
    )


def run_kiosk(app: QApplication, locations: Locations, *, lang: str | None) -> int:
    """Full screen on the primary screen until the operator quits or leaves kiosk mode."""
    window = create_kiosk_window(locations, lang=lang)
    window.quit_requested.connect(app.quit)
    home: list[QWidget] = []  # held here: the home window has no parent
    window.leave_requested.connect(lambda: home.append(_open_home_window(locations, lang)))
    screen = app.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()
    window.load()
    return app.exec()


def _open_home_window(locations: Locations, lang: str | None) -> QWidget:
    from ipquiz.gui import window_geometry
    from ipquiz.gui.app import create_window

    home = create_window(locations, lang=lang)
    window_geometry.place(home, locations.data_dir)
    home.show()
    home.load()
    return home
