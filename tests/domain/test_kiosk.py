"""Kiosk rules: settings round-trip, the board's day, the lockout, the one-line explanation."""

from __future__ import annotations

import datetime as dt

import pytest

from ipquiz.domain.kiosk import (
    KioskSettings,
    board_day,
    first_sentence,
    lock_seconds,
    valid_learn_url,
    valid_pin,
)
from ipquiz.domain.spec import Mode


def test_settings_round_trip_through_strings() -> None:
    s = KioskSettings(
        round_length=7,
        languages=("en",),
        categories=("patents", "copyright"),
        leaderboard=False,
        reset_time=dt.time(6, 30),
        countdown="bar",
        title="知识产权宣传周 IP Week",
    )
    assert KioskSettings.from_strings(s.to_strings()) == s
    assert KioskSettings.from_strings({"languages": "fr", "nonsense": "1"}) == KioskSettings()


def test_settings_make_a_kiosk_round() -> None:
    spec = KioskSettings(round_length=8, question_seconds=30, scoring="accuracy").spec()
    assert (spec.mode, spec.count, spec.question_seconds, spec.scoring) == (
        Mode.KIOSK,
        8,
        30,
        "accuracy",
    )


@pytest.mark.parametrize(
    ("now", "reset", "start"),
    [
        (dt.datetime(2026, 4, 26, 9, 0), dt.time(0, 0), dt.datetime(2026, 4, 26, 0, 0)),
        (dt.datetime(2026, 4, 26, 5, 0), dt.time(6, 0), dt.datetime(2026, 4, 25, 6, 0)),
        (dt.datetime(2026, 4, 26, 6, 0), dt.time(6, 0), dt.datetime(2026, 4, 26, 6, 0)),
    ],
)
def test_board_day(now: dt.datetime, reset: dt.time, start: dt.datetime) -> None:
    assert board_day(now, reset) == (start, start + dt.timedelta(days=1))


def test_lockout_policy() -> None:
    assert [lock_seconds(n) for n in range(4)] == [0, 0, 0, 0]
    assert [lock_seconds(n) for n in (5, 6, 7)] == [60, 120, 240]
    assert lock_seconds(40) == 3600


def test_pin_shape() -> None:
    assert valid_pin("2468")
    assert valid_pin("12345678")
    assert valid_pin("123456789012")  # up to 12 digits: longer is harder to guess offline
    assert not valid_pin("123")
    assert not valid_pin("1234567890123")
    assert not valid_pin("12a4")
    assert not valid_pin("１２３４")  # full-width digits are not typed on the pad


def test_first_sentence() -> None:
    assert first_sentence("Under Art. 62 they are one. More here.") == "Under Art. 62 they are one."
    assert first_sentence("第一句。第二句。") == "第一句。"
    assert first_sentence("i.e. the same thing. Yes.") == "i.e. the same thing."
    assert first_sentence("x" * 300).endswith("…")
    assert len(first_sentence("x" * 300)) == 240
    assert len(first_sentence("x" * 300, limit=100)) == 100


def test_the_events_first_day_is_stored_and_opens_the_event_board() -> None:
    settings = KioskSettings(event_start=dt.date(2026, 4, 20), reset_time=dt.time(6, 0))
    assert settings.to_strings()["event_start"] == "2026-04-20"
    assert KioskSettings.from_strings(settings.to_strings()) == settings
    assert KioskSettings.from_strings({"event_start": ""}).event_start is None
    assert KioskSettings.from_strings({"event_start": "20 April"}).event_start is None
    now = dt.datetime(2026, 4, 26, 9, 0)
    today = (dt.datetime(2026, 4, 26, 6, 0), dt.datetime(2026, 4, 27, 6, 0))
    assert settings.board_window(now, "today") == today
    assert settings.board_window(now, "event") == (dt.datetime(2026, 4, 20, 6, 0), today[1])
    assert KioskSettings().board_window(now, "event") == board_day(now, dt.time(0, 0))


@pytest.mark.parametrize(
    "url",
    ["https://ipquiz.example.org/learn", "http://192.168.1.20:8080/a?b=c", "https://例子.中国/学"],
)
def test_a_keep_learning_address_is_http_or_https(url: str) -> None:
    assert valid_learn_url(url)
    assert KioskSettings.from_strings({"learn_url": url}).learn_url == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.org/",
        "https://",
        "example.org",
        "https://exa mple.org/",
        "https://example.org/\n",
        "https://example.org/" + "a" * 400,
    ],
)
def test_other_addresses_are_refused_and_never_stored(url: str) -> None:
    assert not valid_learn_url(url)
    with pytest.raises(ValueError, match="keep-learning"):
        KioskSettings(learn_url=url)
    assert KioskSettings.from_strings({"learn_url": url}).learn_url == ""


def test_sounds_are_off_unless_the_operator_turns_them_on() -> None:
    assert KioskSettings().sounds is False
    on = KioskSettings(sounds=True)
    assert KioskSettings.from_strings(on.to_strings()) == on
