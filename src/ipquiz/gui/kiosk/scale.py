"""Sizes for a screen read from 1.5 m away, from the screen's short side.

The short side is the height of a landscape screen; using it for a portrait one too
keeps text the same physical size when the same monitor is turned on its side (a
1080 x 1920 portrait screen is not bigger text, it is a narrower page). 4K doubles
everything. Touch targets never go below 80 px.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from string import Template

from PySide6.QtCore import QSize

from ipquiz.assets import resource
from ipquiz.domain.accessibility import KIOSK_TEXT_SIZES, AccessPreset
from ipquiz.gui.kiosk.tiles import tile_sheet
from ipquiz.gui.preset_theme import themed

MIN_TARGET_PX = 80
REFERENCE_PX = 1080

#: Base sizes in px on a 1080-px short side.
SIZES = {
    "title": 60,
    "heading": 44,
    "prompt": 52,
    "choice": 38,
    "body": 28,
    "small": 28,  # the least text on a kiosk (docs/kiosk.md)
    "button": 32,
    "start": 48,
    "score": 128,
    "key": 30,
    "radius": 20,
    "badge": 28,  # half the choice badge's side: a circle
    "pad": 24,
}


@dataclass(frozen=True, slots=True)
class Scale:
    unit: float

    def px(self, base: float) -> int:
        return max(1, round(base * self.unit))

    @property
    def target(self) -> int:
        """The least height (and width) of anything a visitor taps."""
        return max(MIN_TARGET_PX, self.px(100))

    @property
    def margin(self) -> int:
        return self.px(48)

    def values(self) -> dict[str, int]:
        return {name: self.px(size) for name, size in SIZES.items()} | {"target": self.target}


def scale_for(size: QSize) -> Scale:
    short = min(size.width(), size.height())
    return Scale(unit=round(max(0.5, min(4.0, short / REFERENCE_PX)), 3))


def is_portrait(size: QSize) -> bool:
    return size.height() > size.width()


@cache
def _template() -> Template:
    return Template(resource("themes", "kiosk.qss").read_text(encoding="utf-8"))


#: The attract screen is dark; these controls sit only on it (high contrast measures
#: their text and edges against its ground).
ON_ATTRACT = ("#language", "#startButton", "#accessButton")


def stylesheet(scale: Scale, preset: AccessPreset | None = None) -> str:
    """The kiosk theme with its ${name} sizes filled in for this screen, and the tiles'
    colours; under the accessibility preset (text size, high contrast)."""
    high_contrast = preset is not None and preset.high_contrast
    filled = _template().substitute(scale.values()) + tile_sheet(high_contrast=high_contrast)
    if preset is None:
        return filled
    # Its text is already sized for 1.5 m: it grows up to the kiosk's largest size.
    kiosk = dataclasses.replace(preset, text_size=min(preset.text_size, max(KIOSK_TEXT_SIZES)))
    return themed(filled, kiosk, dark="#attractScreen", on_dark=ON_ATTRACT)
