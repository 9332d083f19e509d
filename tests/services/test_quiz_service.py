from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dbcheck import committed

from ipquiz.config import resolve_locations
from ipquiz.domain.quiz import Phase
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.bank_service import stats, sync_bundled_bank
from ipquiz.services.quiz_service import NoQuestionsError
from ipquiz.services.results_service import export_results

NOW = dt.datetime(2026, 4, 26, 9, 30)


@pytest.fixture
def services(data_dir: Path, small_bank: Path) -> AppServices:
    s = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank, clock=lambda: NOW)
    yield s  # type: ignore[misc]
    s.close()


def stored_responses(services: AppServices) -> list[tuple[object, ...]]:
    """Read with a separate connection: only committed rows are visible."""
    sql = "SELECT attempt_id, question_id, correct FROM responses ORDER BY id"
    return [tuple(r) for r in committed(services.db.url, sql)]


def test_open_creates_the_database_in_the_data_dir(
    services: AppServices, data_dir: Path, database_url: str
) -> None:
    assert (data_dir / "ipquiz.db").exists() == database_url.startswith("sqlite")
    assert services.sync.changed
    assert services.sync.questions == 5


def test_each_answer_is_committed_before_answer_returns(
    services: AppServices, data_dir: Path
) -> None:
    active = services.quiz.start(spec=QuizSpec(count=3, seed=3), lang="zh-CN", player="韩梅梅")
    first = active.quiz.current.question
    record = services.quiz.answer(active, frozenset(first.correct), elapsed_ms=2_000)
    assert record.correct
    assert stored_responses(services) == [(active.attempt_id, first.id, True)]


def test_a_whole_quiz_then_export(services: AppServices, data_dir: Path, tmp_path: Path) -> None:
    active = services.quiz.start(
        spec=QuizSpec(count=5, seed=1), lang="en", player="=cmd|' /C calc'!A0"
    )
    while active.quiz.phase is not Phase.FINISHED:
        services.quiz.answer(active, frozenset({0}), elapsed_ms=1500)
        active.quiz.next()
    result = services.quiz.finish(active)
    assert result.total == 5
    out = tmp_path / "results.csv"
    assert export_results(services.db, out, lang="en") == 5
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("attempt,player,mode,status,language,started,finished,")
    assert lines[1].startswith(
        "1,'=cmd|' /C calc'!A0,practice,finished,en,2026-04-26 09:30:00,2026-04-26 09:30:00,"
    )
    assert all(line.endswith(",1.5") for line in lines[1:])


def test_abandoned_attempts_are_not_exported_by_default(
    services: AppServices, tmp_path: Path
) -> None:
    active = services.quiz.start(spec=QuizSpec(count=2, seed=1), lang="en")
    services.quiz.answer(active, frozenset({0}), elapsed_ms=10)
    services.quiz.abandon(active)
    assert export_results(services.db, tmp_path / "r.csv", lang="en") == 0


def test_topics_filter_and_empty_pool(services: AppServices) -> None:
    active = services.quiz.start(spec=QuizSpec(count=10, categories=("beta",)), lang="en")
    assert {p.question.category for p in active.quiz.planned} == {"beta"}
    assert active.quiz.total == 2  # fewer questions than asked: all of them
    with pytest.raises(NoQuestionsError):
        services.quiz.start(spec=QuizSpec(categories=("nope",)), lang="en")


def test_changed_files_resync_without_touching_results(
    services: AppServices, small_bank: Path, data_dir: Path
) -> None:
    active = services.quiz.start(spec=QuizSpec(count=1, categories=("beta",), seed=2), lang="en")
    services.quiz.answer(active, frozenset({0}), elapsed_ms=10)
    assert not sync_bundled_bank(services.db, small_bank).changed  # unchanged files: nothing to do
    (small_bank / "beta.yaml").unlink()
    report = sync_bundled_bank(services.db, small_bank)
    assert report.changed
    assert report.retired == 2
    assert stats(services.db)["questions"] == 3
    assert len(stored_responses(services)) == 1
