"""The result screen: score, rank, missed questions, and a nickname for the board."""

from __future__ import annotations

from kiosk_driver import Kiosk, MakeKiosk

from ipquiz.domain.kiosk import KioskSettings


def type_on_keyboard(kiosk: Kiosk, text: str) -> None:
    keyboard = kiosk.window.result.keyboard
    for char in text:
        key = keyboard.space if char == " " else keyboard.keys[char.upper()]
        if char.isalpha() and char.islower() == keyboard.upper:
            kiosk.tap(keyboard.shift)
        kiosk.tap(key)


def test_result_shows_score_rank_and_the_missed_answers(kiosk: Kiosk) -> None:
    kiosk.play([True, False, True, False, True])
    result = kiosk.window.result
    active = result.active
    assert active is not None
    points = active.quiz.result().overall.points
    assert result.score.text() == f"{points:.0f}"
    assert result.summary.text() == "3 of 5 answers right"
    assert result.rank.text() == "Rank today: 1 of 1"
    assert len(result._missed) == 2
    for item, answer in zip(
        result._missed, [a for a in active.quiz.answers if not a.correct], strict=True
    ):
        planned = next(p for p in active.quiz.planned if p.question.id == answer.question_id)
        text = planned.question.localized("en")
        assert item.text().startswith(text.prompt)
        assert "✔ " in item.text()
        for i in planned.question.correct:
            assert text.choices[i] in item.text()


def test_a_generated_nickname_goes_on_the_board_in_one_tap(kiosk: Kiosk) -> None:
    kiosk.play([True] * 5)
    result = kiosk.window.result
    name = result.suggestions[2].text()
    zh, en = name.split(" ", 1)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh)
    assert en.isascii()
    kiosk.tap(result.suggestions[2])
    assert result.name_heading.text() == f"You're on today's board as {name}."
    assert not result.suggestions[0].isVisible()
    kiosk.tap(result.done_button)
    board = kiosk.window.attract.rows
    assert board[0][1].text() == name
    assert kiosk.sql("SELECT name FROM persons") == [(name,)]


def test_other_names_suggests_new_ones(kiosk: Kiosk) -> None:
    kiosk.play([True] * 5)
    result = kiosk.window.result
    before = [b.text() for b in result.suggestions]
    kiosk.tap(result.more_button)
    assert [b.text() for b in result.suggestions] != before


def test_typing_a_nickname_on_the_on_screen_keyboard(kiosk: Kiosk) -> None:
    kiosk.play([True, True, False, False, False])
    result = kiosk.window.result
    kiosk.tap(result.type_button)
    assert result.keyboard.isVisible()
    assert result.name_heading.text() == "Type a nickname:"
    assert not result.suggestions[0].isVisible()
    type_on_keyboard(kiosk, "Li Leix")
    kiosk.tap(result.keyboard.backspace)
    assert result.name_edit.text() == "Li Lei"
    kiosk.tap(result.add_button)
    assert result.joined == "Li Lei"
    assert not result.keyboard.isVisible()
    assert kiosk.service.board()[0].nickname == "Li Lei"


def test_the_blocklist_rejects_offensive_names(kiosk: Kiosk) -> None:
    kiosk.play([True] * 5)
    result = kiosk.window.result
    kiosk.tap(result.type_button)
    type_on_keyboard(kiosk, "SH1T HEAD")
    kiosk.tap(result.add_button)
    assert result.message.text() == "Please choose a friendlier name."
    assert result.name_edit.text() == ""
    assert not result.joined
    type_on_keyboard(kiosk, "13800138000")
    kiosk.tap(result.add_button)
    assert result.message.text().startswith("No phone numbers")
    assert kiosk.service.board() == []
    assert kiosk.sql("SELECT nickname, on_board FROM kiosk_rounds") == [(None, 0)]


def test_suggested_names_come_back_after_typing(kiosk: Kiosk) -> None:
    kiosk.play([True] * 5)
    result = kiosk.window.result
    kiosk.tap(result.type_button)
    kiosk.tap(result.names_button)
    assert not result.keyboard.isVisible()
    assert result.suggestions[0].isVisible()
    assert result.score_card.isVisible()


def test_play_again_keeps_the_visit_and_done_forgets_it(kiosk: Kiosk) -> None:
    kiosk.play([True] * 5)
    kiosk.tap(kiosk.window.result.again_button)
    assert kiosk.screen is kiosk.window.round
    assert kiosk.window.result.score.text() == ""
    for _ in range(5):
        kiosk.answer(right=False)
        kiosk.tap(kiosk.window.round.next_button)
    kiosk.tap(kiosk.window.result.done_button)
    kiosk.play([False] * 5)
    visits = kiosk.sql("SELECT attempt_id, visit FROM kiosk_rounds ORDER BY attempt_id")
    assert visits == [(1, 1), (2, 1), (3, 3)]
    assert kiosk.service.figures(lang="en").visitors == 2


def test_no_nickname_when_the_board_is_off(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(settings=KioskSettings(leaderboard=False))
    kiosk.play([True] * 5)
    assert not kiosk.window.result.name_card.isVisible()
    assert kiosk.window.result.done_button.isVisible()


def test_after_joining_the_board_shows_where_the_visitor_stands(kiosk: Kiosk) -> None:
    kiosk.play([True] * 5)
    kiosk.tap(kiosk.window.result.suggestions[0])
    name = kiosk.window.result.joined
    board = kiosk.window.result.board
    assert board.isVisible()
    assert board.text().splitlines()[0].startswith(f"▶ 1. {name}  ")
    kiosk.tap(kiosk.window.result.done_button)
    assert kiosk.window.result.board.text() == ""
