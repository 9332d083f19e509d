"""The accessibility preset a person or an operator turns on: text size, high contrast,
no time limits and reduced motion.

One preset is in force at a time (gui/accessibility.py holds it for the screens); it
comes from the chosen profile, this machine's own setting, the kiosk stand's setting,
or a kiosk visitor's choice for their visit (services/accessibility.py keeps them).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

#: The text sizes offered, in per cent of the normal size.
TEXT_SIZES = (100, 125, 150, 200)
#: A kiosk's text is already sized for 1.5 m and its screens fill the display: it takes
#: every size too (its screens reflow, scroll, and drop their logo and fact card to fit
#: 200 % at 1024 x 768 and in portrait).
KIOSK_TEXT_SIZES = TEXT_SIZES
#: "No time limits" in an exam: its time limit grows by half (30 minutes become 45).
#: An exam keeps a limit so a class still ends; a kiosk round drops its countdown.
EXAM_EXTRA_TIME = Fraction(3, 2)
#: How the screens say it, the same in every language: "×1.5".
EXAM_EXTRA_TIME_TEXT = f"×{float(EXAM_EXTRA_TIME):g}"

#: The stored keys (person settings, kiosk settings, this machine's settings).
KEY_PREFIX = "access_"


@dataclass(frozen=True, slots=True)
class AccessPreset:
    text_size: int = 100  # per cent, one of TEXT_SIZES
    high_contrast: bool = False
    no_time_limits: bool = False
    reduced_motion: bool = False

    def __post_init__(self) -> None:
        if self.text_size not in TEXT_SIZES:
            raise ValueError(f"text size {self.text_size}% is not one of {TEXT_SIZES}")

    @property
    def is_default(self) -> bool:
        return self == AccessPreset()

    @property
    def scale(self) -> float:
        """The factor every font size is multiplied by."""
        return self.text_size / 100

    def font_px(self, px: int) -> int:
        """`px` at this text size."""
        return round(px * self.scale)

    def exam_seconds(self, seconds: int | None) -> int | None:
        """An exam's time limit under this preset (None: untimed stays untimed)."""
        if seconds is None or not self.no_time_limits:
            return seconds
        return int(seconds * EXAM_EXTRA_TIME)

    def question_seconds(self, seconds: int | None) -> int | None:
        """A kiosk question's countdown under this preset: none with no time limits."""
        return None if self.no_time_limits else seconds

    def to_strings(self) -> dict[str, str]:
        return {
            KEY_PREFIX + "text_size": str(self.text_size),
            KEY_PREFIX + "high_contrast": _flag(self.high_contrast),
            KEY_PREFIX + "no_time_limits": _flag(self.no_time_limits),
            KEY_PREFIX + "reduced_motion": _flag(self.reduced_motion),
        }

    @classmethod
    def from_strings(cls, stored: dict[str, str]) -> AccessPreset:
        """The preset in `stored` (other keys ignored; a bad value keeps its default)."""
        preset = cls()
        for f in dataclasses.fields(cls):
            raw = stored.get(KEY_PREFIX + f.name)
            if raw is None:
                continue
            try:
                value: Any = int(raw) if f.name == "text_size" else raw == "1"
                preset = dataclasses.replace(preset, **{f.name: value})
            except ValueError:
                continue
        return preset


def _flag(on: bool) -> str:
    return "1" if on else "0"
