"""The kiosk's fields show the focus ring too (the operator types in the admin panel)."""

from __future__ import annotations

from focus_rings import ring_problems
from kiosk_driver import PIN, Kiosk
from PySide6.QtWidgets import QApplication


def test_the_admin_panels_title_field_has_a_ring_when_focused(kiosk: Kiosk) -> None:
    kiosk.window.open_pin_pad()
    kiosk.enter_pin(PIN)
    assert kiosk.screen is kiosk.window.admin
    field = kiosk.window.admin.form.title
    kiosk.tap(field)
    assert QApplication.focusWidget() is field
    assert ring_problems(kiosk.window) == []
