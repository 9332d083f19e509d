"""Motion with a purpose: the reveal, the points counting up, a streak, a top-10 place.
With reduced motion (the stand's accessibility preset) each ends at once in its final
state; with motion each runs and ends in that same state."""

from __future__ import annotations

import pytest
from kiosk_driver import Kiosk, MakeKiosk

from ipquiz.domain.accessibility import AccessPreset
from ipquiz.gui.kiosk.motion import reduced_motion

WAIT_MS = 5000


def kiosk_with(make_kiosk: MakeKiosk, motion: bool) -> Kiosk:
    """A kiosk whose stand preset asks for reduced motion, or not."""
    kiosk = make_kiosk(motion=True, access=AccessPreset(reduced_motion=not motion))
    assert reduced_motion() is not motion
    return kiosk


def finished(kiosk: Kiosk, screen_motion: object) -> None:
    kiosk.qtbot.waitUntil(lambda: not screen_motion.running(), timeout=WAIT_MS)  # type: ignore[attr-defined]


@pytest.mark.parametrize("motion", [False, True])
def test_the_reveal_fades_the_feedback_in(make_kiosk: MakeKiosk, motion: bool) -> None:
    kiosk = kiosk_with(make_kiosk, motion)
    screen = kiosk.window.round
    kiosk.start()
    kiosk.answer(right=True)
    assert screen.feedback.isVisible()
    if motion:
        effect = screen.feedback.graphicsEffect()
        assert effect is not None
        assert effect.opacity() < 1.0  # type: ignore[attr-defined]
        assert screen.motion.running()
        finished(kiosk, screen.motion)
    assert not screen.motion.running()
    assert screen.feedback.graphicsEffect() is None  # the final state: no effect at all


@pytest.mark.parametrize("motion", [False, True])
def test_the_points_count_up_to_the_score(make_kiosk: MakeKiosk, motion: bool) -> None:
    kiosk = kiosk_with(make_kiosk, motion)
    kiosk.play([True, False, True, True, False])
    result = kiosk.window.result
    assert kiosk.window.active is not None
    final = f"{kiosk.window.active.quiz.result().overall.points:.0f}"
    assert final != "0"
    if motion:
        assert result.motion.running()
        assert int(result.score.text()) < int(final)
        seen = {result.score.text()}
        kiosk.qtbot.waitUntil(
            lambda: seen.add(result.score.text()) or not result.motion.running(), timeout=WAIT_MS
        )
        assert len(seen) > 2  # it counted, not jumped
    assert result.score.text() == final


@pytest.mark.parametrize("motion", [False, True])
def test_three_right_in_a_row_is_a_moment(make_kiosk: MakeKiosk, motion: bool) -> None:
    kiosk = kiosk_with(make_kiosk, motion)
    screen = kiosk.window.round
    kiosk.start()
    for _ in range(2):
        kiosk.answer(right=True)
        assert not screen.streak.isVisible()
        assert not screen.confetti.isVisible()
        kiosk.tap(screen.next_button)
    kiosk.answer(right=True)
    assert screen.streak.isVisible()
    assert screen.streak.text() == "3 right in a row!"
    assert screen.confetti.isVisible() is motion  # falling while it runs
    finished(kiosk, screen.motion)
    assert screen.streak.isVisible()  # the words stay; the confetti has fallen
    assert not screen.confetti.isVisible()
    kiosk.tap(screen.next_button)
    kiosk.answer(right=False)
    assert not screen.streak.isVisible()


@pytest.mark.parametrize("motion", [False, True])
def test_a_top_ten_place_is_celebrated_on_the_podium(make_kiosk: MakeKiosk, motion: bool) -> None:
    kiosk = kiosk_with(make_kiosk, motion)
    kiosk.play([True] * 5)
    result = kiosk.window.result
    finished(kiosk, result.motion)
    assert not result.celebration.isVisible()
    kiosk.tap(result.suggestions[0])
    assert result.celebration.isVisible()
    assert result.celebration.text() == "You made today's top 10!"
    assert result.podium.isVisible()
    (mine,) = result.podium.places.values()
    assert (mine.rank, mine.mine) == (1, True)
    assert "▶" in result.podium.accessibleName()
    if motion:
        assert result.podium.rise < 1.0
        assert result.confetti.isVisible()
        finished(kiosk, result.motion)
    assert result.podium.rise == 1.0
    assert not result.confetti.isVisible()


def test_leaving_mid_animation_leaves_nothing_moving(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(motion=True)
    kiosk.play([True] * 5)
    result = kiosk.window.result
    assert result.motion.running()
    kiosk.tap(result.done_button)
    assert not result.motion.running()
    assert not result.confetti.isVisible()
