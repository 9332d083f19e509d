"""Idle visitors: "Still there?", a ten-second countdown, then back to the start."""

from __future__ import annotations

from kiosk_driver import Kiosk, MakeKiosk

from ipquiz.domain.kiosk import KioskSettings


def assert_nothing_of_the_visitor_left(kiosk: Kiosk) -> None:
    window = kiosk.window
    assert kiosk.screen is window.attract
    assert window.active is None
    assert window.visit is None
    round_screen, result = window.round, window.result
    assert round_screen.prompt.text() == ""
    assert round_screen.score.text() == ""
    assert not any(b.isVisibleTo(round_screen) for b in round_screen.buttons)
    assert all(b.label.text() == "" for b in round_screen.buttons)
    assert not round_screen.feedback.isVisibleTo(round_screen)
    assert result.score.text() == ""
    assert result.rank.text() == ""
    assert result.name_edit.text() == ""
    assert result._missed == []
    assert not window.overlay.isVisible()


def test_an_idle_round_asks_then_goes_back_to_the_start(kiosk: Kiosk) -> None:
    kiosk.start()
    kiosk.answer(right=True)
    overlay = kiosk.window.overlay
    kiosk.advance(44.9)
    assert not overlay.isVisible()
    kiosk.advance(0.1)
    assert overlay.isVisible()
    assert overlay.heading.text() == "Still there?"
    assert overlay.countdown.text() == "Going back to the start in 10 s"
    kiosk.advance(4)
    assert overlay.countdown.text() == "Going back to the start in 6 s"
    kiosk.advance(6)
    assert_nothing_of_the_visitor_left(kiosk)
    assert kiosk.sql("SELECT status FROM attempts") == [("abandoned",)]
    assert kiosk.window.lang == "en"


def test_still_here_keeps_the_round(kiosk: Kiosk) -> None:
    kiosk.start()
    kiosk.advance(15)
    kiosk.answer(right=True)
    kiosk.tap(kiosk.window.round.next_button)
    kiosk.advance(45)
    overlay = kiosk.window.overlay
    assert overlay.isVisible()
    kiosk.tap(overlay.button)
    assert not overlay.isVisible()
    assert kiosk.screen is kiosk.window.round
    assert "still_there" not in kiosk.clock.pending()
    kiosk.advance(30)
    assert kiosk.screen is kiosk.window.round
    assert kiosk.sql("SELECT status FROM attempts") == [("active",)]


def test_a_tap_anywhere_on_the_overlay_counts(kiosk: Kiosk) -> None:
    kiosk.start()
    kiosk.advance(45)
    kiosk.tap(kiosk.window.overlay)
    assert not kiosk.window.overlay.isVisible()


def test_every_touch_restarts_the_idle_time(kiosk: Kiosk) -> None:
    kiosk.start()
    for _ in range(3):
        kiosk.advance(15)
        kiosk.answer(right=False)
        kiosk.advance(1)
        kiosk.tap(kiosk.window.round.next_button)
    assert not kiosk.window.overlay.isVisible()
    assert kiosk.screen is kiosk.window.round


def test_an_idle_result_screen_forgets_the_typed_name(kiosk: Kiosk) -> None:
    kiosk.play([True] * 5)
    result = kiosk.window.result
    kiosk.tap(result.type_button)
    kiosk.tap(result.keyboard.keys["Q"])
    assert result.name_edit.text() == "Q"
    kiosk.advance(55)
    assert_nothing_of_the_visitor_left(kiosk)
    assert kiosk.sql("SELECT status FROM attempts") == [("finished",)]


def test_the_attract_screen_never_times_out(kiosk: Kiosk) -> None:
    kiosk.advance(600)
    assert kiosk.screen is kiosk.window.attract
    assert not kiosk.window.overlay.isVisible()


def test_the_idle_time_is_a_setting(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(settings=KioskSettings(idle_seconds=15))
    kiosk.start()
    kiosk.advance(15)
    assert kiosk.window.overlay.isVisible()


def test_a_visitor_who_walks_away_mid_round_is_reset(kiosk: Kiosk) -> None:
    """Questions time out and feedback moves on without input; the idle reset still comes."""
    kiosk.start()
    kiosk.advance(120)
    assert_nothing_of_the_visitor_left(kiosk)
    (status,) = kiosk.sql("SELECT status FROM attempts")[0]
    assert status == "abandoned"
