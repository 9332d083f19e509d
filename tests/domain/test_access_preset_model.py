"""The accessibility preset: what each part changes, and how it is stored."""

from __future__ import annotations

import pytest

from ipquiz.domain.accessibility import TEXT_SIZES, AccessPreset


def test_the_default_preset_changes_nothing() -> None:
    preset = AccessPreset()
    assert preset.is_default
    assert preset.font_px(17) == 17
    assert preset.exam_seconds(1800) == 1800
    assert preset.question_seconds(20) == 20


def test_no_time_limits_drops_the_countdown_and_gives_an_exam_half_as_long_again() -> None:
    preset = AccessPreset(no_time_limits=True)
    assert preset.question_seconds(20) is None
    assert preset.exam_seconds(30 * 60) == 45 * 60
    assert preset.exam_seconds(None) is None  # untimed stays untimed


@pytest.mark.parametrize("size", TEXT_SIZES)
def test_text_sizes_scale_fonts(size: int) -> None:
    assert AccessPreset(text_size=size).font_px(20) == 20 * size // 100


def test_an_unknown_text_size_is_refused() -> None:
    with pytest.raises(ValueError, match="text size"):
        AccessPreset(text_size=175)


def test_the_preset_round_trips_through_its_stored_strings() -> None:
    preset = AccessPreset(text_size=150, high_contrast=True, reduced_motion=True)
    stored = preset.to_strings() | {"daily_goal": "10"}
    assert AccessPreset.from_strings(stored) == preset


def test_bad_stored_values_keep_their_defaults() -> None:
    stored = {"access_text_size": "175", "access_high_contrast": "1", "access_reduced_motion": "x"}
    assert AccessPreset.from_strings(stored) == AccessPreset(high_contrast=True)
