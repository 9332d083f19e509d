"""The round with the bundled bank's longest texts, at every stand screen size and text
size, in both languages: no answer tile cuts its text or the mark it gets after the
answer, its letter fits its circle, the tiles start on the screen when a question does
(a timed question's tiles are in reach), and the feedback's explanation is not squeezed
beside its Next button."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from kiosk_driver import Kiosk, MakeKiosk
from layout_walk import SIZES, layout_problems
from PySide6.QtCore import QPoint, QRect

from ipquiz.domain.accessibility import KIOSK_TEXT_SIZES, AccessPreset
from ipquiz.domain.kiosk import KioskSettings
from ipquiz.domain.question import QuestionType
from ipquiz.gui.accessibility import put_in_force
from ipquiz.gui.kiosk.scale import MIN_TARGET_PX
from ipquiz.gui.widgets import ChoiceButton

QUESTIONS = Path(__file__).parents[3] / "questions"
KIOSK_SIZES = (*SIZES, (1080, 1920))
LANGS = ("en", "zh-CN")


def longest_questions() -> list[dict[str, object]]:
    """The bundled questions with the longest choice, the longest choices altogether, the
    longest prompt and the longest explanation, in either language."""
    questions = [
        q
        for f in sorted(QUESTIONS.glob("*.yaml"))
        for q in yaml.safe_load(f.read_text(encoding="utf-8"))["questions"]
        if q["en"].get("choices")
    ]
    measures = (
        lambda t: max(len(c) for c in t["choices"]),
        lambda t: sum(len(c) for c in t["choices"]),
        lambda t: len(t["prompt"]),
        lambda t: len(t.get("explanation", "")),
    )
    picked: dict[str, dict[str, object]] = {}
    for measure in measures:
        for lang in LANGS:
            q = max(questions, key=lambda q, lang=lang, m=measure: m(q[lang]))
            picked[q["id"]] = q
    return list(picked.values())


@pytest.fixture
def long_bank(tmp_path: Path, small_bank: Path) -> Path:
    folder = tmp_path / "long-bank"
    folder.mkdir()
    shutil.copytree(small_bank / "facts", folder / "facts")
    category = {"id": "long", "name": {"zh-CN": "长题", "en": "Long"}}
    bank = {"category": category, "questions": longest_questions()}
    (folder / "long.yaml").write_text(yaml.safe_dump(bank, allow_unicode=True), encoding="utf-8")
    return folder


def letter_problems(tile: ChoiceButton) -> list[str]:
    """A tile's letter inside its circle (the walk checks its text and mark)."""
    badge = tile.badge
    metrics = badge.fontMetrics()
    if metrics.horizontalAdvance(badge.text()) > badge.width() * 0.8 or (
        metrics.capHeight() > badge.height() * 0.7
    ):
        return [f"tile {badge.text()} letter over its circle ({badge.width()} px)"]
    return []


def round_problems(kiosk: Kiosk, *, start: bool) -> list[str]:
    screen = kiosk.window.round
    problems = layout_problems(screen, least=MIN_TARGET_PX)  # once the layouts settle
    problems += [p for tile in screen.buttons if tile.isVisible() for p in letter_problems(tile)]
    view = screen.scroller.viewport()
    if start:  # the first row of tiles in view, a finger's height of it at least
        first = screen.buttons[0]
        top = first.mapTo(view, QPoint(0, 0)).y()
        if top < 0 or top + min(first.height(), screen.scale.target) > view.height():
            problems.append(f"tiles start off the screen (at {top} of {view.height()} px)")
        confirm = screen.confirm_button  # a timed round: no scrolling to confirm
        window = kiosk.window
        box = QRect(confirm.mapTo(window, QPoint(0, 0)), confirm.size())
        if confirm.isVisible() and not window.rect().contains(box):
            problems.append(f"Confirm off the screen (at {box.top()} of {window.height()} px)")
    else:
        card, explanation = screen.feedback, screen.explanation
        box = QRect(explanation.mapTo(card, QPoint(0, 0)), explanation.size())
        ems = explanation.width() / max(1, explanation.fontInfo().pixelSize())
        if explanation.isVisible() and box.width() < card.width() * 0.6 and ems < 20:
            problems.append(f"explanation squeezed to {ems:.0f} ems beside Next")
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_the_longest_questions_fit_every_size_and_text_size(
    make_kiosk: MakeKiosk, long_bank: Path, lang: str
) -> None:
    count = len(longest_questions())
    settings = KioskSettings(round_length=count)
    kiosk = make_kiosk(lang=lang, bank=long_bank, settings=settings)
    window, screen = kiosk.window, kiosk.window.round
    found: dict[str, list[str]] = {}

    def check(name: str, *, start: bool) -> None:
        for text_size in KIOSK_TEXT_SIZES:
            put_in_force(AccessPreset(text_size=text_size))
            for size in KIOSK_SIZES:
                window.resize(*size)
                screen.scroller.verticalScrollBar().setValue(0)
                for problem in round_problems(kiosk, start=start):
                    where = f"{name} {size[0]}x{size[1]} {text_size} %"
                    found.setdefault(problem, []).append(where)

    kiosk.start()
    for n in range(count):
        assert screen.active is not None
        qid = screen.active.quiz.current.question.id
        check(f"{qid} question", start=True)
        put_in_force(AccessPreset())
        kiosk.answer(right=n % 2 == 0)
        check(f"{qid} feedback", start=False)
        put_in_force(AccessPreset())
        kiosk.tap(screen.next_button)
    report = [f"{p}  [{', '.join(w[:3])}{'…' if len(w) > 3 else ''}]" for p, w in found.items()]
    assert not report, "\n".join(report)


def test_short_answers_stay_side_by_side_at_the_largest_text(make_kiosk: MakeKiosk) -> None:
    """Only tiles too narrow for their words stack: True and False keep their row at
    200 % on a short screen, their marks under them wrapping if they must."""
    kiosk = make_kiosk(size=(1024, 768), access=AccessPreset(text_size=max(KIOSK_TEXT_SIZES)))
    screen = kiosk.window.round
    kiosk.start()
    kiosk.skip_to(QuestionType.TRUE_FALSE)
    kiosk.qtbot.wait(20)
    true, false = screen.buttons[:2]
    assert true.y() == false.y()
    kiosk.answer(right=False)
    assert round_problems(kiosk, start=False) == []
    assert true.y() == false.y()
