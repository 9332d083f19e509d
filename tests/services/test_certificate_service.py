"""Certificates through the real services: who gets one, what it says, checking codes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from ipquiz.config import resolve_locations
from ipquiz.domain.certificates import CertificateError
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices, open_services
from ipquiz.storage.models import AttemptRow

NOW = dt.datetime(2026, 12, 3, 15, 45)


@pytest.fixture
def services(data_dir: Path, small_bank: Path) -> Iterator[AppServices]:
    s = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank, clock=lambda: NOW)
    yield s
    s.close()


def play(services: AppServices, spec: QuizSpec, *, right: int, player: str = "韩梅梅") -> int:
    """Play `spec` to the end with the first `right` questions right, the rest wrong."""
    active = services.quiz.start(spec=spec, lang="zh-CN", player=player)
    quiz = active.quiz
    for position, planned in enumerate(quiz.planned):
        question = planned.question
        wrong = frozenset(
            {next(i for i in range(question.choice_count) if i not in question.correct)}
        )
        if spec.answers_changeable:
            quiz.goto(position)
        else:
            assert quiz.position == position
        chosen = question.correct if position < right else wrong
        services.quiz.answer(active, chosen, elapsed_ms=1_000)
        if quiz.in_feedback:
            quiz.next()
    services.quiz.finish(active)
    return active.attempt_id


EXAM = QuizSpec.exam(count=5, seed=2, pass_mark=0.6, name="专利基础 · 期末")


def test_a_passed_exam_gets_a_certificate_that_checks(services: AppServices) -> None:
    attempt = play(services, EXAM, right=4)
    facts = services.certificates.issue(attempt)
    assert facts.attempt_id == attempt
    assert facts.name == "韩梅梅"
    assert facts.quiz_set == "专利基础 · 期末"
    assert (facts.points, facts.max_points, facts.percent) == (4, 5, 80)
    assert facts.pass_mark == 0.6
    assert facts.finished_at == NOW
    assert facts.topics == {"zh-CN": ("甲类", "乙类"), "en": ("Alpha", "Beta")}
    assert services.certificates.issue(attempt).code == facts.code  # the same every time
    assert services.certificates.verify(facts.code.lower()) == facts


def test_only_a_finished_exam_at_its_pass_mark_earns_one(services: AppServices) -> None:
    at_the_mark = play(services, EXAM, right=3)  # 60 %: the pass mark itself passes
    assert services.certificates.issue(at_the_mark).percent == 60
    below = play(services, EXAM, right=2)
    with pytest.raises(CertificateError, match="40%, below the pass mark of 60%"):
        services.certificates.issue(below)
    practice = play(services, QuizSpec.practice(count=5, seed=2), right=5)
    with pytest.raises(CertificateError, match="is a practice, not an exam"):
        services.certificates.issue(practice)
    running = services.quiz.start(spec=EXAM, lang="en", player="Li Lei")
    with pytest.raises(CertificateError, match="was not finished"):
        services.certificates.issue(running.attempt_id)
    with pytest.raises(CertificateError, match="there is no attempt 999"):
        services.certificates.issue(999)


def test_a_code_stops_checking_when_the_result_is_changed(services: AppServices) -> None:
    code = services.certificates.issue(play(services, EXAM, right=4)).code
    with services.db.transaction() as session:
        session.get_one(AttemptRow, 1).score = 5.0
    with pytest.raises(CertificateError, match="no certificate of this database"):
        services.certificates.verify(code)


def test_codes_of_other_databases_and_unpassed_attempts_are_unknown(
    services: AppServices, data_dir: Path, other_database_url: str, small_bank: Path
) -> None:
    failed = play(services, EXAM, right=1)
    with pytest.raises(CertificateError, match="no certificate of this database"):
        services.certificates.verify(f"{failed}-0000-0000")  # nothing issued here yet
    code = services.certificates.issue(play(services, EXAM, right=5)).code
    elsewhere = open_services(
        resolve_locations(data_dir=str(data_dir / "other"), database=other_database_url),
        bank=small_bank,
        clock=lambda: NOW,
    )
    try:
        same_attempt = play(elsewhere, EXAM, right=5)
        play(elsewhere, EXAM, right=5)
        assert same_attempt == 1
        with pytest.raises(CertificateError, match="no certificate of this database"):
            elsewhere.certificates.verify(code)
        assert elsewhere.certificates.issue(2).code != code
    finally:
        elsewhere.close()
    mac = code.split("-", 1)[1]
    with pytest.raises(CertificateError, match="no certificate of this database"):
        services.certificates.verify(f"{failed}-{mac}")  # a real hash on a failed attempt
