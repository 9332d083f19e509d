"""A kiosk round: countdown, instant feedback, auto-advance, time-outs, scoring."""

from __future__ import annotations

from kiosk_driver import Kiosk, MakeKiosk

from ipquiz.domain.kiosk import KioskSettings
from ipquiz.domain.question import QuestionType
from ipquiz.domain.quiz import Phase


def test_countdown_runs_on_the_clock(kiosk: Kiosk) -> None:
    kiosk.start()
    screen = kiosk.window.round
    assert screen.progress.text() == "Question 1 of 5"
    assert screen.countdown is screen.ring
    assert screen.ring.isVisible()
    assert not screen.bar.isVisible()
    assert (screen.ring.fraction, screen.ring.seconds) == (1.0, 20)
    kiosk.advance(5)
    assert screen.ring.seconds == 15
    assert abs(screen.ring.fraction - 0.75) < 0.01
    assert screen.prompt.textFormat().name == "PlainText"


def test_a_right_answer_gets_feedback_and_moves_on_by_itself(kiosk: Kiosk) -> None:
    kiosk.start()
    screen = kiosk.window.round
    kiosk.answer(right=True)
    assert screen.feedback.isVisible()
    assert screen.verdict.text() == "✔ Correct! +100 points"  # within the first quarter: full
    assert screen.answer_line.text().startswith("Answer: ")
    assert screen.explanation.text()
    assert screen.score.text() == "Score: 100"
    assert screen.next_button.text() == "Next  ▶ 6"
    kiosk.advance(3)
    assert screen.next_button.text() == "Next  ▶ 3"
    kiosk.advance(3)  # the default six feedback seconds
    assert screen.progress.text() == "Question 2 of 5"
    assert not screen.feedback.isVisible()


def test_tapping_the_feedback_moves_on_at_once(kiosk: Kiosk) -> None:
    kiosk.start()
    screen = kiosk.window.round
    kiosk.answer(right=False)
    assert screen.verdict.text() == "✘ Not quite."
    kiosk.tap(screen.feedback)
    assert screen.progress.text() == "Question 2 of 5"
    kiosk.answer(right=False)
    kiosk.tap(screen.next_button)
    assert screen.progress.text() == "Question 3 of 5"


def test_running_out_of_time_counts_as_unanswered(kiosk: Kiosk) -> None:
    kiosk.start()
    screen = kiosk.window.round
    kiosk.advance(19.9)
    assert not screen.feedback.isVisible()
    kiosk.advance(0.1)
    assert screen.feedback.isVisible()
    assert screen.verdict.text() == "Time's up!"
    ((chosen, elapsed),) = kiosk.sql("SELECT chosen, elapsed_ms FROM responses")
    assert (chosen, elapsed) == ("", 20_000)


def test_slow_answers_score_less_and_streaks_more(kiosk: Kiosk) -> None:
    kiosk.start()
    kiosk.advance(15)
    kiosk.answer(right=True)
    slow = kiosk.window.active.quiz.answers[-1].points  # type: ignore[union-attr]
    assert 50 <= slow < 100
    kiosk.tap(kiosk.window.round.next_button)
    kiosk.answer(right=True)
    streak = kiosk.window.active.quiz.answers[-1].points  # type: ignore[union-attr]
    assert streak == 110  # fast, and one right answer before it: +10 %


def test_a_multiple_answer_question_waits_for_confirm(kiosk: Kiosk) -> None:
    kiosk.start()
    screen = kiosk.window.round
    active = kiosk.window.active
    assert active is not None
    kiosk.skip_to(QuestionType.MULTIPLE)
    assert screen.confirm_button.isVisible()
    assert not screen.confirm_button.isEnabled()
    kiosk.tap(screen.buttons[0])
    assert active.quiz.phase is Phase.QUESTION
    assert screen.confirm_button.isEnabled()
    kiosk.tap(screen.confirm_button)
    assert active.quiz.phase is Phase.FEEDBACK


def test_partial_credit_says_partly_right_with_its_points(kiosk: Kiosk) -> None:
    kiosk.start()
    screen = kiosk.window.round
    active = kiosk.window.active
    assert active is not None
    kiosk.skip_to(QuestionType.MULTIPLE)
    planned = active.quiz.current
    first_right = min(planned.shown_order.index(i) for i in planned.question.correct)
    kiosk.tap(screen.buttons[first_right])  # one of the three right choices
    kiosk.tap(screen.confirm_button)
    record = active.quiz.answers[-1]
    assert not record.correct
    assert record.points == 33.3333
    assert screen.verdict.text() == "◐ Partly right, +33 points"
    assert screen.feedback.property("state") == "partly"


def test_a_whole_round_is_stored_as_a_finished_kiosk_attempt(kiosk: Kiosk) -> None:
    kiosk.play([True, False, True, True, False])
    ((mode, status, owner, profile),) = kiosk.sql(
        "SELECT mode, status, owner, scoring_profile FROM attempts"
    )
    assert (mode, status, owner, profile) == ("kiosk", "finished", "station:test", "speed-streak")
    assert kiosk.sql("SELECT count(*) FROM responses") == [(5,)]
    assert kiosk.sql("SELECT station, visit FROM kiosk_rounds") == [("test", 1)]


def test_settings_choose_the_bar_length_and_times(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(
        settings=KioskSettings(
            round_length=3, question_seconds=10, feedback_seconds=2, countdown="bar"
        )
    )
    kiosk.start()
    screen = kiosk.window.round
    assert screen.bar.isVisible()
    assert not screen.ring.isVisible()
    assert screen.progress.text() == "Question 1 of 3"
    assert screen.bar.seconds == 10
    kiosk.advance(10)
    assert screen.verdict.text() == "Time's up!"
    kiosk.advance(2)
    assert screen.progress.text() == "Question 2 of 3"
