"""Selection fairness, modes through the services, resuming after a crash, saved specs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from dbcheck import committed

from ipquiz.assets import bank_dir
from ipquiz.config import resolve_locations
from ipquiz.domain.quiz import Phase
from ipquiz.domain.spec import Mode, QuizSpec
from ipquiz.services.app import AppServices, open_services


def services_on(folder: Path, bank: Path) -> AppServices:
    return open_services(resolve_locations(data_dir=str(folder)), bank=bank)


@pytest.fixture
def small(data_dir: Path, small_bank: Path) -> AppServices:
    s = services_on(data_dir, small_bank)
    yield s  # type: ignore[misc]
    s.close()


@pytest.fixture
def shipped(data_dir: Path) -> AppServices:
    s = services_on(data_dir, bank_dir())
    yield s  # type: ignore[misc]
    s.close()


def drawn(services: AppServices, spec: QuizSpec, **kw: str) -> list[str]:
    active = services.quiz.start(spec=spec, lang="en", **kw)
    services.quiz.abandon(active)
    return [p.question.id for p in active.quiz.planned]


def test_nothing_repeats_until_the_pool_is_used_up(small: AppServices) -> None:
    spec = QuizSpec(count=2, categories=("alpha",))  # a pool of 3, one per difficulty
    pool = {"a-multiple", "a-single", "a-tf"}
    attempts: list[list[str]] = []
    for _ in range(8):
        ids = drawn(small, spec, player="Li")
        assert len(set(ids)) == len(ids) == 2  # never twice in one attempt
        attempts.append(ids)
    unseen = set(pool)
    for ids in attempts:
        repeats = set(ids) - unseen
        if repeats:  # something came back: only once everything else had been shown
            assert unseen <= set(ids), attempts
            unseen = pool - repeats
        else:
            unseen -= set(ids)
        if not unseen:
            unseen = set(pool)


def test_each_owner_has_its_own_history(small: AppServices) -> None:
    spec = QuizSpec(count=3, categories=("alpha",))
    assert sorted(drawn(small, spec, owner="station:1")) == sorted(
        drawn(small, spec, owner="station:2")
    )


def test_categories_and_difficulty_mix_are_respected(shipped: AppServices) -> None:
    ids = drawn(shipped, QuizSpec(count=16, seed=3), player="strata")
    sql = "SELECT category_id, difficulty FROM questions WHERE id = :i"
    rows = [tuple(committed(shipped.db.url, sql, i=i)[0]) for i in ids]
    assert Counter(c for c, _ in rows) == Counter({c: 2 for c, _ in rows})
    assert len({c for c, _ in rows}) == 8
    easy = drawn(
        shipped, QuizSpec(count=10, categories=("patents",), difficulty_mix=(1, 0, 0)), player="e"
    )
    levels = {
        committed(shipped.db.url, "SELECT difficulty FROM questions WHERE id = :i", i=i)[0][0]
        for i in easy
    }
    assert levels == {1}


def test_a_seed_reproduces_the_draw(
    tmp_path: Path, database_url: str, other_database_url: str
) -> None:
    runs = []
    for n, url in enumerate((database_url, other_database_url)):
        s = open_services(
            resolve_locations(data_dir=str(tmp_path / f"d{n}"), database=url), bank=bank_dir()
        )
        active = s.quiz.start(spec=QuizSpec(count=10, seed=42), lang="en", player="x")
        runs.append([(p.question.id, p.shown_order) for p in active.quiz.planned])
        s.close()
    assert runs[0] == runs[1]


def test_an_interrupted_practice_resumes_with_its_answers(data_dir: Path, small_bank: Path) -> None:
    s = services_on(data_dir, small_bank)
    active = s.quiz.start(spec=QuizSpec.practice(count=4, seed=1), lang="zh-CN", player="韩梅梅")
    for _ in range(2):
        s.quiz.answer(active, frozenset(active.quiz.current.question.correct), elapsed_ms=1000)
        active.quiz.next()
    s.close()  # the window closed, or the power went

    again = services_on(data_dir, small_bank)
    (resumed,) = again.quiz.interrupted()
    assert resumed.attempt_id == active.attempt_id
    assert (resumed.lang, resumed.player) == ("zh-CN", "韩梅梅")
    assert [a.question_id for a in resumed.quiz.answers] == [
        a.question_id for a in active.quiz.answers
    ]
    assert resumed.quiz.position == 2
    assert [p.shown_order for p in resumed.quiz.planned] == [
        p.shown_order for p in active.quiz.planned
    ]
    while resumed.quiz.phase is not Phase.FINISHED:
        again.quiz.answer(resumed, frozenset({0}), elapsed_ms=5)
        resumed.quiz.next()
    assert again.quiz.finish(resumed).overall.answered == 4
    assert again.quiz.interrupted() == []
    again.close()


def test_an_interrupted_kiosk_round_is_closed_as_abandoned(
    data_dir: Path, small_bank: Path
) -> None:
    s = services_on(data_dir, small_bank)
    active = s.quiz.start(spec=QuizSpec.kiosk(count=3), lang="en", owner="station:hall-a")
    s.quiz.answer(active, frozenset({0}), elapsed_ms=3000)
    s.close()
    again = services_on(data_dir, small_bank)
    assert again.quiz.interrupted() == []
    ((status, owner),) = committed(again.db.url, "SELECT status, owner FROM attempts")
    assert (status, owner) == ("abandoned", "station:hall-a")
    again.close()


def test_exam_changed_answers_replace_and_submit_scores_unanswered_as_zero(
    small: AppServices, data_dir: Path
) -> None:
    active = small.quiz.start(spec=QuizSpec.exam(count=3, seed=2), lang="en", player="p")
    quiz = active.quiz
    wrong = frozenset({1}) if 0 in quiz.current.question.correct else frozenset({0})
    small.quiz.answer(active, wrong, elapsed_ms=10)
    small.quiz.answer(active, frozenset(quiz.current.question.correct), elapsed_ms=20)
    assert committed(
        small.db.url, "SELECT count(*), sum(CASE WHEN correct THEN 1 END) FROM responses"
    ) == [(1, 1)]
    result = small.quiz.finish(active)  # submit with two unanswered
    assert (result.overall.correct, result.overall.answered, result.total) == (1, 1, 3)


def test_saved_specs_come_back_as_saved(small: AppServices) -> None:
    spec = QuizSpec.exam(name="Class 7 · 专利", categories=("alpha",), count=3, total_seconds=600)
    small.sets.save(spec)
    small.sets.save(QuizSpec.exam(name="Class 7 · 专利", count=5))  # same name: replaced
    (back,) = small.sets.sets()
    assert back.count == 5
    assert back.mode is Mode.EXAM
    with pytest.raises(ValueError, match="needs a name"):
        small.sets.save(QuizSpec())
