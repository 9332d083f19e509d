"""One stand, one board: the whole event's board beside today's, on the attract and result
screens, in both languages; the operator sets the event's first day and sees its figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kiosk_driver import PIN, Kiosk, MakeKiosk
from off_ui_thread import settle

from ipquiz.config import resolve_locations
from ipquiz.domain.kiosk import EVENT, TODAY, KioskSettings
from ipquiz.domain.language import ZH
from ipquiz.domain.quiz import Phase
from ipquiz.services.app import open_services

FIRST_DAY = dt.date(2026, 4, 25)  # the kiosk's manual clock starts on 26 April


def yesterday_at_another_station(data_dir: Path, bank: Path) -> None:
    """A visitor at another kiosk of the stand put a name on the board the day before."""
    services = open_services(
        resolve_locations(data_dir=str(data_dir)),
        bank=bank,
        station="hall-b",
        clock=lambda: dt.datetime(2026, 4, 25, 15, 0),
    )
    kiosk = services.kiosk()
    active = kiosk.start_round(lang="en")
    while active.quiz.phase is not Phase.FINISHED:
        kiosk.quiz.answer(active, active.quiz.current.question.correct, elapsed_ms=800)
        active.quiz.next()
    kiosk.quiz.finish(active)
    kiosk.join_board(active.attempt_id, "Yesterday Yak")
    services.close()


def board_names(kiosk: Kiosk) -> list[str]:
    return [name.text() for _, name, _ in kiosk.window.attract.rows if name.isVisible()]


def test_the_attract_and_result_boards_offer_today_and_the_whole_event(
    make_kiosk: MakeKiosk, data_dir: Path, small_bank: Path
) -> None:
    kiosk = make_kiosk(settings=KioskSettings(event_start=FIRST_DAY))
    yesterday_at_another_station(data_dir, small_bank)
    window, attract = kiosk.window, kiosk.window.attract
    window.go_attract()
    settle(kiosk.qtbot)
    scope = attract.board_scope
    assert scope.isVisible()
    assert scope.buttons[TODAY].text() == "✔ Today"  # the choice is marked, not only coloured
    assert attract.board_heading.text() == "Today's top 10"
    assert board_names(kiosk) == []
    assert attract.board_empty.isVisible()

    kiosk.tap(scope.buttons[EVENT])
    assert scope.buttons[EVENT].text() == "✔ Whole event"
    assert attract.board_heading.text() == "Top 10 since 25 Apr"
    assert board_names(kiosk) == ["Yesterday Yak"]
    kiosk.tap(attract.language_buttons[ZH])
    assert attract.board_heading.text() == "4月25日以来前十名"
    assert scope.buttons[TODAY].text() == "今天"
    assert scope.buttons[EVENT].text() == "✔ 整个活动"
    assert all(b.height() >= kiosk.window.attract.scale.target for b in scope.buttons.values())

    kiosk.play([True] * 5)
    result = window.result
    assert result.rank.text().splitlines() == [
        "今日排名：第 1 名（共 1 轮）",
        "4月25日以来排名：第 1 名（共 2 轮）",
    ]
    assert not result.board_scope.isVisible()  # the boards come with a name on them
    kiosk.tap(result.suggestions[0])
    assert result.board_scope.isVisible()
    assert [
        line.split(". ")[1].rsplit("  ", 1)[0] for line in result.board.text().splitlines()
    ] == [result.joined]
    kiosk.tap(result.board_scope.buttons[EVENT])
    names = [line.split(". ")[1].rsplit("  ", 1)[0] for line in result.board.text().splitlines()]
    assert sorted(names) == sorted([result.joined, "Yesterday Yak"])
    kiosk.tap(result.done_button)
    assert attract.board_scope.scope() == TODAY  # the next visitor starts on today's board


def test_without_an_event_only_todays_board_is_offered(kiosk: Kiosk) -> None:
    assert not kiosk.window.attract.board_scope.isVisible()
    kiosk.play([True] * 5)
    assert kiosk.window.result.rank.text() == "Rank today: 1 of 1"
    kiosk.tap(kiosk.window.result.suggestions[0])
    assert not kiosk.window.result.board_scope.isVisible()


def test_the_operator_sets_the_events_first_day_and_sees_its_figures(
    make_kiosk: MakeKiosk, data_dir: Path, small_bank: Path
) -> None:
    kiosk = make_kiosk()
    yesterday_at_another_station(data_dir, small_bank)
    window = kiosk.window
    window.open_pin_pad()
    kiosk.enter_pin(PIN)
    admin, form = window.admin, window.admin.form
    assert not admin.event_heading.isVisible()
    assert not form.event_start.isVisible()
    kiosk.tap(form.event_board.group.buttons()[1])  # also the whole event
    assert form.event_start.isVisible()
    assert form.event_start.text.text() == "2026-04-26"  # today, to begin with
    kiosk.tap(form.event_start.minus)
    kiosk.tap(admin.save_button)
    assert kiosk.service.settings().event_start == FIRST_DAY
    kiosk.tap(admin.back_button)
    assert window.attract.board_scope.isVisible()

    kiosk.play([True, True, False, True, True])
    kiosk.tap(window.result.done_button)
    window.open_pin_pad()
    kiosk.enter_pin(PIN)
    assert admin.figure_values["rounds"][0].text() == "1"  # today: this station's round
    assert admin.event_heading.isVisible()
    assert admin.event_heading.text() == "The whole event since 25 Apr, the whole stand"
    lines = admin.event_figures.text().splitlines()
    assert lines[0].startswith("2 visitors, 2 rounds, 2 finished, mean score ")
    assert lines[1] == "By station:"
    assert lines[2].startswith("hall-b: 1 visitors, 1 rounds, 1 finished")
    assert lines[3].startswith("test: 1 visitors, 1 rounds, 1 finished")
