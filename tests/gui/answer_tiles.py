"""What an answered tile and the feedback panel look like on screen, read from pixels.

Colours are sampled from a grab of the whole window (so the theme, the kiosk's scaled
sheet and the disabled state after answering all count); text colours come from the
palette the style sheet gave each label.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from colour_vision import VISIONS, difference
from contrast import contrast
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from ipquiz.gui.outcomes import TILE_ICONS
from ipquiz.gui.widgets import ChoiceButton

TEXT = 4.5  # WCAG 2 AA, 1.4.3: text
NON_TEXT = 3.0  # WCAG 2 AA, 1.4.11: a control's boundary
APART = 20.0  # ΔE*ab: states told apart at a glance, in every vision simulated


@dataclass(frozen=True)
class Look:
    """A state's colours: the parts painted (compared across states) and its text pairs."""

    parts: tuple[str, ...]
    texts: tuple[tuple[str, str, str], ...]  # (what, text colour, its background)
    borders: tuple[tuple[str, str, str], ...]  # (what, border colour, colour beside it)


def pixel(image: QImage, window: QWidget, widget: QWidget, x: int, y: int) -> str:
    at = widget.mapTo(window, QPoint(x, y)) * image.devicePixelRatio()
    return image.pixelColor(at).name()


def ink(label: QLabel) -> str:
    return label.palette().color(label.foregroundRole()).name()


def border_colour(image: QImage, window: QWidget, frame: QWidget, fill: str, outside: str) -> str:
    """The commonest colour along the frame's top edge that is neither inside nor outside."""
    row = [
        pixel(image, window, frame, x, 1) for x in range(frame.width() // 4, frame.width() * 3 // 4)
    ]
    edge = Counter(c for c in row if c not in (fill, outside))
    assert edge, f"no border drawn on {frame.objectName()}"
    return edge.most_common(1)[0][0]


def tile_look(image: QImage, window: QWidget, tile: ChoiceButton) -> Look:
    outside = pixel(image, window, tile, -3, tile.height() // 2)
    fill = pixel(image, window, tile, tile.width() // 2, 6)
    border = border_colour(image, window, tile, fill, outside)
    badge = pixel(image, window, tile.badge, tile.badge.width() // 2, 4)
    return Look(
        parts=(fill, border, badge),
        texts=(
            ("mark", ink(tile.mark), fill),
            ("choice text", ink(tile.label), fill),
            ("letter", ink(tile.badge), badge),
        ),
        borders=(("border/screen", border, outside), ("border/tile", border, fill)),
    )


def panel_look(image: QImage, window: QWidget, panel: QFrame, verdict: QLabel) -> Look:
    outside = pixel(image, window, panel, -3, panel.height() // 2)
    fill = pixel(image, window, panel, panel.width() // 2, 6)
    border = border_colour(image, window, panel, fill, outside)
    return Look(
        parts=(fill, border, ink(verdict)),
        texts=(("verdict", ink(verdict), fill),),
        borders=(("border/screen", border, outside),),
    )


def problems(looks: dict[str, Look]) -> list[str]:
    """Every contrast under AA, and every pair of states that look alike to someone."""
    found = []
    for state, look in looks.items():
        for what, a, b in look.texts:
            if contrast(a, b) < TEXT:
                found.append(f"{state} {what}: {a} on {b} is {contrast(a, b):.2f}:1")
        for what, a, b in look.borders:
            if contrast(a, b) < NON_TEXT:
                found.append(f"{state} {what}: {a} beside {b} is {contrast(a, b):.2f}:1")
    for (s1, l1), (s2, l2) in itertools.combinations(looks.items(), 2):
        for vision in VISIONS:
            apart = max(difference(a, b, vision) for a, b in zip(l1.parts, l2.parts, strict=True))
            if apart < APART:
                found.append(f"{s1} and {s2} look alike in {vision} vision (ΔE {apart:.1f})")
    return found


def panel_looks(window: QWidget, panel: QFrame, verdict: QLabel) -> dict[str, Look]:
    """The feedback panel in each answer state, as the screen restyles it."""
    looks = {}
    for state in ("right", "wrong", "partly"):
        panel.setProperty("state", state)
        for w in (panel, verdict):
            w.style().unpolish(w)
            w.style().polish(w)
        looks[state] = panel_look(window.grab().toImage(), window, panel, verdict)
    return looks


def check_marks(tiles: dict[str, ChoiceButton], lang: str) -> None:
    """Each answered tile shows its state's icon and a word (Chinese in Chinese), a
    different one per state, which a screen reader also hears."""
    assert set(tiles) == {"right", "wrong", "missed"}
    marks = {state: tile.mark.text() for state, tile in tiles.items()}
    for state, mark in marks.items():
        icon, word = mark.split(" ", 1)
        assert icon == TILE_ICONS[state]
        assert word.strip()
        assert tiles[state].mark.isVisible()
        assert word in tiles[state].accessibleName()
        if lang == "zh-CN":
            assert any("\u4e00" <= ch <= "\u9fff" for ch in word), word
    assert len(set(marks.values())) == len(marks)
