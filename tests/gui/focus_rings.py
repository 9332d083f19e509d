"""Whether the control with keyboard focus has a ring around it that stands out (3:1)."""

from __future__ import annotations

from contrast import contrast
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from ipquiz.gui.focus_ring import Ring

NON_TEXT = 3.0


def ring_problems(window: QWidget) -> list[str]:
    """The ring is around the focused control, drawn, and 3:1 against what is outside it."""
    focused = QApplication.focusWidget()
    assert focused is not None
    rings = [r for r in window.findChildren(Ring) if r.isVisible()]
    if len(rings) != 1:
        return [f"{len(rings)} rings around {focused.objectName() or focused}"]
    ring = rings[0]
    box = ring.geometry()
    host = ring.parentWidget()
    assert host is not None
    if not box.contains(QRect(focused.mapTo(host, QPoint(0, 0)), focused.size())):
        return ["the ring is not around the focused control"]
    image = window.grab().toImage()
    ratio = image.devicePixelRatio()

    def at(x: int, y: int) -> str:
        return image.pixelColor(ring.mapTo(window, QPoint(x, y)) * ratio).name()

    edge, outside = at(box.width() // 2, 1), at(box.width() // 2, -2)
    if contrast(edge, outside) < NON_TEXT:
        return [f"ring {edge} beside {outside}: {contrast(edge, outside):.2f}:1"]
    return []
