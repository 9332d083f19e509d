"""Kiosk services: settings, the PIN and its lockout, rounds, the board and the figures."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from dbcheck import committed
from sqlalchemy import text

from ipquiz.assets import bank_dir
from ipquiz.bank.facts import facts_path, read_facts_file
from ipquiz.config import resolve_locations
from ipquiz.domain.kiosk import MAX_LOCK_SECONDS, KioskFact, KioskSettings
from ipquiz.domain.nicknames import NicknameVerdict
from ipquiz.domain.quiz import Phase
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.kiosk_service import KioskService
from ipquiz.services.pin_hash import hash_pin, pin_matches
from ipquiz.services.quiz_service import ActiveQuiz
from ipquiz.storage import kiosk_repo


class FakeNow:
    """A wall clock and a monotonic clock that move only when told to."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start
        self.seconds = 1000.0

    def __call__(self) -> dt.datetime:
        return self.now

    def monotonic(self) -> float:
        return self.seconds

    def advance(self, **delta: float) -> None:
        """Time passes: both clocks move."""
        step = dt.timedelta(**delta)
        self.now += step
        self.seconds += step.total_seconds()

    def set_wall_clock(self, **delta: float) -> None:
        """Someone changes the system clock: only the wall clock jumps."""
        self.now += dt.timedelta(**delta)


@pytest.fixture
def now() -> FakeNow:
    return FakeNow(dt.datetime(2026, 4, 26, 9, 0))


@pytest.fixture
def services(data_dir: Path, small_bank: Path, now: FakeNow) -> Iterator[AppServices]:
    s = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank, clock=now)
    yield s
    s.close()


@pytest.fixture
def kiosk(services: AppServices, now: FakeNow) -> KioskService:
    return KioskService(
        services.db, services.quiz, clock=now, station="test", monotonic=now.monotonic
    )


def play(kiosk: KioskService, *, right: int, lang: str = "en", visit: int | None = None) -> int:
    """A whole round answering the first `right` questions correctly, the rest wrongly."""
    active: ActiveQuiz = kiosk.start_round(lang=lang, visit=visit)
    quiz = active.quiz
    n = 0
    while quiz.phase is not Phase.FINISHED:
        q = quiz.current.question
        wrong = frozenset({next(i for i in range(q.choice_count) if i not in q.correct)})
        kiosk.quiz.answer(active, q.correct if n < right else wrong, elapsed_ms=1000)
        quiz.next()
        n += 1
    kiosk.quiz.finish(active)
    return active.attempt_id


def test_settings_have_defaults_survive_and_skip_bad_values(
    kiosk: KioskService, services: AppServices
) -> None:
    assert kiosk.settings() == KioskSettings()
    assert kiosk.settings().spec().count == 5
    changed = KioskSettings(round_length=3, question_seconds=15, languages=("en",), title="IP Week")
    kiosk.save_settings(changed)
    assert kiosk.settings() == changed
    with services.db.transaction() as session:  # as an older or a hand-edited station left it
        session.execute(text("UPDATE kiosk_settings SET value = 'lots' WHERE key = 'idle_seconds'"))
    assert kiosk.settings().idle_seconds == KioskSettings().idle_seconds
    assert kiosk.settings().title == "IP Week"
    with pytest.raises(ValueError, match="round length"):
        KioskSettings(round_length=99)


def test_pin_is_stored_as_a_salted_slow_hash(kiosk: KioskService, services: AppServices) -> None:
    assert not kiosk.has_pin()
    kiosk.set_pin("2468")
    assert kiosk.has_pin()
    ((stored,),) = committed(
        services.db.url, "SELECT value FROM kiosk_settings WHERE key = 'pin_hash'"
    )
    assert "2468" not in stored
    assert stored.startswith("scrypt$131072$8$1$")  # OWASP: N=2**17, r=8, p=1
    assert hash_pin("2468") != hash_pin("2468")  # salted
    assert pin_matches("2468", stored)
    assert not pin_matches("2469", stored)
    assert not pin_matches("2468", "garbage")
    with pytest.raises(ValueError, match="4 to 12 digits"):
        kiosk.set_pin("12a4")


def test_five_wrong_pins_lock_for_a_minute_then_doubling(kiosk: KioskService, now: FakeNow) -> None:
    kiosk.set_pin("2468")
    for left in (4, 3, 2, 1):
        check = kiosk.check_pin("0000")
        assert (check.ok, check.tries_left, check.locked_seconds) == (False, left, 0)
    assert kiosk.check_pin("0000").locked_seconds == 60
    assert kiosk.check_pin("2468").locked_seconds == 60  # even the right PIN waits
    now.advance(seconds=59)
    assert kiosk.pin.locked_for() == 1
    now.advance(seconds=1)
    assert kiosk.check_pin("1111").locked_seconds == 120  # doubling
    now.advance(seconds=120)
    assert kiosk.check_pin("1111").locked_seconds == 240
    now.advance(seconds=240)
    assert kiosk.check_pin("2468").ok
    assert kiosk.check_pin("0000").tries_left == 4  # a right PIN resets the count


def test_lockout_survives_a_restart(
    kiosk: KioskService, services: AppServices, now: FakeNow
) -> None:
    kiosk.set_pin("2468")
    for _ in range(5):
        kiosk.check_pin("0000")
    again = KioskService(services.db, services.quiz, clock=now, monotonic=now.monotonic)
    assert again.pin.locked_for() == 60


def test_setting_the_clock_back_never_lengthens_the_lock(
    kiosk: KioskService, services: AppServices, now: FakeNow
) -> None:
    kiosk.set_pin("2468")
    for _ in range(5):
        kiosk.check_pin("0000")
    now.set_wall_clock(days=-1)  # within the run: the monotonic clock times the lock
    assert kiosk.pin.locked_for() == 60
    now.advance(seconds=20)
    assert kiosk.pin.locked_for() == 40
    # After a restart the stored lock is read by the wall clock, which is now a day behind:
    # it is capped at the minute it was set for, never 86,400 s more.
    again = KioskService(services.db, services.quiz, clock=now, monotonic=now.monotonic)
    assert again.pin.locked_for() == 60
    now.advance(seconds=60)
    assert again.check_pin("2468").ok


def test_no_stored_lock_outlasts_the_documented_maximum(
    kiosk: KioskService, services: AppServices, now: FakeNow
) -> None:
    kiosk.set_pin("2468")
    for _ in range(12):  # past the doubling: the lock is at its hour
        now.advance(seconds=kiosk.pin.locked_for())
        kiosk.check_pin("0000")
    assert kiosk.pin.locked_for() == MAX_LOCK_SECONDS
    now.set_wall_clock(days=-365)
    again = KioskService(services.db, services.quiz, clock=now, monotonic=now.monotonic)
    assert again.pin.locked_for() == MAX_LOCK_SECONDS


def test_a_pin_hashed_with_older_parameters_still_verifies_and_is_upgraded(
    kiosk: KioskService, services: AppServices
) -> None:
    salt = bytes(range(16))
    old = hashlib.scrypt(b"13579", salt=salt, n=2**14, r=8, p=1, dklen=32)
    with services.db.transaction() as session:
        kiosk_repo.put_settings(
            session, {"pin_hash": f"scrypt${2**14}$8$1${salt.hex()}${old.hex()}"}
        )
    assert not kiosk.check_pin("97531").ok
    assert kiosk.check_pin("13579").ok
    with services.db.transaction() as session:
        stored = kiosk_repo.settings(session)["pin_hash"]
    assert stored.startswith(f"scrypt${2**17}$8$1$")
    assert pin_matches("13579", stored)


def test_a_stored_hash_asking_for_absurd_cost_is_refused_not_computed() -> None:
    assert not pin_matches("1234", f"scrypt${2**30}$8$1${'00' * 16}${'00' * 32}")


def test_board_ranks_named_rounds_of_today_only(kiosk: KioskService, now: FakeNow) -> None:
    low = play(kiosk, right=1)
    high = play(kiosk, right=5)
    mid = play(kiosk, right=3)
    assert kiosk.board() == []
    assert kiosk.join_board(high, "Brave Panda") is NicknameVerdict.OK
    assert kiosk.join_board(low, "  李雷  ") is NicknameVerdict.OK
    assert kiosk.join_board(mid, "sh1t") is NicknameVerdict.BLOCKED
    board = kiosk.board()
    assert [(e.rank, e.nickname) for e in board] == [(1, "Brave Panda"), (2, "李雷")]
    assert board[0].score > board[1].score
    assert kiosk.rank_today(mid) == (2, 3)
    assert kiosk.rank_today(high) == (1, 3)
    now.advance(days=1)  # midnight reset
    assert kiosk.board() == []
    assert kiosk.rank_today(play(kiosk, right=0))[1] == 1


def test_daily_reset_time_and_board_reset(kiosk: KioskService, now: FakeNow) -> None:
    kiosk.save_settings(KioskSettings(reset_time=dt.time(6, 0)))
    now.now = dt.datetime(2026, 4, 26, 23, 0)
    kiosk.join_board(play(kiosk, right=2), "Night Owl")
    now.now = dt.datetime(2026, 4, 27, 5, 59)
    assert [e.nickname for e in kiosk.board()] == ["Night Owl"]  # same board day
    now.now = dt.datetime(2026, 4, 27, 6, 0)
    assert kiosk.board() == []
    kiosk.join_board(play(kiosk, right=2), "Early Bird")
    assert kiosk.reset_board() == 1
    assert kiosk.board() == []


def test_nickname_becomes_the_player_name_in_exports(kiosk: KioskService, tmp_path: Path) -> None:
    kiosk.join_board(play(kiosk, right=2), "勇敢的熊猫 Brave Panda")
    path, rows = kiosk.export_results(tmp_path, lang="en")
    assert rows == 5
    assert path.parent == tmp_path
    assert path.name.startswith("ipquiz-results-test-20260426-")
    with path.open(encoding="utf-8-sig") as f:
        players = {row["player"] for row in csv.DictReader(f)}
    assert players == {"勇敢的熊猫 Brave Panda"}


def test_todays_figures(kiosk: KioskService, now: FakeNow) -> None:
    first = play(kiosk, right=5)
    play(kiosk, right=1, visit=first)  # the same visitor plays again
    play(kiosk, right=3)
    abandoned = kiosk.start_round(lang="zh-CN")
    kiosk.quiz.abandon(abandoned)
    figures = kiosk.figures(lang="en")
    assert (figures.visitors, figures.rounds, figures.finished) == (3, 4, 3)
    assert 0 < figures.mean_share < 1
    assert figures.mean_score > 0
    assert 1 <= len(figures.most_missed) <= 5
    top = figures.most_missed[0]
    assert top.missed >= 1
    assert top.asked >= top.missed
    assert top.prompt
    assert top.prompt != top.question_id
    misses = [m.missed for m in figures.most_missed]
    assert misses == sorted(misses, reverse=True)


def test_a_cut_kiosk_round_is_closed_as_abandoned(
    data_dir: Path, small_bank: Path, now: FakeNow
) -> None:
    s = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank, clock=now)
    kiosk = KioskService(s.db, s.quiz, clock=now)
    active = kiosk.start_round(lang="en")
    kiosk.quiz.answer(active, frozenset({0}), elapsed_ms=500)
    s.close()  # power cut
    again = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank, clock=now)
    KioskService(again.db, again.quiz, clock=now).recover()
    status = [tuple(r) for r in committed(again.db.url, "SELECT status FROM attempts")]
    again.close()
    assert status == [("abandoned",)]


def test_unknown_categories_fall_back_to_the_whole_bank(kiosk: KioskService) -> None:
    kiosk.save_settings(KioskSettings(categories=("no-such-topic",)))
    active = kiosk.start_round(lang="en")
    assert active.quiz.total == 5


def test_facts_are_the_banks_cited_facts_in_the_language(
    services: AppServices, small_bank: Path, now: FakeNow
) -> None:
    kiosk = services.kiosk(station="test")
    written = read_facts_file(facts_path(small_bank)).facts
    assert not read_facts_file(facts_path(small_bank)).problems
    in_force = [f for f in written if f.law != "aucl@2019"]  # replaced on 2025-10-15
    for lang in ("zh-CN", "en"):
        assert kiosk.facts(lang=lang) == [
            KioskFact(f.texts[lang], f.source[lang]) for f in in_force
        ]
    assert kiosk.facts(lang="zh-CN")[0] == KioskFact(
        "外观设计专利权的期限是十五年，从申请日起算。", "专利法（2020年修正）第四十二条"
    )
    now.now = dt.datetime(2025, 10, 14, 12, 0)  # the day before the 2019 text was replaced
    assert kiosk.facts(lang="zh-CN")[-1] == KioskFact(
        written[-1].texts["zh-CN"], "反不正当竞争法（2019年修正）第九条"
    )


def test_a_bank_without_facts_shows_none(services: AppServices, small_bank: Path) -> None:
    facts_path(small_bank).unlink()
    assert services.kiosk(station="test").facts(lang="en") == []


def test_the_shipped_facts_are_all_shown_while_their_laws_are_in_force(
    kiosk: KioskService,
) -> None:
    written = read_facts_file(facts_path(bank_dir())).facts
    assert len(written) >= 80
    for lang in ("zh-CN", "en"):
        shown = kiosk.facts(lang=lang)
        assert shown == [KioskFact(f.texts[lang], f.source[lang]) for f in written]


def test_shown_characters_are_those_of_the_questions_the_settings_draw(
    kiosk: KioskService,
) -> None:
    everything = kiosk.shown_characters()
    # prompts, choices and explanations, in both languages; generated nicknames too
    assert set("外观设计期限") | set("十五") | set("修正后") <= set(everything)
    assert set("Designs") | set("熊猫") <= set(everything)
    assert "世" in everything  # beta's prompt 世界知识产权日
    assert everything == "".join(sorted(set(everything)))
    assert not any(c.isspace() for c in everything)

    kiosk.save_settings(KioskSettings(categories=("alpha",)))
    alpha = kiosk.shown_characters()
    assert "外" in alpha
    assert "世" not in alpha
    assert set(alpha) < set(everything)

    kiosk.save_settings(KioskSettings(categories=("no-such-topic",)))
    assert kiosk.shown_characters() == everything  # as a round: the whole bank

    kiosk.save_settings(KioskSettings())
    assert len(kiosk.shown_characters(limit=1)) < len(everything)
