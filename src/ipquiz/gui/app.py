"""Starting the GUI: application object, theme and language, then the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ipquiz import __version__
from ipquiz.config import Locations
from ipquiz.domain.language import EN, ZH
from ipquiz.gui import window_geometry
from ipquiz.gui._pyside import lighten_pyside_import_hook
from ipquiz.gui.error_dialog import install_excepthook
from ipquiz.gui.i18n import apply_language
from ipquiz.gui.loading import TopicCache
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.refcounts import guard_singleton_refcounts
from ipquiz.gui.theme import apply_theme

if TYPE_CHECKING:
    from ipquiz.services.app import AppServices


def default_language() -> str:
    return ZH if QLocale.system().language() == QLocale.Language.Chinese else EN


def open_services(locations: Locations) -> AppServices:
    """Runs on the loader thread, so the database layer is imported after the first paint."""
    from ipquiz.services.app import open_services as open_app_services

    return open_app_services(locations)


def start_fresh(locations: Locations) -> Path:
    """Runs on the loader thread once the user agreed: keep the damaged file, start anew."""
    from ipquiz.services.app import start_fresh as keep_aside_and_start_fresh

    return keep_aside_and_start_fresh(locations)


def create_window(locations: Locations, *, lang: str | None) -> MainWindow:
    window = MainWindow(
        lang=lang or default_language(),
        open_services=lambda: open_services(locations),
        start_fresh=lambda: start_fresh(locations),
        export_dir=locations.data_dir,
        on_language=apply_language,
        topic_cache=TopicCache(locations.data_dir, locations.database_url),
        database_url=locations.database_url,
    )
    return window


def run_app(locations: Locations, *, lang: str | None, kiosk: bool = False) -> int:
    lighten_pyside_import_hook()
    guard_singleton_refcounts()  # PySide6 6.12 on Python 3.11 would abort within minutes
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("ipquiz")
    app.setApplicationDisplayName("IP Quiz")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ipquiz")
    apply_theme(app)
    install_excepthook(dialog=not kiosk)  # a kiosk logs and carries on: nobody to read it
    if kiosk:
        from ipquiz.gui.kiosk.launch import run_kiosk

        return run_kiosk(app, locations, lang=lang)
    window = create_window(locations, lang=lang)
    window_geometry.place(window, locations.data_dir)
    if report_path := os.environ.get("IPQUIZ_STARTUP_REPORT"):  # benchmarks/startup.py
        from ipquiz.gui import startup_report

        startup_report.watch(app, window, report_path)
    window.show()
    window.load_after_first_paint()
    return app.exec()
