"""The simulation the answer-state tests rely on reproduces the known confusions."""

from __future__ import annotations

import math

from colour_vision import MACHADO, NORMAL, difference, seen


def test_pure_red_and_green_look_alike_to_red_green_colour_blind_people() -> None:
    # Red and green far apart for normal vision, close for protanopes and deuteranopes.
    assert difference("#ff0000", "#00ff00") > 80
    assert difference("#d62728", "#2ca02c", "protanopia") < difference("#d62728", "#2ca02c") / 3
    assert difference("#d62728", "#2ca02c", "deuteranopia") < difference("#d62728", "#2ca02c") / 3


def test_grey_stays_grey_and_blue_stays_apart_from_yellow() -> None:
    for vision in ("protanopia", "deuteranopia"):
        assert math.dist(seen("#808080", MACHADO[vision]), seen("#808080", NORMAL)) < 1
        assert difference("#1d4ed8", "#f2c200", vision) > 50
