"""After a crash or power cut the kiosk starts straight back into the attract screen."""

from __future__ import annotations

import pytest
from kiosk_driver import Kiosk, MakeKiosk
from off_ui_thread import settle

from ipquiz.cli import parse_args


def test_a_cut_round_is_closed_and_the_kiosk_starts_clean(make_kiosk: MakeKiosk) -> None:
    first = make_kiosk()
    first.start()
    first.answer(right=True)
    # The power goes: no idle reset, no abandon, the database simply stops.
    first.window.clock.stop()
    assert first.window.services is not None
    first.window.services.close()
    first.window.services = None
    assert first.sql("SELECT status FROM attempts") == [("active",)]

    again = make_kiosk(pin=None)  # the PIN was set before the cut
    assert again.screen is again.window.attract
    assert again.window.attract.start_button.isEnabled()
    assert again.sql("SELECT status FROM attempts") == [("abandoned",)]
    assert again.sql("SELECT count(*) FROM responses") == [(1,)]  # the answer survived


def test_kiosk_is_a_window_option() -> None:
    args = parse_args(["--kiosk", "--data-dir", "/tmp/x"])
    assert args.kiosk
    assert args.command is None
    assert not parse_args([]).kiosk


def test_a_database_that_is_not_there_yet_is_tried_again(
    make_kiosk: MakeKiosk, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    real = window._open_services
    tries: list[int] = []

    def flaky() -> object:
        tries.append(1)
        if len(tries) == 1:
            raise OSError("connection refused")
        return real()

    assert window.services is not None
    window.services.close()
    window.kiosk = window.services = None
    window._open_services = flaky  # type: ignore[assignment]
    window.attract.set_ready(False)
    with caplog.at_level("ERROR"):
        window._open()
        settle(kiosk.qtbot)
    assert tries == [1]
    assert kiosk.screen is window.broken
    assert "connection refused" in window.broken.lines["en"][2].text()
    assert "out of order" in caplog.text
    kiosk.advance(5)
    kiosk.qtbot.waitUntil(lambda: window.kiosk is not None, timeout=10_000)
    settle(kiosk.qtbot)
    assert kiosk.screen is window.attract
    assert window.attract.start_button.isEnabled()


def test_a_failing_answer_puts_the_stand_out_of_order_until_it_works(
    kiosk: Kiosk, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk.start()
    quiz = kiosk.window.round.service
    assert quiz is not None

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    quiz.answer = broken  # type: ignore[method-assign]
    with caplog.at_level("ERROR"):
        kiosk.tap(kiosk.window.round.buttons[0])
        if kiosk.window.round.confirm_button.isVisible():  # a multiple-answer question
            kiosk.tap(kiosk.window.round.confirm_button)
    assert kiosk.screen is kiosk.window.broken
    assert "disk full" in caplog.text
    assert kiosk.window.broken.lines["en"][2].text() == "Something went wrong: disk full"
    kiosk.advance(5)  # the database itself is fine: the next try brings the stand back
    settle(kiosk.qtbot)
    assert kiosk.screen is kiosk.window.attract
    assert kiosk.sql("SELECT status FROM attempts") == [("abandoned",)]
