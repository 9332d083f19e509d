"""Every kiosk screen at the stands' screen sizes (portrait too), in both languages: no
clipped text, no control out of reach, no target under 80 px, at the normal look and at
the kiosk's largest text size with high contrast.

One kiosk per language walks attract, the visitor's accessibility panel, a question, its
feedback, the result (with its keyboard open, and on the board), the PIN pad and the admin panel; at each screen it is resized
through every size, in both looks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
import yaml
from kiosk_driver import PIN, Kiosk, MakeKiosk
from layout_walk import SIZES, layout_problems
from PySide6.QtWidgets import QWidget

from ipquiz.assets import bank_dir
from ipquiz.domain.accessibility import KIOSK_TEXT_SIZES, AccessPreset
from ipquiz.gui.accessibility import put_in_force
from ipquiz.gui.kiosk.scale import MIN_TARGET_PX

KIOSK_SIZES = (*SIZES, (1080, 1920))
#: The normal look, and the largest text with high contrast (its firmer edges too).
LOOKS = tuple(AccessPreset(text_size=t, high_contrast=t > 100) for t in KIOSK_TEXT_SIZES)


def bundled_topics(bank: Path) -> None:
    """The test bank's first topic becomes the bundled bank's topics, with their names (and
    three questions each): buttons that fit "Alpha" and "Beta" may cut "Trade secrets and
    unfair competition" off at both ends, and a row of eight may not share out its width."""
    alpha = bank / "alpha.yaml"
    text = alpha.read_text(encoding="utf-8")
    for file in sorted(bank_dir().glob("*.yaml")):
        category = yaml.safe_load(file.read_text(encoding="utf-8"))["category"]
        cid, names = category["id"], category["name"]
        copy = text.replace("id: alpha", f"id: {cid}").replace("- id: a-", f"- id: {cid}-")
        copy = copy.replace("zh-CN: 甲类", f"zh-CN: {names['zh-CN']}", 1)
        copy = copy.replace("en: Alpha", f"en: {names['en']}", 1)
        (bank / f"{cid}.yaml").write_text(copy, encoding="utf-8")
    alpha.unlink()


def check(
    kiosk: Kiosk, name: str, found: dict[str, list[str]], first: Sequence[QWidget] = ()
) -> None:
    """`first`: what the screen must show without a scroll."""
    window = kiosk.window
    for preset in LOOKS:
        put_in_force(preset)
        for size in KIOSK_SIZES:
            window.resize(*size)
            for problem in layout_problems(kiosk.screen, least=MIN_TARGET_PX, first=first):
                where = f"{name} {size[0]}x{size[1]} {preset.text_size} %"
                found.setdefault(problem, []).append(where)
    put_in_force(AccessPreset())
    window.resize(*KIOSK_SIZES[2])


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_every_kiosk_screen_fits_every_size_and_text_size(
    make_kiosk: MakeKiosk, small_bank: Path, lang: str
) -> None:
    bundled_topics(small_bank)
    kiosk = make_kiosk(lang=lang, bank=small_bank)
    window = kiosk.window
    found: dict[str, list[str]] = {}
    check(kiosk, "attract", found)
    kiosk.tap(window.attract.access_button)
    check(kiosk, "accessibility", found)
    kiosk.tap(window.access.done_button)
    kiosk.start()
    check(kiosk, "question", found)
    kiosk.answer(right=False)
    check(kiosk, "feedback", found)
    for _ in range(4):
        kiosk.tap(window.round.next_button)
        kiosk.answer(right=True)
    kiosk.tap(window.round.next_button)
    assert kiosk.screen is window.result
    result = window.result
    first = (
        result.heading,
        result.score,
        result.summary,
        result.rank,
        result.name_heading,
        result.suggestions[0],
        result.name_edit,
        result.add_button,
        result.names_button,
    )
    check(kiosk, "result", found, first)
    kiosk.tap(result.type_button)  # the keyboard takes half the screen
    check(kiosk, "result, typing", found, first)
    kiosk.tap(result.names_button)
    kiosk.tap(result.suggestions[0])  # on the board: the podium and the top 10
    assert result.joined
    check(kiosk, "result, on the board", found, first)
    window.go_attract()
    window.open_pin_pad()
    check(kiosk, "PIN pad", found)
    kiosk.enter_pin(PIN)
    assert kiosk.screen is window.admin
    check(kiosk, "admin", found)
    report = [
        f"{problem}  [{', '.join(where[:3])}{'…' if len(where) > 3 else ''}]"
        for problem, where in found.items()
    ]
    assert not report, "\n".join(report)


def test_the_admin_panel_of_a_stand_set_to_the_largest_text_fits(
    make_kiosk: MakeKiosk, small_bank: Path
) -> None:
    """Opened straight at the stand's largest text (its form laid out that way from the
    start), every topic shows whole."""
    bundled_topics(small_bank)
    largest = AccessPreset(text_size=max(KIOSK_TEXT_SIZES))
    kiosk = make_kiosk(bank=small_bank, size=(1024, 768), access=largest)
    kiosk.window.open_pin_pad()
    kiosk.enter_pin(PIN)
    assert kiosk.screen is kiosk.window.admin
    topics = kiosk.window.admin.form.topics.values()
    assert all(topic.isVisible() and topic.height() >= MIN_TARGET_PX for topic in topics)
    assert not layout_problems(kiosk.screen, least=MIN_TARGET_PX)
