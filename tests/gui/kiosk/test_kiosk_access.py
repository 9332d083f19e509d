"""Accessibility at the kiosk: a visitor's own choice from the attract screen (for their
visit only), the stand's preset from the admin panel, and no time limits in a round."""

from __future__ import annotations

import pytest
from contrast import contrast
from kiosk_driver import PIN, Kiosk, MakeKiosk
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QPushButton

from ipquiz.domain.accessibility import KIOSK_TEXT_SIZES, AccessPreset
from ipquiz.gui.access_form import AccessForm
from ipquiz.gui.accessibility import current
from ipquiz.gui.kiosk import admin as admin_module
from ipquiz.gui.prompts import ConfirmDialog


def open_admin(kiosk: Kiosk) -> None:
    kiosk.window.open_pin_pad()
    kiosk.enter_pin(PIN)
    assert kiosk.screen is kiosk.window.admin


def toggle(form: AccessForm, name: str, value: object) -> QPushButton:
    row = form.text_size if name == "text_size" else form.switches[name]
    (button,) = [b for b in row.group.buttons() if b.property("value") == value]
    return button


def test_a_visitor_turns_off_the_countdown_and_raises_the_contrast_for_their_visit(
    kiosk: Kiosk,
) -> None:
    window, attract = kiosk.window, kiosk.window.attract
    title_px = QFontInfo(attract.title.font()).pixelSize()
    assert attract.access_button.isVisible()
    kiosk.tap(attract.access_button)
    assert kiosk.screen is window.access
    form = window.access.form
    assert form.text_size.isVisible()
    assert [b.property("value") for b in form.text_size.group.buttons()] == list(KIOSK_TEXT_SIZES)
    faint = attract.board_empty  # the faintest text on the attract screen

    def ink() -> str:
        return faint.palette().color(faint.foregroundRole()).name()

    assert contrast(ink(), "#ffffff") < 7
    kiosk.tap(toggle(form, "high_contrast", True))
    kiosk.tap(toggle(form, "no_time_limits", True))
    assert current() == AccessPreset(high_contrast=True, no_time_limits=True)  # at once
    largest = max(KIOSK_TEXT_SIZES)
    kiosk.tap(toggle(form, "text_size", largest))
    kiosk.tap(window.access.done_button)
    assert kiosk.screen is attract
    assert attract.tagline.text() == "5 questions, no time limit. How much do you know?"
    assert QFontInfo(attract.title.font()).pixelSize() == round(title_px * largest / 100)
    assert contrast(ink(), "#ffffff") >= 7

    kiosk.start()
    screen = window.round
    assert not screen.ring.isVisible()
    assert not screen.bar.isVisible()
    kiosk.advance(40)  # twice the countdown: still thinking, nothing happens
    assert not screen.feedback.isVisible()
    kiosk.answer(right=True)
    kiosk.advance(30)  # the feedback waits for a tap
    assert screen.feedback.isVisible()
    assert screen.next_button.text() == "Next  ▶"
    kiosk.tap(screen.next_button)
    assert screen.progress.text() == "Question 2 of 5"

    kiosk.advance(window.settings.idle_seconds + 20)  # walked away: the kiosk resets
    assert kiosk.screen is attract
    assert current() == AccessPreset()
    assert attract.tagline.text().startswith("5 questions, 20 seconds each")


def test_the_operator_sets_the_stands_preset_in_the_admin_panel(kiosk: Kiosk) -> None:
    open_admin(kiosk)
    admin = kiosk.window.admin
    kiosk.tap(toggle(admin.access_form, "reduced_motion", True))
    kiosk.tap(toggle(admin.access_form, "high_contrast", True))
    kiosk.tap(admin.save_button)
    stand = AccessPreset(high_contrast=True, reduced_motion=True)
    assert current() == stand
    kiosk.tap(admin.back_button)
    assert kiosk.screen is kiosk.window.attract
    assert current() == stand  # every visitor starts with it
    services = kiosk.window.services
    assert services is not None
    assert services.accessibility.stand() == stand  # kept for the stand


@pytest.mark.parametrize(
    ("answer", "screen", "rounds"),
    [("stay", "admin", 5), ("discard", "attract", 5), ("save", "attract", 4)],
)
def test_leaving_the_admin_panel_with_changed_settings_asks_first(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, answer: str, screen: str, rounds: int
) -> None:
    open_admin(kiosk)
    admin = kiosk.window.admin
    asked: list[bool] = []
    monkeypatch.setattr(admin, "ask_unsaved", lambda: asked.append(True) or answer)
    kiosk.tap(admin.back_button)  # nothing changed: no question
    assert asked == []
    open_admin(kiosk)
    kiosk.tap(admin.form.round_length.minus)
    kiosk.tap(admin.back_button)
    assert asked == [True]
    assert kiosk.screen is getattr(kiosk.window, screen)
    assert kiosk.service.settings().round_length == rounds


def test_the_question_is_a_themed_card_and_esc_stays(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_admin(kiosk)
    admin = kiosk.window.admin
    kiosk.tap(admin.form.round_length.minus)
    seen: list[str] = []

    def answer() -> None:
        dialog = admin.unsaved_dialog
        assert isinstance(dialog, ConfirmDialog)
        seen.append(dialog.heading.text())
        assert dialog.yes_button.height() >= 80
        dialog.reject()  # Esc

    QTimer.singleShot(0, answer)
    admin.back_button.click()
    assert seen == ["Save the changed settings?"]
    assert kiosk.screen is admin
    assert admin_module.STAY == "stay"


@pytest.mark.parametrize("size", [(1024, 768), (1080, 1920)])
def test_at_the_largest_text_the_text_sizes_stay_on_one_row_under_their_label(
    make_kiosk: MakeKiosk, size: tuple[int, int]
) -> None:
    """Labels go above their toggles at a larger text or in portrait, so the four text
    sizes keep one row (not three and one) and each line under them has the card's width."""
    kiosk = make_kiosk(size=size)
    kiosk.tap(kiosk.window.attract.access_button)
    form = kiosk.window.access.form
    kiosk.tap(toggle(form, "text_size", max(KIOSK_TEXT_SIZES)))
    kiosk.qtbot.waitUntil(lambda: current().text_size == max(KIOSK_TEXT_SIZES))
    sizes = form.text_size.group.buttons()
    assert len({button.y() for button in sizes}) == 1
    label, note = form.labels["text_size"], form.notes["text_size"]
    assert label.geometry().bottom() < form.text_size.geometry().top()
    assert note.width() >= form.text_size.width() - 1
