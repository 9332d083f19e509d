"""The kiosk when its database fails: out of order until it is back, answers kept while
the server reconnects, nothing recorded twice."""

from __future__ import annotations

import time

from faults import Flaky, ReadOnly
from kiosk_driver import Kiosk
from off_ui_thread import OffUiThread, settle, unguarded
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ipquiz.domain.quiz import Phase


def broken_text(kiosk: Kiosk) -> str:
    return "\n".join(w.text() for lines in kiosk.window.broken.lines.values() for w in lines)


def test_a_read_only_database_puts_the_stand_out_of_order_until_it_is_back(
    kiosk: Kiosk,
) -> None:
    window = kiosk.window
    assert window.services is not None
    read_only = ReadOnly(window.services)
    read_only.set(True)
    kiosk.tap(window.attract.start_button)
    assert kiosk.screen is window.broken
    text = broken_text(kiosk)
    assert "Out of order" in text
    assert "暂停服务" in text
    assert "The data folder is read-only" in text
    assert "数据文件夹是只读的" in text
    assert "Traceback" not in text
    # No way out for a visitor: no button, and Esc does nothing.
    assert not [b for b in window.broken.findChildren(QPushButton) if b.isVisible()]
    kiosk.qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert kiosk.screen is window.broken
    assert "Next try in 5 s" in window.broken.countdown.text()

    kiosk.advance(5)  # tries again by itself: still read-only
    settle(kiosk.qtbot)
    assert kiosk.screen is window.broken
    assert "Next try in 10 s" in window.broken.countdown.text()
    kiosk.advance(60)  # the idle reset does not take it back to the start either
    settle(kiosk.qtbot)
    assert kiosk.screen is window.broken

    read_only.set(False)
    kiosk.advance(30)
    settle(kiosk.qtbot)
    assert kiosk.screen is window.attract
    kiosk.play([True] * 5)
    assert kiosk.sql("SELECT count(*) FROM responses") == [(5,)]


def test_the_pin_pad_cancel_does_not_leave_the_out_of_order_screen(kiosk: Kiosk) -> None:
    window = kiosk.window
    assert window.services is not None
    ReadOnly(window.services).set(True)
    kiosk.tap(window.attract.start_button)
    assert kiosk.screen is window.broken
    window.open_pin_pad()
    assert kiosk.screen is window.pin_pad
    kiosk.tap(window.pin_pad.cancel_button)
    assert kiosk.screen is window.broken


def answer_while_the_server_is_gone(kiosk: Kiosk, *, fails: int, retry_ms: int) -> Flaky:
    """Start a round and answer its first question while the answer's commit fails
    `fails` times with a lost connection; returns once the kiosk is reconnecting."""
    window = kiosk.window
    window.calls.retry_delays_ms = (retry_ms,)
    kiosk.start()
    service = window.round.service
    assert service is not None
    flaky = Flaky(unguarded(service), "answer", times=fails)
    window.round.service = OffUiThread(flaky)  # type: ignore[assignment]
    kiosk.qtbot.mouseClick(window.round.buttons[0], Qt.MouseButton.LeftButton)
    if window.round.confirm_button.isVisible():  # a multiple-answer question
        kiosk.qtbot.mouseClick(window.round.confirm_button, Qt.MouseButton.LeftButton)
    kiosk.qtbot.waitUntil(lambda: window.calls.reconnecting)
    return flaky


def test_an_answer_waits_on_screen_while_the_server_reconnects(kiosk: Kiosk) -> None:
    window = kiosk.window
    flaky = answer_while_the_server_is_gone(kiosk, fails=3, retry_ms=50)
    active = window.active
    assert active is not None
    button = window.round.buttons[0]
    assert window.busy.showing_card
    assert window.busy.heading.text() == "Reconnecting…"
    assert button.isChecked()  # the visitor's answer stays on screen…
    assert not window.round.feedback.isVisible()  # …unacknowledged
    assert kiosk.sql("SELECT count(*) FROM responses") == [(0,)]
    kiosk.qtbot.waitUntil(lambda: window.calls.idle, timeout=10_000)
    assert flaky.calls == 4
    assert window.round.feedback.isVisible()
    assert active.quiz.phase is Phase.FEEDBACK
    assert not window.busy.isVisible()
    assert kiosk.sql("SELECT count(*) FROM responses") == [(1,)]


class SlowSettings:
    """The kiosk service behind a slow server: writing the settings takes 0.5 s."""

    def __init__(self, real: object) -> None:
        self.real = real

    def save_settings(self, *args: object) -> object:
        time.sleep(0.5)
        return self.real.save_settings(*args)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)


def test_shutdown_waits_for_the_out_of_order_retry_and_nothing_answers_after(
    kiosk: Kiosk,
) -> None:
    window = kiosk.window
    assert window.services is not None
    assert window.kiosk is not None
    read_only = ReadOnly(window.services)
    read_only.set(True)
    kiosk.tap(window.attract.start_button)
    assert kiosk.screen is window.broken
    read_only.set(False)
    window.kiosk = OffUiThread(SlowSettings(unguarded(window.kiosk)))  # type: ignore[assignment]
    kiosk.clock.after_tick = None  # the next try is left running
    kiosk.clock.advance(5_000)
    assert not window.calls.idle  # the out-of-order screen's next try is on its way

    window.shutdown()
    assert window.calls.idle  # waited for; no call outlives the window
    assert kiosk.clock.pending() == set()  # no further try is scheduled
    kiosk.qtbot.wait(200)
    assert kiosk.screen is window.broken  # the finished try reported to nobody


def test_shutdown_ends_an_answer_waiting_to_reconnect(kiosk: Kiosk) -> None:
    window = kiosk.window
    flaky = answer_while_the_server_is_gone(kiosk, fails=1_000, retry_ms=100)

    window.shutdown()
    assert window.calls.idle
    assert not window.calls.reconnecting
    tries = flaky.calls
    kiosk.qtbot.wait(300)
    assert flaky.calls == tries  # not tried again after the window went
