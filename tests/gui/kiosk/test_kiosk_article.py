"""The kiosk's feedback: the source is a large target that shows the cited articles;
rounds leave out questions on a replaced law text unless the operator allows them."""

from __future__ import annotations

from pathlib import Path

from kiosk_driver import PORTRAIT, MakeKiosk
from law_bank import NEW, OLD, add_law_topic
from PySide6.QtWidgets import QLabel

from ipquiz.assets import bank_dir
from ipquiz.bank.law_texts import read_law_text
from ipquiz.domain.kiosk import KioskSettings
from ipquiz.domain.quiz import Phase
from ipquiz.gui.article_dialog import ArticleDialog

TEXTS = bank_dir() / "laws" / "texts"
ARTICLES = {
    "g-new-1": read_law_text(TEXTS / "patent-law@2020.zh.md").articles["42"],
    "g-new-2": read_law_text(TEXTS / "patent-law@2020.zh.md").articles["2"],
    "g-old-1": read_law_text(TEXTS / "aucl@2019.zh.md").articles["9"],
    "g-old-2": read_law_text(TEXTS / "aucl@2019.zh.md").articles["6"],
}


def test_the_source_shows_the_article_and_holds_the_round(
    make_kiosk: MakeKiosk, small_bank: Path
) -> None:
    settings = KioskSettings(round_length=3, categories=("gamma",))
    kiosk = make_kiosk(bank=add_law_topic(small_bank), settings=settings, size=PORTRAIT)
    kiosk.start()
    screen, window = kiosk.window.round, kiosk.window
    asked = set()
    for _ in range(1):
        assert window.active is not None
        question = window.active.quiz.current.question
        asked.add(question.id)
        kiosk.answer(right=True)
        kiosk.tap(screen.source_link)
        kiosk.qtbot.waitUntil(lambda: bool(window.findChildren(ArticleDialog)), timeout=10_000)
        (dialog,) = [d for d in window.findChildren(ArticleDialog) if d.isVisible()]
        assert ARTICLES[question.id] in [label.text() for label in dialog.findChildren(QLabel)]
        assert dialog.close_button.height() >= screen.scale.target  # a finger-sized target
        kiosk.advance(30)  # the feedback waits while the visitor reads
        assert screen.next_button.text() == "Next  ▶"
        assert window.active.quiz.phase is Phase.FEEDBACK
        kiosk.tap(dialog.close_button)
        kiosk.tap(screen.next_button)
    assert window.active.quiz.total == 2  # the 2019 AUCL questions are left out by default
    assert asked <= NEW
    # A walk-away with the articles open: the reset closes them.
    kiosk.answer(right=True)
    kiosk.tap(screen.source_link)
    kiosk.qtbot.waitUntil(lambda: bool(window.findChildren(ArticleDialog)), timeout=10_000)
    screen.clear()
    assert not [d for d in window.findChildren(ArticleDialog) if d.isVisible()]


def test_the_operator_can_allow_questions_on_a_replaced_text(
    make_kiosk: MakeKiosk, small_bank: Path
) -> None:
    settings = KioskSettings(round_length=5, categories=("gamma",), allow_superseded=True)
    kiosk = make_kiosk(bank=add_law_topic(small_bank), settings=settings)
    kiosk.start()
    window = kiosk.window
    assert window.active is not None
    assert {p.question.id for p in window.active.quiz.planned} == OLD | NEW
