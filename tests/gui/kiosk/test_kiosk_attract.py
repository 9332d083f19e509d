"""The attract screen: title and logo, languages, facts, today's board."""

from __future__ import annotations

from pathlib import Path

from kiosk_driver import Kiosk, MakeKiosk
from off_ui_thread import settle
from PySide6.QtGui import QColor, QImage

from ipquiz.bank.facts import facts_path, read_facts_file
from ipquiz.domain.kiosk import KioskSettings
from ipquiz.domain.language import EN, ZH
from ipquiz.gui.kiosk.attract import BOARD_ROWS, FACT_MS


def test_attract_screen_invites_the_visitor(kiosk: Kiosk) -> None:
    attract = kiosk.window.attract
    assert kiosk.screen is attract
    assert attract.title.text() == "Intellectual Property Quiz"
    assert attract.tagline.text() == "5 questions, 20 seconds each. How much do you know?"
    assert attract.start_button.text() == "Tap to start"
    assert attract.start_button.isEnabled()
    assert {b.text() for b in attract.language_buttons.values() if b.isVisible()} == {
        "中文",
        "English",
    }
    assert attract.language_buttons[EN].isChecked()
    assert attract.fact.text()
    assert attract.board_empty.isVisible()
    assert not attract.logo.pixmap().isNull()


def test_facts_rotate_on_the_clock(kiosk: Kiosk) -> None:
    attract = kiosk.window.attract
    seen = {attract.fact.text()}
    for _ in range(3):
        kiosk.advance(FACT_MS / 1000)
        seen.add(attract.fact.text())
    assert len(seen) > 1  # the fixture bank has four facts in force


def test_every_fact_shown_comes_from_the_facts_file_with_its_source(
    kiosk: Kiosk, small_bank: Path
) -> None:
    attract = kiosk.window.attract
    written = read_facts_file(facts_path(small_bank)).facts
    for lang in (EN, ZH):
        if kiosk.window.lang != lang:
            kiosk.tap(attract.language_buttons[lang])
        source = "Source: {0}" if lang == EN else "来源：{0}"
        expected = {
            (f.texts[lang], source.format(f.source[lang])) for f in written if f.law != "aucl@2019"
        }
        shown = set()
        for _ in range(len(written) + 1):
            assert attract.fact_source.isVisible()
            shown.add((attract.fact.text(), attract.fact_source.text()))
            kiosk.advance(FACT_MS / 1000)
        assert shown == expected  # all of them, each beside its own source; no other line


def test_switching_language_translates_the_screen_and_the_facts(kiosk: Kiosk) -> None:
    attract = kiosk.window.attract
    english_fact = attract.fact.text()
    kiosk.tap(attract.language_buttons[ZH])
    assert kiosk.window.lang == ZH
    assert attract.start_button.text() == "点击开始"
    assert attract.title.text() == "知识产权知识竞答"
    assert attract.fact.text() != english_fact
    assert any("\u4e00" <= ch <= "\u9fff" for ch in attract.fact.text())
    kiosk.start()
    assert kiosk.window.active is not None
    assert kiosk.window.active.lang == ZH


def test_board_shows_todays_top_ten(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    service = kiosk.service
    for n in range(12):
        active = service.start_round(lang=EN)
        quiz = active.quiz
        for position in range(quiz.total):
            q = quiz.current.question
            right = position < n % 6
            wrong = frozenset({next(i for i in range(q.choice_count) if i not in q.correct)})
            service.quiz.answer(active, q.correct if right else wrong, elapsed_ms=1000)
            quiz.next()
        service.quiz.finish(active)
        service.join_board(active.attempt_id, f"Player {n}")
    kiosk.window.go_attract()
    settle(kiosk.qtbot)  # the board is read off the UI thread
    rows = kiosk.window.attract.rows
    shown = [(r.text(), n.text(), s.text()) for r, n, s in rows if n.isVisible()]
    assert len(shown) == BOARD_ROWS == 10
    scores = [float(s) for _, _, s in shown]
    assert scores == sorted(scores, reverse=True)
    assert shown[0][0] == "1."
    assert not kiosk.window.attract.board_empty.isVisible()


def test_title_logo_and_languages_come_from_the_settings(
    make_kiosk: MakeKiosk, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    logo = data_dir / "logo.png"
    image = QImage(64, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8102e"))
    image.save(str(logo))
    settings = KioskSettings(
        title="2026 知识产权宣传周", logo=str(logo), languages=(ZH,), leaderboard=False
    )
    kiosk = make_kiosk(settings=settings)
    attract = kiosk.window.attract
    assert attract.title.text() == "2026 知识产权宣传周"
    assert kiosk.window.lang == ZH  # English is not offered, so the visitor gets Chinese
    assert not any(b.isVisible() for b in attract.language_buttons.values())
    assert not attract.board_card.isVisible()
    pixmap = attract.logo.pixmap()
    assert pixmap.width() == 2 * pixmap.height()  # the operator's logo, not the square icon
