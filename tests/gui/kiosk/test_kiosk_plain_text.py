"""Names from a file or a person are plain text on every kiosk screen (see
tests/gui/test_plain_text.py for the home screens)."""

from __future__ import annotations

from pathlib import Path

from kiosk_driver import MakeKiosk
from markup_names import NICK, labels_showing, marked_bank, rich_labels

__all__ = ["marked_bank"]  # the fixture, shared with the home screens' test


def test_kiosk_screens_show_names_as_plain_text(make_kiosk: MakeKiosk, marked_bank: Path) -> None:
    kiosk = make_kiosk(bank=marked_bank)
    kiosk.play([True, False, True, True, False])
    kiosk.tap(kiosk.window.result.suggestions[0])  # on the board under a generated name
    kiosk.sql(f"UPDATE kiosk_rounds SET nickname = '{NICK}' WHERE on_board = 1")
    kiosk.tap(kiosk.window.result.done_button)
    window = kiosk.window
    window.go_attract()
    assert labels_showing(window, "Mallory") > 0  # the board shows the nickname
    assert rich_labels(window, "<img", "<a ") == []
    kiosk.window.open_pin_pad()
    kiosk.enter_pin("2468")
    assert kiosk.screen is window.admin
    assert rich_labels(window, "<img", "<a ") == []
