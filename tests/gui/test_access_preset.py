"""The accessibility preset on the home screens: larger text everywhere, high contrast
at 7:1 wherever the theme sets a text colour, borders at 3:1."""

from __future__ import annotations

import re

import pytest
from contrast import contrast
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from ipquiz.assets import resource
from ipquiz.domain.accessibility import AccessPreset
from ipquiz.gui.accessibility import put_in_force
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.preset_theme import PAGE, high_contrast

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
