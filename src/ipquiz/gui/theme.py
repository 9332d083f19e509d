"""The look: application font with CJK fallbacks, the QSS theme and the app icon."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ipquiz.assets import resource
from ipquiz.gui.accessibility import current, preset_changes
from ipquiz.gui.focus_ring import show_focus_ring
from ipquiz.gui.fonts import BUNDLED_FAMILY, app_font, register_bundled_fonts
from ipquiz.gui.preset_theme import themed

__all__ = ["BUNDLED_FAMILY", "ICON_SIZES", "app_icon", "apply_theme", "register_bundled_fonts"]

ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"ipquiz-{size}.png")))
    return icon


def apply_theme(app: QApplication, name: str = "light") -> None:
    """Font, style, icon and the focus ring, under the accessibility preset in force (and
    again whenever it changes). The bundled font files are added by the first screen that
    shows text (register_bundled_fonts), after the window's first paint."""
    changes = preset_changes()
    if changes.property("theme") is None:
        changes.changed.connect(lambda _preset: _style(app))
    changes.setProperty("theme", name)
    app.setStyle("Fusion")
    _style(app)
    app.setWindowIcon(app_icon())
    show_focus_ring(app)


def _style(app: QApplication) -> None:
    preset = current()
    name = str(preset_changes().property("theme"))
    app.setFont(app_font(preset.font_px(16)))
    app.setStyleSheet(themed(resource("themes", f"{name}.qss").read_text(encoding="utf-8"), preset))
