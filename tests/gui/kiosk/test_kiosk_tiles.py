"""The answer tiles of a game show: each its own colour and shape, laid out to fill the
screen in landscape, in the lower half in portrait; one countdown on the feedback, and a
tap anywhere on it moves on."""

from __future__ import annotations

import pytest
from contrast import contrast
from kiosk_driver import LANDSCAPE, PORTRAIT, Kiosk, MakeKiosk
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from ipquiz.domain.accessibility import AccessPreset
from ipquiz.domain.kiosk import KioskSettings
from ipquiz.gui.kiosk.tiles import LOOKS, ShapeMark, balanced_columns

SCREEN = "#f3f5fa"


def shown_tiles(kiosk: Kiosk) -> list:
    return [b for b in kiosk.window.round.buttons if b.isVisible()]


def finger_on(kiosk: Kiosk, widget: QWidget) -> None:
    """A tap at the middle of `widget`, delivered as the screen delivers it: to the window,
    which finds what is under the finger."""
    window = kiosk.window
    at = widget.mapTo(window, widget.rect().center())
    kiosk.qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=at)


def silhouette(mark: ShapeMark) -> set[tuple[int, int]]:
    """Which pixels of the shape's box its shape covers."""
    image: QImage = mark.grab().toImage()
    return {
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).name() == mark.colour().name()
    }


def test_every_look_reads_well_and_every_shape_is_its_own() -> None:
    for look in LOOKS:
        assert contrast(look.ink, look.fill) >= 4.5, look  # text on the open tile
        assert contrast(look.edge, SCREEN) >= 3.0, look  # the tile's border on the page
        assert contrast(look.edge, "#ffffff") >= 3.0, look  # the shape on an answered tile
    assert len({look.shape for look in LOOKS}) == len(LOOKS)


def test_balanced_grid_for_more_choices() -> None:
    landscape = {n: balanced_columns(n, portrait=False) for n in range(1, 9)}
    assert landscape == {1: 1, 2: 2, 3: 2, 4: 2, 5: 3, 6: 3, 7: 4, 8: 4}
    assert [balanced_columns(n, portrait=True) for n in (2, 4, 5, 8)] == [1, 1, 2, 2]


def test_landscape_tiles_fill_a_two_by_two_grid_in_colour_and_shape(
    make_kiosk: MakeKiosk,
) -> None:
    kiosk = make_kiosk(size=LANDSCAPE)
    kiosk.start()
    while len(shown_tiles(kiosk)) != 4:
        kiosk.answer(right=False)
        kiosk.tap(kiosk.window.round.next_button)
    kiosk.qtbot.wait(20)  # the layout places the question's tiles
    tiles = shown_tiles(kiosk)
    window = kiosk.window
    tops = {t.mapTo(window, QPoint(0, 0)).y() for t in tiles}
    lefts = {t.mapTo(window, QPoint(0, 0)).x() for t in tiles}
    assert len(tops) == 2
    assert len(lefts) == 2
    for tile in tiles:
        assert tile.width() > window.width() * 0.4
    # together the tiles take over a third of the screen
    assert sum(t.width() * t.height() for t in tiles) > window.width() * window.height() / 3
    image = window.grab().toImage()
    fills = {image.pixelColor(t.mapTo(window, QPoint(t.width() // 2, 8))).name() for t in tiles}
    assert fills == {look.fill for look in LOOKS[:4]}
    shapes = [silhouette(t.shape) for t in tiles]
    assert all(shapes)
    for n, a in enumerate(shapes):  # told apart by shape, not colour: no two alike
        for b in shapes[n + 1 :]:
            assert len(a ^ b) > 0.1 * max(len(a), len(b))
    assert [t.badge.text() for t in tiles] == ["A", "B", "C", "D"]  # the letter stays


def test_portrait_tiles_sit_in_the_lower_half(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(size=PORTRAIT)
    kiosk.start()
    kiosk.qtbot.wait(20)
    window = kiosk.window
    for tile in shown_tiles(kiosk):
        assert tile.mapTo(window, QPoint(0, 0)).y() >= window.height() / 2
    card = window.round.question_card
    assert card.height() > window.height() / 4  # the question fills the upper half


def test_answered_tiles_turn_light_and_keep_their_shape(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    kiosk.start()
    kiosk.answer(right=False)
    window = kiosk.window
    image = window.grab().toImage()
    for tile in shown_tiles(kiosk):
        fill = image.pixelColor(tile.mapTo(window, QPoint(tile.width() // 2, 8))).name()
        assert fill not in {look.fill for look in LOOKS}
        assert tile.shape.colour().name() == tile.look.edge


@pytest.mark.parametrize("countdown", ["ring", "bar"])
def test_one_countdown_at_a_time_on_the_feedback(make_kiosk: MakeKiosk, countdown: str) -> None:
    kiosk = make_kiosk(settings=KioskSettings(countdown=countdown))
    screen = kiosk.window.round
    kiosk.start()
    assert screen.countdown.isVisible()
    kiosk.qtbot.wait(20)  # laid out
    top = screen.question_card.y()
    kiosk.answer(right=True)
    kiosk.qtbot.wait(20)
    assert not screen.ring.isVisible()
    assert not screen.bar.isVisible()
    assert screen.next_button.text().endswith("▶ 6")  # the one count left
    assert screen.question_card.y() == top  # nothing jumps when the countdown goes
    kiosk.tap(screen.next_button)
    assert screen.countdown.isVisible()


@pytest.mark.parametrize("where", ["prompt", "tile", "screen"])
def test_a_tap_anywhere_on_the_feedback_moves_on(kiosk: Kiosk, where: str) -> None:
    screen = kiosk.window.round
    kiosk.start()
    kiosk.answer(right=False)
    target = {"prompt": screen.prompt, "tile": screen.buttons[0], "screen": screen}[where]
    assert kiosk.window.active is not None
    finger_on(kiosk, target)
    assert kiosk.window.active.quiz.position == 1
    assert not screen.feedback.isVisible()
    finger_on(kiosk, screen.prompt)  # a tap on the question does not skip it
    assert kiosk.window.active.quiz.position == 1


def test_every_tile_belongs_to_the_round_from_the_start(kiosk: Kiosk) -> None:
    """A tile first needed by a question of five or more choices is shown inside the
    screen at once, never for a moment as a window of its own."""
    screen = kiosk.window.round
    assert all(tile.parentWidget() is screen.content for tile in screen.buttons)
    assert not any(tile.isWindow() for tile in screen.buttons)


@pytest.mark.parametrize(("high_contrast", "least"), [(False, 4.5), (True, 7.0)])
def test_open_tiles_text_reads_on_its_colour(
    make_kiosk: MakeKiosk, high_contrast: bool, least: float
) -> None:
    """The words on a coloured tile, as drawn: 4.5:1, 7:1 under the high-contrast preset."""
    kiosk = make_kiosk(access=AccessPreset(high_contrast=high_contrast))
    kiosk.start()
    kiosk.qtbot.wait(20)
    window = kiosk.window
    image = window.grab().toImage()
    for tile in shown_tiles(kiosk):
        fill = image.pixelColor(tile.mapTo(window, QPoint(tile.width() // 2, 8))).name()
        ink = tile.label.palette().color(tile.label.foregroundRole()).name()
        assert contrast(ink, fill) >= least, (tile.look.shape, ink, fill)
