"""Profiles on the start screen, through the real window: pick, make, open with a PIN,
edit, delete (saying how much), play, and review the misses the next day in one tap."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from off_ui_thread import settle
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from taps import click

from ipquiz.config import resolve_locations
from ipquiz.domain.persons import PersonData
from ipquiz.domain.quiz import Phase
from ipquiz.domain.spec import Mode, QuizSpec
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.screens.profile_dialogs import PinDialog, ProfileDialog, ProfileForm
from ipquiz.services import pin_hash
from ipquiz.services.app import open_services


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pin_hash, "SCRYPT_N", 2**10)


def rows_of(data_dir: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / "ipquiz.db") as conn:
        return conn.execute(sql, params).fetchall()


def chip(window: MainWindow, name: str) -> object:
    (found,) = [c for c in window.start.picker.group.buttons() if c.text().endswith(name)]
    return found


def prepare(data_dir: Path, small_bank: Path, *, when: dt.datetime) -> dict[str, int]:
    """Profiles made beforehand; Mei missed three questions `when`."""
    services = open_services(
        resolve_locations(data_dir=str(data_dir)), bank=small_bank, clock=lambda: when
    )
    try:
        mei = services.persons.create("Mei", colour="teal")
        kid = services.persons.create("Kid", colour="orange", pin="2468")
        active = services.quiz.start(spec=QuizSpec(count=5, seed=3), lang="en", person_id=mei.id)
        while active.quiz.phase is not Phase.FINISHED:
            q = active.quiz.current.question
            wrong = frozenset({min(set(range(q.choice_count)) - q.correct)})
            services.quiz.answer(
                active, q.correct if active.quiz.position < 2 else wrong, elapsed_ms=900
            )
            active.quiz.next()
        services.quiz.finish(active)
        return {"Mei": mei.id, "Kid": kid.id}
    finally:
        services.close()


def test_the_last_profile_is_chosen_and_plays(
    qtbot: QtBot, open_window: Callable[..., MainWindow], data_dir: Path, small_bank: Path
) -> None:
    ids = prepare(data_dir, small_bank, when=dt.datetime.now() - dt.timedelta(days=1))
    window = open_window()
    settle(qtbot)
    picker = window.start.picker
    assert [c.text() for c in picker.group.buttons()][1:] == ["Kid", "✓ Mei"]
    assert picker.selected_id() == ids["Mei"]
    assert picker.due.text() == "3 questions to review today"
    assert picker.review.isVisible()
    assert not picker.name.isVisible()  # a profile plays under its own name
    click(qtbot, window.start.length.group.buttons()[0])
    click(qtbot, window.start.start_button)
    assert window.active is not None
    assert window.active.person_id == ids["Mei"]
    assert window.active.player == "Mei"


def test_review_the_misses_the_next_day_in_one_tap(
    qtbot: QtBot, open_window: Callable[..., MainWindow], data_dir: Path, small_bank: Path
) -> None:
    ids = prepare(data_dir, small_bank, when=dt.datetime.now() - dt.timedelta(days=1))
    window = open_window(lang="zh-CN")
    settle(qtbot)
    picker = window.start.picker
    assert picker.due.text() == "今天有 3 道题要复习"
    click(qtbot, picker.review)
    active = window.active
    assert active is not None
    assert active.quiz.spec.mode is Mode.REVIEW
    assert active.quiz.total == 3
    screen = window.question
    assert screen.progress_label.text() == "复习 · 第 1 题 / 共 3 题"
    for n in range(3):
        qtbot.keyClick(screen, Qt.Key.Key_A if n else Qt.Key.Key_B)
        qtbot.keyClick(screen, Qt.Key.Key_Return)
        assert screen.feedback.isVisible()  # the explanation and source, as in practice
        assert screen.source.text()
        assert screen.explanation.text()
        qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.result
    click(qtbot, window.result.restart_button)
    settle(qtbot)
    # right or wrong, every card reviewed today is due again tomorrow or later
    assert picker.due.text() == "今天没有要复习的题目 ✓"
    assert not picker.review.isVisible()
    rows = rows_of(
        data_dir,
        "SELECT mode, COUNT(*) FROM attempts WHERE person_id = ? GROUP BY mode",
        ids["Mei"],
    )
    assert rows == [("practice", 1), ("review", 1)]


def test_a_pin_opens_a_profile(
    qtbot: QtBot, open_window: Callable[..., MainWindow], data_dir: Path, small_bank: Path
) -> None:
    ids = prepare(data_dir, small_bank, when=dt.datetime.now())
    window = open_window()
    settle(qtbot)
    picker, flow = window.start.picker, window.profiles
    assert flow is not None
    click(qtbot, chip(window, "Kid"))
    assert picker.due.text() == "Protected by a PIN: it is asked when you start"
    assert not picker.review.isVisible()
    dialog = flow.dialog
    assert isinstance(dialog, PinDialog)
    for digit in "1111":
        qtbot.keyClick(dialog.pad, digit)
    settle(qtbot)
    assert dialog.message.text() == "Wrong PIN. 4 tries left."
    assert dialog.pad.digits == ""
    for key in ("2", "4", "7", Qt.Key.Key_Backspace, "6", "8"):
        qtbot.keyClick(dialog.pad, key)
    settle(qtbot)
    assert picker.selected_id() == ids["Kid"]
    assert ids["Kid"] in flow.unlocked
    assert picker.due.text() == "Nothing to review today ✓"
    # a guest needs nothing; back to Kid: opened once, asked no more
    click(qtbot, picker.guest)
    click(qtbot, chip(window, "Kid"))
    assert flow.dialog is dialog
    assert picker.selected_id() == ids["Kid"]


def test_cancelling_the_pin_keeps_the_choice_before(
    qtbot: QtBot, open_window: Callable[..., MainWindow], data_dir: Path, small_bank: Path
) -> None:
    ids = prepare(data_dir, small_bank, when=dt.datetime.now())
    window = open_window()
    settle(qtbot)
    click(qtbot, chip(window, "Kid"))
    assert window.profiles is not None
    dialog = window.profiles.dialog
    assert isinstance(dialog, PinDialog)
    dialog.reject()
    assert window.start.picker.selected_id() == ids["Mei"]


def test_make_edit_and_delete_a_profile(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    data_dir: Path,
    small_bank: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window()
    flow, picker = window.profiles, window.start.picker
    assert flow is not None
    flow.create(ProfileForm("Hong", "red"))
    settle(qtbot)
    hong = picker.selected()
    assert hong is not None
    assert (hong.name, hong.colour, hong.has_pin) == ("Hong", "red", False)
    assert picker.due.text() == "Nothing to review today ✓"
    assert not picker.review.isVisible()
    # a second "hong" is refused, and the dialog comes back
    shown: list[str] = []
    monkeypatch.setattr("ipquiz.gui.profile_flow.warn", lambda _w, _t, text: shown.append(text))
    asked_again: list[tuple[str, str]] = []

    def cancel(self: ProfileDialog) -> int:
        asked_again.append((self.form().name, self.form().colour))
        return ProfileDialog.DialogCode.Rejected

    monkeypatch.setattr(ProfileDialog, "exec", cancel)
    flow.create(ProfileForm("hong ", "teal"))
    settle(qtbot)
    assert shown == ["There is already a profile of that name."]
    assert asked_again == [("hong", "teal")]  # what was typed, to correct

    def rename(self: ProfileDialog) -> int:
        assert self.name.text() == "Hong"
        self.name.setText("Hong Li")
        self.colours.button(1).click()
        return ProfileDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfileDialog, "exec", rename)
    click(qtbot, picker.edit)
    settle(qtbot)
    assert picker.selected() is not None
    assert (picker.selected().name, picker.selected().colour) == ("Hong Li", "orange")  # type: ignore[union-attr]
    assert chip(window, "Hong Li") is not None

    # play once (three answers, all missed), then delete: the question says how much
    click(qtbot, window.start.length.group.buttons()[0])
    click(qtbot, window.start.start_button)
    assert window.active is not None
    while window.active.quiz.phase is not Phase.FINISHED:
        qtbot.keyClick(window.question, Qt.Key.Key_A)
        qtbot.keyClick(window.question, Qt.Key.Key_Return)
        qtbot.keyClick(window.question, Qt.Key.Key_Return)
    click(qtbot, window.result.restart_button)
    asked: list[tuple[str, PersonData]] = []

    def confirm(name: str, data: PersonData) -> bool:
        asked.append((name, data))
        return True

    monkeypatch.setattr(flow, "confirm_delete", confirm)

    def delete(self: ProfileDialog) -> int:
        self.action = "delete"
        return ProfileDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfileDialog, "exec", delete)
    click(qtbot, picker.edit)
    settle(qtbot)
    (name, data) = asked[0]
    assert name == "Hong Li"
    assert (data.attempts, data.answers) == (1, 5)
    assert picker.selected_id() is None  # the guest
    assert [c.text() for c in picker.group.buttons()] == ["✓ Guest"]
    assert rows_of(data_dir, "SELECT COUNT(*) FROM attempts") == [(0,)]
    assert rows_of(data_dir, "SELECT COUNT(*) FROM persons") == [(0,)]


def test_arrow_keys_move_along_the_chips(
    qtbot: QtBot, open_window: Callable[..., MainWindow], data_dir: Path, small_bank: Path
) -> None:
    ids = prepare(data_dir, small_bank, when=dt.datetime.now())
    window = open_window()
    settle(qtbot)
    picker = window.start.picker
    qtbot.keyClick(picker, Qt.Key.Key_Right)  # Mei -> Guest
    assert picker.selected_id() is None
    assert picker.name.isVisible()
    qtbot.keyClick(picker, Qt.Key.Key_Right)  # Guest -> Kid (wraps round): asks the PIN
    assert window.profiles is not None
    assert isinstance(window.profiles.dialog, PinDialog)
    assert ids


def test_a_guest_keeps_nothing_but_its_attempt(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    start = window.start
    assert start.picker.selected_id() is None
    start.name.setText("路人")
    click(qtbot, start.length.group.buttons()[0])
    click(qtbot, start.start_button)
    assert window.active is not None
    assert window.active.player == "路人"
    rows = rows_of(
        data_dir, "SELECT p.name, p.guest FROM attempts a JOIN persons p ON p.id = a.person_id"
    )
    assert rows == [("路人", 1)]
    assert rows_of(data_dir, "SELECT COUNT(*) FROM review_cards") == [(0,)]


def test_a_long_name_is_cut_on_its_chip(qtbot: QtBot, window: MainWindow) -> None:
    long = "Alexandra Konstantinopoulou-Smythe of the Northern Reading Circle"
    assert window.profiles is not None
    window.profiles.create(ProfileForm(long, "pink"))
    settle(qtbot)
    (button,) = [c for c in window.start.picker.group.buttons() if c.toolTip() == long]
    assert button.text().startswith("✓ Alexandra")
    assert button.text().endswith("…")
