"""Questions on a law text since replaced: audited, left out of exams and kiosk rounds
by default (a setting allows them), asked in practice with the change said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from law_bank import OLD, add_law_topic

from ipquiz.bank.native_yaml import read_native
from ipquiz.config import resolve_locations
from ipquiz.domain.kiosk import KioskSettings
from ipquiz.domain.laws import Citation
from ipquiz.domain.spec import Mode, QuizSpec
from ipquiz.services.app import AppServices, open_services

AFTER = dt.datetime(2026, 4, 26, 9, 30)  # the 2019 AUCL text was replaced on 2025-10-15
BEFORE = dt.datetime(2025, 10, 14, 9, 30)


@pytest.fixture
def bank(small_bank: Path) -> Path:
    return add_law_topic(small_bank)


def opened(data_dir: Path, bank: Path, now: dt.datetime) -> AppServices:
    return open_services(resolve_locations(data_dir=str(data_dir)), bank=bank, clock=lambda: now)


def asked(services: AppServices, spec: QuizSpec) -> set[str]:
    active = services.quiz.start(spec=spec, lang="en", player="t")
    return {p.question.id for p in active.quiz.planned}


@pytest.mark.parametrize("seed", range(4))
def test_exams_and_kiosk_rounds_leave_replaced_texts_out(
    data_dir: Path, bank: Path, seed: int
) -> None:
    services = opened(data_dir, bank, AFTER)
    try:
        for spec in (
            QuizSpec.exam(categories=("gamma",), count=4, seed=seed),
            KioskSettings(round_length=5, categories=("gamma",)).spec(),
        ):
            got = asked(services, spec)
            assert got == {"g-new-1", "g-new-2"}, spec.mode  # the pool shrinks to two
        practice = asked(services, QuizSpec.practice(categories=("gamma",), count=4, seed=seed))
        assert practice == OLD | {"g-new-1", "g-new-2"}
        allowed = QuizSpec.exam(categories=("gamma",), count=4, seed=seed, allow_superseded=True)
        assert asked(services, allowed) == practice
        kiosk = KioskSettings(round_length=5, categories=("gamma",), allow_superseded=True)
        assert asked(services, kiosk.spec()) == practice
    finally:
        services.close()


def test_a_hand_picked_exam_leaves_them_out_too(data_dir: Path, bank: Path) -> None:
    services = opened(data_dir, bank, AFTER)
    try:
        ids = ("g-old-1", "g-new-1", "a-single")
        spec = QuizSpec.exam(question_ids=ids, count=3, shuffle_questions=False)
        assert [p.question.id for p in services.quiz.start(spec=spec, lang="en").quiz.planned] == [
            "g-new-1",
            "a-single",
        ]
    finally:
        services.close()


def test_a_review_asks_the_missed_questions_on_a_replaced_text(data_dir: Path, bank: Path) -> None:
    """A learner's own misses come back for review with the note, as in practice."""
    services = opened(data_dir, bank, AFTER)
    try:
        ids = ("g-old-1", "g-new-1")
        review = QuizSpec(mode=Mode.REVIEW, question_ids=ids, count=2, shuffle_questions=False)
        active = services.quiz.start(spec=review, lang="en")
        assert [p.question.id for p in active.quiz.planned] == list(ids)
        assert set(active.superseded) == {"g-old-1"}
    finally:
        services.close()


def test_before_the_change_nothing_is_left_out(data_dir: Path, bank: Path) -> None:
    services = opened(data_dir, bank, BEFORE)
    try:
        exam = QuizSpec.exam(categories=("gamma",), count=4, seed=1)
        assert asked(services, exam) == OLD | {"g-new-1", "g-new-2"}
        active = services.quiz.start(spec=exam, lang="en")
        assert active.superseded == {}
    finally:
        services.close()


def test_practice_knows_which_questions_rest_on_a_replaced_text(data_dir: Path, bank: Path) -> None:
    services = opened(data_dir, bank, AFTER)
    active = services.quiz.start(spec=QuizSpec.practice(categories=("gamma",), count=4), lang="en")
    assert set(active.superseded) == OLD
    (notice,) = active.superseded["g-old-1"]
    assert notice.describe() == "cites aucl@2019; replaced by aucl@2025 on 2025-10-15"
    services.close()  # the window closed: a resumed quiz knows it as well
    again = opened(data_dir, bank, AFTER)
    try:
        (resumed,) = again.quiz.interrupted()
        assert resumed.attempt_id == active.attempt_id
        assert set(resumed.superseded) == OLD
    finally:
        again.close()


def test_the_audit_lists_them_by_date(data_dir: Path, bank: Path) -> None:
    services = opened(data_dir, bank, AFTER)
    try:
        questions = services.bank.questions()
        rows = services.laws.audit(questions, AFTER.date())
        assert [r.question for r in rows] == ["g-old-1", "g-old-2"]
        assert rows[0].to_json() == {
            "id": "g-old-1",
            "category": "gamma",
            "law": "aucl@2019",
            "articles": ["9"],
            "in_force_until": "2025-10-15",
            "replaced_by": "aucl@2025",
            "replaced_on": "2025-10-15",
        }
        assert services.laws.audit(questions, BEFORE.date()) == []
    finally:
        services.close()


def test_article_texts_come_from_the_shipped_law(
    data_dir: Path, bank: Path, tmp_path: Path
) -> None:
    services = opened(data_dir, bank, AFTER)
    try:
        (q,) = [q for q in services.bank.questions() if q.id == "g-new-1"]
        (art,) = services.laws.question_articles(q, "en")
        assert art.title == "Patent Law (2020 amendment)"
        assert art.article == "42"
        assert art.text.startswith("第四十二条 发明专利权的期限为二十年")
        assert art.lang == "zh-CN"  # no official English text held: the Chinese one
        (zh,) = services.laws.question_articles(q, "zh-CN")
        assert zh.title == "专利法（2020年修正）"
        # ... and the export carries the citation the dialog was opened from
        out = tmp_path / "gamma.yaml"
        services.bank.export_file(out, fmt="yaml", category="gamma", lang="en")
        text = out.read_text(encoding="utf-8")
        assert "law: patent-law@2020" in text
        assert "law: aucl@2019" in text
        (back,) = [x for x in read_native(out.read_bytes(), name="g").questions if x.id == q.id]
        assert back.citations == q.citations == (Citation("patent-law@2020", ("42",)),)
    finally:
        services.close()
