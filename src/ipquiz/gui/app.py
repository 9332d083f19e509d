"""Starting the GUI: application object, theme and language, then the window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ipquiz import __version__
from ipquiz.config import Locations
from ipquiz.domain.language import EN, ZH
from ipquiz.gui.i18n import apply_language
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.theme import apply_theme
from ipquiz.services.app import open_services


def default_language() -> str:
    return ZH if QLocale.system().language() == QLocale.Language.Chinese else EN


def create_window(locations: Locations, *, lang: str | None) -> MainWindow:
    window = MainWindow(
        lang=lang or default_language(),
        open_services=lambda: open_services(locations),
        export_dir=locations.data_dir,
        on_language=apply_language,
    )
    return window


def run_app(locations: Locations, *, lang: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("ipquiz")
    app.setApplicationDisplayName("IP Quiz")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ipquiz")
    apply_theme(app)
    window = create_window(locations, lang=lang)
    window.resize(1280, 820)
    window.show()
    window.load()
    return app.exec()
