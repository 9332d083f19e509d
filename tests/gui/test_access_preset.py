"""The accessibility preset on the home screens: larger text everywhere, high contrast
at 7:1 wherever the theme sets a text colour, borders at 3:1."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from contrast import contrast
from off_ui_thread import settle
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot
from taps import click

from ipquiz.assets import resource
from ipquiz.config import resolve_locations
from ipquiz.domain.accessibility import AccessPreset
from ipquiz.gui.access_dialog import AccessDialog
from ipquiz.gui.access_form import AccessForm
from ipquiz.gui.accessibility import current, put_in_force
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.preset_theme import PAGE, high_contrast
from ipquiz.services.app import open_services

LARGEST = AccessPreset(text_size=200)


def text_sizes(window: MainWindow) -> dict[str, int]:
    widgets = [
        w
        for kind in (QLabel, QAbstractButton)
        for w in window.start.findChildren(kind)
        if w.isVisible() and w.text()
    ]
    return {f"{w.objectName()}:{w.text()}": QFontInfo(w.font()).pixelSize() for w in widgets}


def test_the_largest_text_size_doubles_every_text_on_screen(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    before = text_sizes(window)
    put_in_force(LARGEST)
    qapp.processEvents()
    after = text_sizes(window)
    assert before.keys() == after.keys()
    small = {k: (before[k], after[k]) for k in before if after[k] < 1.9 * before[k]}
    assert small == {}
    put_in_force(AccessPreset())
    qapp.processEvents()
    assert text_sizes(window) == before


def rules(qss: str) -> list[tuple[str, dict[str, str]]]:
    out = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", qss)):
        decls = {}
        for part in body.split(";"):
            name, _, value = part.partition(":")
            decls[name.strip()] = value.strip()
        out.append((selectors.strip(), decls))
    return out


@pytest.mark.parametrize("theme", ["light"])
def test_high_contrast_sets_every_text_colour_at_7_to_1(theme: str) -> None:
    qss = high_contrast(resource("themes", f"{theme}.qss").read_text(encoding="utf-8"))
    checked = 0
    for selectors, decls in rules(qss):
        if ":disabled" in selectors:
            continue
        ground = re.search(r"#[0-9a-f]{6}", decls.get("background", ""), re.IGNORECASE)
        behind = [ground[0]] if ground else list(PAGE)
        if re.fullmatch(r"#[0-9a-fA-F]{6}", decls.get("color", "")):
            checked += 1
            for b in behind:
                assert contrast(decls["color"], b) >= 7, (selectors, decls["color"], b)
        for name, value in decls.items():
            if name.startswith("border") and (edge := re.search(r"#[0-9a-fA-F]{6}", value)):
                assert contrast(edge[0], "#ffffff") >= 3, (selectors, value)
    assert checked > 40


def test_high_contrast_reaches_the_screen(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    link = window.start.results_button

    def ink() -> str:
        return link.palette().color(link.foregroundRole()).name()

    assert contrast(ink(), "#f3f5fa") < 7
    put_in_force(AccessPreset(high_contrast=True))
    qapp.processEvents()
    assert contrast(ink(), "#f3f5fa") >= 7


def choose(qtbot: QtBot, form: AccessForm, name: str, value: object) -> None:
    row = form.text_size if name == "text_size" else form.switches[name]
    (button,) = [b for b in row.group.buttons() if b.property("value") == value]
    click(qtbot, button)


def test_a_guest_turns_on_the_preset_from_the_start_screen_and_the_exam_runs_longer(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    start = window.start
    prompt_px = QFontInfo(start.title.font()).pixelSize()
    click(qtbot, start.access_button)
    assert window.access is not None
    dialog = window.access.dialog
    assert isinstance(dialog, AccessDialog)
    assert dialog.who.text() == "For everyone playing as a guest on this computer"
    page = dialog.grab().toImage()
    assert page.pixelColor(12, page.height() // 2).name() == "#ffffff"  # the theme's card
    choose(qtbot, dialog.form, "text_size", 150)
    choose(qtbot, dialog.form, "no_time_limits", True)
    click(qtbot, dialog.apply)
    qapp.processEvents()
    assert current() == AccessPreset(text_size=150, no_time_limits=True)
    assert QFontInfo(start.title.font()).pixelSize() >= 1.45 * prompt_px
    assert window.services is not None
    assert window.services.accessibility.chosen(None) == current()  # kept on this computer

    click(qtbot, start.mode.group.buttons()[1])  # exam
    click(qtbot, start.limit.group.buttons()[1])  # 10 minutes
    click(qtbot, start.start_button)
    assert window.active is not None
    assert window.active.quiz.spec.total_seconds == 15 * 60
    bar = window.question.exam_bar
    assert bar.extra_time.isVisible()
    assert bar.extra_time.text() == "Extra time ×1.5"
    assert bar.time_left.text() == "Time left 15:00"


def test_each_profile_brings_its_own_preset(
    qtbot: QtBot, open_window: Callable[..., MainWindow], data_dir: Path, small_bank: Path
) -> None:
    services = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank)
    try:
        mei = services.persons.create("Mei").id
        services.persons.create("Kid")
        services.accessibility.save_chosen(mei, AccessPreset(text_size=200, high_contrast=True))
    finally:
        services.close()
    window = open_window()
    settle(qtbot)
    picker = window.start.picker
    for name, expected in (
        ("Mei", AccessPreset(text_size=200, high_contrast=True)),
        ("Kid", AccessPreset()),
        ("Mei", AccessPreset(text_size=200, high_contrast=True)),
        ("Guest", AccessPreset()),
    ):
        (chip,) = [c for c in picker.group.buttons() if c.text().endswith(name)]
        click(qtbot, chip)
        settle(qtbot)
        assert current() == expected, name
