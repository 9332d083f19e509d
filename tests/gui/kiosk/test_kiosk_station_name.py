"""The operator names this station in the admin panel; new rounds carry the name, and the
next start uses it (unless --station or IPQUIZ_STATION says otherwise)."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk_driver import PIN, Kiosk, MakeKiosk

from ipquiz.config import resolve_locations
from ipquiz.domain.language import ZH
from ipquiz.local_settings import LOCAL_FILE
from ipquiz.services.station_lease import default_station


def open_admin(kiosk: Kiosk) -> None:
    kiosk.window.open_pin_pad()
    kiosk.enter_pin(PIN)
    assert kiosk.screen is kiosk.window.admin


def test_the_operator_renames_this_station_on_the_touch_screen(
    make_kiosk: MakeKiosk, data_dir: Path
) -> None:
    kiosk = make_kiosk(station=None)
    kiosk.play([True] * 5)
    kiosk.tap(kiosk.window.result.done_button)
    open_admin(kiosk)
    admin = kiosk.window.admin
    assert admin.station_edit.text() == default_station()
    assert admin.station_edit.isEnabled()
    assert "kept on this machine" in admin.station_note.text()
    admin.station_edit.clear()
    kiosk.tap(admin.station_keyboard_button)
    for key in ("H", "A", "L", "L", "␣", "B"):
        kiosk.tap(admin.station_keyboard.keys[key])
    kiosk.tap(admin.rename_button)
    assert admin.status.text() == "This station is now called HALL B."
    assert admin.stations_heading.text() == "By station (this one: HALL B)"
    assert not admin.station_keyboard.isVisible()
    kiosk.tap(admin.back_button)

    kiosk.play([True] * 5)
    rounds = kiosk.sql("SELECT station FROM kiosk_rounds ORDER BY attempt_id")
    assert rounds == [(default_station(),), ("HALL B",)]  # the first round keeps its name
    stored = json.loads((data_dir / LOCAL_FILE).read_text(encoding="utf-8"))
    assert stored == {"station": "HALL B"}
    assert resolve_locations(data_dir=str(data_dir)).station == "HALL B"  # the next start


def test_a_name_that_is_not_one_is_refused_in_the_interface_language(
    make_kiosk: MakeKiosk,
) -> None:
    kiosk = make_kiosk(station=None, lang=ZH)
    open_admin(kiosk)
    admin = kiosk.window.admin
    admin.station_edit.setText("   ")
    kiosk.tap(admin.rename_button)
    assert admin.status.text() == "站名须为 1 到 60 个字母、数字或空格。"
    assert kiosk.service.station == default_station()


def test_a_name_given_when_the_kiosk_started_cannot_be_changed_here(kiosk: Kiosk) -> None:
    open_admin(kiosk)
    admin = kiosk.window.admin
    assert admin.station_edit.text() == "test"
    assert not admin.station_edit.isEnabled()
    assert not admin.rename_button.isEnabled()
    assert "IPQUIZ_STATION" in admin.station_note.text()
