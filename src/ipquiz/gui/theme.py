"""The look: application font with CJK fallbacks, the QSS theme and the app icon."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ipquiz.assets import resource
from ipquiz.gui.focus_ring import show_focus_ring
from ipquiz.gui.fonts import BUNDLED_FAMILY, app_font, register_bundled_fonts

__all__ = ["BUNDLED_FAMILY", "ICON_SIZES", "app_icon", "apply_theme", "register_bundled_fonts"]

ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"ipquiz-{size}.png")))
    return icon


def apply_theme(app: QApplication, name: str = "light") -> None:
    """Font, style, icon and the focus ring. The bundled font files are added by the first screen that
    shows text (register_bundled_fonts), after the window's first paint."""
    app.setFont(app_font())
    app.setStyle("Fusion")
    app.setStyleSheet(resource("themes", f"{name}.qss").read_text(encoding="utf-8"))
    app.setWindowIcon(app_icon())
    show_focus_ring(app)
