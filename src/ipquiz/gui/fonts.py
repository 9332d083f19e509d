"""The fonts every window and every printed page uses: the bundled Chinese font first.

QtGui only (no widgets), so pages can be rendered without a window (gui/paper.py).
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtGui import QFont, QFontDatabase

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


def app_font(pixel_size: int = 16) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(pixel_size)
    return font


def paper_font(pixel_size: int = 16) -> QFont:
    """The app font for PDF pages: without the OpenType substitutions (localized digit
    forms, ligatures such as "fi") whose glyphs Qt's PDF writer cannot map back to text,
    so every word of a PDF can be searched and copied (a certificate's code above all)."""
    font = app_font(pixel_size)
    for feature in ("locl", "liga"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


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
