"""The PIN (first start, lockout) and the admin panel (figures, settings, export, board)."""

from __future__ import annotations

from pathlib import Path

import pytest
from confirm_answers import answer_when_asked
from kiosk_driver import PIN, Kiosk, MakeKiosk
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from special_files import KINDS, make_special

from ipquiz.domain.kiosk import KioskSettings
from ipquiz.gui.prompts import ConfirmDialog


def open_admin(kiosk: Kiosk) -> None:
    kiosk.window.open_pin_pad()
    kiosk.enter_pin(PIN)
    assert kiosk.screen is kiosk.window.admin


def test_the_first_start_asks_for_a_pin_twice(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(pin=None)
    pad = kiosk.window.pin_pad
    assert kiosk.screen is pad
    assert pad.title.text() == "Choose an operator PIN (4 to 12 digits)"
    assert not pad.cancel_button.isVisible()
    kiosk.advance(120)  # nobody is rushed while setting up: no idle reset here
    assert kiosk.screen is pad
    kiosk.enter_pin("12")
    assert pad.message.text() == "A PIN has 4 to 12 digits."
    kiosk.enter_pin("1357")
    assert pad.title.text() == "Type the new PIN again"
    assert pad.dots.text() == "–"
    kiosk.enter_pin("1358")
    assert pad.message.text() == "The two PINs differ. Please start again."
    kiosk.enter_pin("1357")
    kiosk.tap(pad.keys["⌫"])  # nothing typed: harmless
    kiosk.enter_pin("1357")
    assert kiosk.screen is kiosk.window.attract
    assert kiosk.service.check_pin("1357").ok


def test_digits_show_as_dots_and_backspace_removes_one(kiosk: Kiosk) -> None:
    kiosk.window.open_pin_pad()
    pad = kiosk.window.pin_pad
    for digit in "246":
        kiosk.tap(pad.keys[digit])
    assert pad.dots.text() == "● ● ●"
    kiosk.tap(pad.keys["⌫"])
    assert pad.dots.text() == "● ●"


def test_five_wrong_pins_lock_the_pad_for_a_minute_then_longer(kiosk: Kiosk) -> None:
    kiosk.window.open_pin_pad()
    pad = kiosk.window.pin_pad
    for left in (4, 3, 2, 1):
        kiosk.enter_pin("0000")
        assert pad.message.text() == f"Wrong PIN. Tries left before the pad locks: {left}"
    kiosk.enter_pin("0000")
    assert pad.message.text() == "Too many wrong PINs. Try again in 1:00."
    assert not pad.keys["1"].isEnabled()
    pad.digits = PIN
    pad.press("OK")  # a key that slipped through a locked pad does nothing
    assert kiosk.screen is pad
    kiosk.advance(30)
    assert pad.message.text() == "Too many wrong PINs. Try again in 0:30."
    kiosk.window.guard.touched()
    kiosk.advance(30)
    assert pad.keys["1"].isEnabled()
    assert pad.message.text() == "You can try again now."
    kiosk.enter_pin("1111")
    assert pad.message.text() == "Too many wrong PINs. Try again in 2:00."


def test_the_lock_holds_when_the_pad_is_opened_again(kiosk: Kiosk) -> None:
    kiosk.window.open_pin_pad()
    for _ in range(5):
        kiosk.enter_pin("0000")
    kiosk.tap(kiosk.window.pin_pad.cancel_button)
    assert kiosk.screen is kiosk.window.attract
    kiosk.window.open_pin_pad()
    assert not kiosk.window.pin_pad.keys["1"].isEnabled()


def test_the_right_pin_opens_the_admin_panel_with_todays_figures(kiosk: Kiosk) -> None:
    kiosk.play([True, False, True, True, True])
    kiosk.tap(kiosk.window.result.done_button)
    open_admin(kiosk)
    admin = kiosk.window.admin
    values = {key: value.text() for key, (value, _) in admin.figure_values.items()}
    assert values["visitors"] == "1"
    assert values["rounds"] == "1"
    assert values["finished"] == "1"
    assert values["mean"].endswith("%)")
    assert admin.missed.text().startswith("1. ")
    assert "(missed 1 of 1)" in admin.missed.text()
    station = kiosk.window.admin.kiosk.station  # type: ignore[union-attr]
    assert admin.stations_heading.text() == f"By station (this one: {station})"
    assert admin.stations.text().startswith(f"{station}: 1 visitors, 1 rounds, 1 finished, ")


def test_opening_the_admin_panel_mid_round_closes_the_round(kiosk: Kiosk) -> None:
    kiosk.start()
    open_admin(kiosk)
    assert kiosk.sql("SELECT status FROM attempts") == [("abandoned",)]
    assert kiosk.window.round.prompt.text() == ""


def test_settings_apply_without_a_restart_and_are_stored(kiosk: Kiosk) -> None:
    open_admin(kiosk)
    form = kiosk.window.admin.form
    for _ in range(2):
        kiosk.tap(form.round_length.minus)
    assert form.round_length.text.text() == "3"
    kiosk.tap(form.countdown.group.buttons()[1])  # bar
    form.title.setText("IP Week 2026")
    kiosk.tap(form.leaderboard.group.buttons()[1])  # no board
    kiosk.tap(kiosk.window.admin.save_button)
    assert kiosk.window.admin.status.text() == "Settings saved and applied."
    kiosk.tap(kiosk.window.admin.back_button)
    attract = kiosk.window.attract
    assert attract.title.text() == "IP Week 2026"
    assert attract.tagline.text().startswith("3 questions")
    assert not attract.board_card.isVisible()
    kiosk.start()
    assert kiosk.window.round.progress.text() == "Question 1 of 3"
    assert kiosk.window.round.bar.isVisible()
    stored = kiosk.service.settings()
    assert (stored.round_length, stored.countdown, stored.title, stored.leaderboard) == (
        3,
        "bar",
        "IP Week 2026",
        False,
    )


def test_the_title_can_be_typed_on_the_on_screen_keyboard(kiosk: Kiosk) -> None:
    open_admin(kiosk)
    form = kiosk.window.admin.form
    kiosk.tap(form.keyboard_button)
    for char in "EXPO":
        kiosk.tap(form.keyboard.keys[char])
    assert form.title.text() == "EXPO"


def test_languages_and_topics(kiosk: Kiosk) -> None:
    open_admin(kiosk)
    form = kiosk.window.admin.form
    assert set(form.topics) == {"alpha", "beta"}
    form.topics["beta"].setChecked(True)
    assert form.topics["beta"].text().startswith("✔ ")
    form.languages["zh-CN"].setChecked(False)
    kiosk.tap(kiosk.window.admin.save_button)
    stored = kiosk.service.settings()
    assert stored.categories == ("beta",)
    assert stored.languages == ("en",)
    form.languages["en"].setChecked(False)  # none: the old choice stays
    assert form.settings().languages == ("en",)


def test_export_writes_a_csv_to_the_chosen_folder(kiosk: Kiosk, tmp_path: Path) -> None:
    kiosk.play([True] * 5)
    kiosk.tap(kiosk.window.result.done_button)
    open_admin(kiosk)
    usb = tmp_path / "usb-stick"
    usb.mkdir()
    admin = kiosk.window.admin
    admin.ask_folder = lambda: usb  # type: ignore[method-assign]
    kiosk.tap(admin.export_button)
    (written,) = usb.glob("ipquiz-results-test-*.csv")
    assert len(written.read_text(encoding="utf-8-sig").splitlines()) == 6
    assert admin.status.text() == f"5 answers written to {written}"
    admin.ask_folder = lambda: tmp_path / "unplugged"  # type: ignore[method-assign]
    kiosk.tap(admin.export_button)
    assert admin.status.text().startswith("Export failed:")


def test_resetting_the_board_asks_first_in_large_verb_buttons(kiosk: Kiosk) -> None:
    kiosk.play([True] * 5)
    kiosk.tap(kiosk.window.result.suggestions[0])
    kiosk.tap(kiosk.window.result.done_button)
    open_admin(kiosk)
    admin = kiosk.window.admin
    seen = answer_when_asked(kiosk.qtbot, Qt.Key.Key_Escape)
    kiosk.tap(admin.reset_button)
    assert seen.buttons == {"secondary": "Keep it", "danger": "Reset the board"}
    assert seen.default == "secondary"
    assert min(seen.heights) >= admin.scale.target >= 80
    assert len(kiosk.service.board()) == 1  # Esc: kept
    answer_when_asked(kiosk.qtbot, "danger")
    kiosk.tap(admin.reset_button)
    assert admin.status.text() == "Board reset: 1 names removed."
    assert kiosk.service.board() == []


def test_a_question_left_open_closes_with_the_idle_panel(kiosk: Kiosk) -> None:
    kiosk.play([True] * 5)
    kiosk.tap(kiosk.window.result.suggestions[0])
    kiosk.tap(kiosk.window.result.done_button)
    open_admin(kiosk)
    answer_when_asked(kiosk.qtbot, lambda: kiosk.advance(60))
    kiosk.tap(kiosk.window.admin.reset_button)
    assert kiosk.screen is kiosk.window.attract
    assert not any(d.isVisible() for d in kiosk.window.findChildren(ConfirmDialog))
    assert len(kiosk.service.board()) == 1


def test_changing_the_pin(kiosk: Kiosk) -> None:
    open_admin(kiosk)
    kiosk.tap(kiosk.window.admin.pin_button)
    kiosk.enter_pin("97531")
    kiosk.enter_pin("97531")
    assert kiosk.screen is kiosk.window.admin
    assert kiosk.window.admin.status.text() == "The new PIN is set."
    assert kiosk.service.check_pin("97531").ok


def test_a_new_logo_is_copied_into_the_data_folder(kiosk: Kiosk, tmp_path: Path) -> None:
    source = tmp_path / "stick-logo.png"
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d4ed8"))
    image.save(str(source))
    open_admin(kiosk)
    form = kiosk.window.admin.form
    form.ask_logo_file = lambda: str(source)  # type: ignore[method-assign]
    kiosk.tap(form.logo_button)
    kiosk.tap(kiosk.window.admin.save_button)
    stored = Path(kiosk.service.settings().logo)
    assert stored == kiosk.data_dir / "kiosk-logo.png"
    source.unlink()  # the stick is unplugged
    kiosk.tap(kiosk.window.admin.back_button)
    pixmap = kiosk.window.attract.logo.pixmap()
    assert abs(pixmap.width() - 3 * pixmap.height()) <= 3


@pytest.mark.parametrize("kind", KINDS)
def test_a_logo_that_is_not_a_regular_file_is_refused_at_once(
    kind: str, kiosk: Kiosk, tmp_path: Path
) -> None:
    source = tmp_path / "logo.png"
    make_special(source, kind)
    open_admin(kiosk)
    form = kiosk.window.admin.form
    form.ask_logo_file = lambda: str(source)  # type: ignore[method-assign]
    kiosk.tap(form.logo_button)  # returns: before, QImage waited for a writer forever
    assert "Cannot read logo.png" in form.logo_name.text()
    assert "only regular files are read" in form.logo_name.text()
    assert not (kiosk.data_dir / "kiosk-logo.png").exists()


@pytest.mark.parametrize("button", ["leave_button", "quit_button"])
def test_leaving_kiosk_mode(kiosk: Kiosk, button: str) -> None:
    open_admin(kiosk)
    window = kiosk.window
    signal = window.leave_requested if button == "leave_button" else window.quit_requested
    with kiosk.qtbot.waitSignal(signal, timeout=1000):
        kiosk.tap(getattr(window.admin, button))
    assert not window.isVisible()
    assert not window.clock.pending()


def test_an_idle_admin_panel_locks_itself(kiosk: Kiosk) -> None:
    open_admin(kiosk)
    kiosk.advance(60)
    assert kiosk.screen is kiosk.window.attract


def test_settings_are_read_back_from_the_database(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(settings=KioskSettings(round_length=4, idle_seconds=30))
    open_admin(kiosk)
    form = kiosk.window.admin.form
    assert form.round_length.value() == 4
    assert form.idle_seconds.value() == 30
