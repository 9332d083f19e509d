"""The look: application font with CJK fallbacks, the QSS theme and the app icon."""

from __future__ import annotations

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from ipquiz.assets import resource

FONT_FAMILIES = [
    "Noto Sans",
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


def apply_theme(app: QApplication, name: str = "light") -> None:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(16)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(resource("themes", f"{name}.qss").read_text(encoding="utf-8"))
    app.setWindowIcon(app_icon())
