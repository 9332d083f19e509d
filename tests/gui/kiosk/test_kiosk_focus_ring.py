"""The kiosk's fields show the focus ring too (the operator types in the admin panel)."""

from __future__ import annotations

import contextlib

from focus_rings import ring_problems
from kiosk_driver import PIN, Kiosk
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as WaitTimeout


def test_the_admin_panels_title_field_has_a_ring_when_focused(kiosk: Kiosk) -> None:
    kiosk.window.open_pin_pad()
    kiosk.enter_pin(PIN)
    assert kiosk.screen is kiosk.window.admin
    field = kiosk.window.admin.form.title
    kiosk.tap(field)
    assert QApplication.focusWidget() is field
    # The ring follows the field once the tap's scroll into view has been painted: on a
    # busy machine that is a few frames later.
    with contextlib.suppress(WaitTimeout):  # the assertion below says what is wrong
        kiosk.qtbot.waitUntil(lambda: not ring_problems(kiosk.window), timeout=2000)
    assert ring_problems(kiosk.window) == []
