"""The look: application font with CJK fallbacks, the QSS theme and the app icon."""

from __future__ import annotations

import functools
import logging

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from ipquiz.assets import resource

log = logging.getLogger(__name__)

#: The bundled Chinese font (packaging/fonts.py): Noto Sans CJK SC cut down to the
#: characters ipquiz shows, so Chinese looks the same everywhere and a kiosk does not
#: keep pages of two 20 MB system font files resident. Rarer characters fall back to
#: the system fonts after it.
BUNDLED_FAMILY = "ipquiz Sans SC"
BUNDLED_FONTS = ("ipquiz-sans-sc-regular.otf", "ipquiz-sans-sc-bold.otf")
FONT_FAMILIES = [
    "Noto Sans",
    BUNDLED_FAMILY,
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Segoe UI",
    "sans-serif",
]
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"ipquiz-{size}.png")))
    return icon


@functools.cache
def register_bundled_fonts() -> bool:
    """Add the bundled font files to Qt's font database (once); False if one would not load.

    About 5 ms, so windows call it after their first paint, before any text is laid out.
    """
    loaded = True
    for name in BUNDLED_FONTS:
        if QFontDatabase.addApplicationFont(str(resource("fonts", name))) < 0:
            log.warning("could not load the bundled font %s; using the system fonts", name)
            loaded = False
    return loaded


def apply_theme(app: QApplication, name: str = "light") -> None:
    """Font, style and icon. The bundled font files are added by the first screen that
    shows text (register_bundled_fonts), after the window's first paint."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(16)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(resource("themes", f"{name}.qss").read_text(encoding="utf-8"))
    app.setWindowIcon(app_icon())
