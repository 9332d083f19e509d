"""Screen changes leave no timer running, no widget alive and no connection behind."""

from __future__ import annotations

from kiosk_driver import Kiosk
from PySide6.QtCore import SIGNAL, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from ipquiz.gui.kiosk.window import KioskWindow

#: What each screen may have scheduled on the kiosk clock while it is shown.
ALLOWED = {
    "attractScreen": {"fact", "board"},
    "roundScreen": {"question", "feedback"},
    "resultScreen": set(),
    "pinPad": {"pin_lock"},
    "adminPanel": set(),
}


def assert_clean(kiosk: Kiosk) -> None:
    """Only the current screen's deadlines; no QTimer anywhere but the idle heartbeat."""
    name = kiosk.screen.objectName()
    assert kiosk.clock.pending() <= ALLOWED[name], (name, kiosk.clock.pending())
    running = [t for t in kiosk.window.findChildren(QTimer) if t.isActive()]
    assert running == [], [t.objectName() or t for t in running]
    assert not kiosk.clock.heartbeat.isActive()  # the manual clock never starts it


def visitor_cycle(kiosk: Kiosk) -> None:
    """Attract -> round -> result -> nickname -> done; then a round abandoned by idling."""
    window = kiosk.window
    kiosk.start()
    assert_clean(kiosk)
    for right in (True, False, True, False, True):
        kiosk.answer(right)
        assert_clean(kiosk)
        kiosk.tap(window.round.next_button)
    assert_clean(kiosk)
    kiosk.tap(window.result.type_button)
    kiosk.tap(window.result.keyboard.keys["K"])
    kiosk.tap(window.result.names_button)
    kiosk.tap(window.result.suggestions[1])
    kiosk.tap(window.result.done_button)
    assert_clean(kiosk)
    kiosk.start()
    kiosk.advance(60)
    assert kiosk.screen is window.attract
    assert_clean(kiosk)
    window.open_pin_pad()
    assert_clean(kiosk)
    kiosk.tap(window.pin_pad.cancel_button)
    assert_clean(kiosk)


def receivers(window: KioskWindow) -> dict[str, int]:
    counts = {
        "clock.ticked": window.clock.receivers(SIGNAL("ticked()")),
        "round.finished": window.round.receivers(SIGNAL("finished()")),
        "result.done": window.result.receivers(SIGNAL("done()")),
    }
    for screen in window.screens:
        for n, button in enumerate(screen.findChildren(QPushButton)):
            counts[f"{screen.objectName()}.{n}"] = button.receivers(SIGNAL("clicked(bool)"))
    return counts


def test_no_timer_widget_or_connection_outlives_its_screen(kiosk: Kiosk) -> None:
    visitor_cycle(kiosk)  # the first cycle may create what is reused afterwards
    kiosk.flush_deletes()
    widgets = len(QApplication.allWidgets())
    children = len(kiosk.window.findChildren(QTimer)), len(kiosk.window.findChildren(object))
    connections = receivers(kiosk.window)
    for _ in range(4):
        visitor_cycle(kiosk)
    kiosk.flush_deletes()
    assert len(QApplication.allWidgets()) == widgets
    assert (len(kiosk.window.findChildren(QTimer)), len(kiosk.window.findChildren(object))) == (
        children
    )
    assert receivers(kiosk.window) == connections


def test_the_missed_answers_of_a_visitor_are_deleted(kiosk: Kiosk) -> None:
    kiosk.play([False] * 5)
    items = list(kiosk.window.result._missed)
    assert len(items) == 5
    kiosk.tap(kiosk.window.result.done_button)
    kiosk.flush_deletes()
    alive = {id(w) for w in QApplication.allWidgets()}
    assert not any(id(item) in alive for item in items)


def test_closing_stops_the_clock_and_unhooks_the_input_guard(kiosk: Kiosk) -> None:
    window = kiosk.window
    kiosk.start()
    window.may_close = True
    window.close()
    assert kiosk.clock.pending() == set()
    assert not kiosk.clock.heartbeat.isActive()
    # The guard no longer sees input: a key press after closing changes nothing.
    before = window.guard.last_input_ms
    kiosk.advance(5)
    kiosk.qtbot.keyClick(window.round, "a")
    assert window.guard.last_input_ms == before
