"""An answer whose commit fails is not taken: the quiz is as before, and sending it again
stores it once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dbcheck import committed

from ipquiz.config import resolve_locations
from ipquiz.domain.quiz import Phase
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices, open_services
from ipquiz.storage import results_repo


@pytest.fixture
def services(data_dir: Path, small_bank: Path) -> Iterator[AppServices]:
    s = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank)
    yield s
    s.close()


def stored(services: AppServices) -> list[tuple[object, ...]]:
    sql = "SELECT position, chosen FROM responses ORDER BY id"
    return [tuple(r) for r in committed(services.db.url, sql)]


@pytest.mark.parametrize("spec", [QuizSpec.practice(count=3, seed=1), QuizSpec.exam(count=3)])
def test_a_failed_commit_leaves_the_quiz_as_it_was(
    services: AppServices, data_dir: Path, monkeypatch: pytest.MonkeyPatch, spec: QuizSpec
) -> None:
    active = services.quiz.start(spec=spec, lang="en", player="Li")
    real = results_repo.add_response
    failures = [ConnectionError("server closed the connection")] * 2

    def flaky(*args: Any, **kwargs: Any) -> None:
        if failures:
            raise failures.pop()
        real(*args, **kwargs)

    monkeypatch.setattr(results_repo, "add_response", flaky)
    for _ in range(2):
        with pytest.raises(ConnectionError):
            services.quiz.answer(active, frozenset({0}), elapsed_ms=5)
        assert active.quiz.phase is Phase.QUESTION
        assert active.quiz.answers == ()
        assert active.quiz.position == 0
    record = services.quiz.answer(active, frozenset({0}), elapsed_ms=5)
    assert active.quiz.answers == (record,)
    # Sent again after a commit whose acknowledgement was lost: still one row.
    if spec.answers_changeable:
        services.quiz.answer(active, frozenset({0}), elapsed_ms=5)
    assert stored(services) == [(0, "0")]
