"""Quiz sets through the services: saved, played, carried to another PC and back; and
the bank browser the questions are hand-picked from."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ipquiz.bank.set_file import SetFileError
from ipquiz.config import resolve_locations
from ipquiz.domain.bank_query import BankQuery
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.quiz_sets import UnknownSetError

PICKED = QuizSpec.exam(
    name="初二(3)班 · 挑选",
    question_ids=("b-single", "a-tf", "a-single"),
    count=3,
    shuffle_questions=False,
    pass_mark=0.5,
    scoring="partial",
)
DRAWN = QuizSpec.practice(
    name="Alpha, easy first",
    categories=("alpha",),
    count=3,
    shuffle_questions=False,
    question_seconds=20,
)


@pytest.fixture
def here(database_url: str, small_bank: Path) -> Iterator[AppServices]:
    s = open_services(resolve_locations(database=database_url), bank=small_bank)
    yield s
    s.close()


@pytest.fixture
def there(other_database_url: str, small_bank: Path) -> Iterator[AppServices]:
    """Another PC, with the same bank less one question."""
    (small_bank / "beta.yaml").write_text(
        (small_bank / "beta.yaml").read_text(encoding="utf-8").replace("b-single", "b-other"),
        encoding="utf-8",
    )
    s = open_services(resolve_locations(database=other_database_url), bank=small_bank)
    yield s
    s.close()


def test_a_set_is_saved_renamed_and_deleted(here: AppServices) -> None:
    here.sets.save(PICKED)
    here.sets.save(DRAWN)
    assert [s.name for s in here.sets.sets()] == sorted([PICKED.name, DRAWN.name])
    renamed = here.sets.save(QuizSpec.practice(name="  New   name "), replacing=DRAWN.name)
    assert renamed.name == "New name"
    assert {s.name for s in here.sets.sets()} == {PICKED.name, "New name"}
    here.sets.delete("New name")
    assert here.sets.sets() == [PICKED]
    with pytest.raises(UnknownSetError):
        here.sets.delete("New name")
    with pytest.raises(ValueError, match="one line"):
        here.sets.save(QuizSpec.practice(name="a\x1b[31mb"))


def test_a_hand_picked_set_asks_its_questions_in_the_picked_order(here: AppServices) -> None:
    active = here.quiz.start(spec=PICKED, lang="en", player="Li")
    assert [p.question.id for p in active.quiz.planned] == list(PICKED.question_ids)
    assert active.quiz.profile.name == "partial"
    specs = [QuizSpec.exam(question_ids=PICKED.question_ids, count=3, seed=s) for s in range(8)]
    orders = {
        tuple(p.question.id for p in here.quiz.start(spec=s, lang="en").quiz.planned) for s in specs
    }
    assert len(orders) > 1
    assert all(set(o) == set(PICKED.question_ids) for o in orders)


def test_unshuffled_drawn_questions_go_from_easy_to_hard(here: AppServices) -> None:
    for seed in range(5):
        spec = QuizSpec.practice(categories=("alpha",), count=3, shuffle_questions=False, seed=seed)
        active = here.quiz.start(spec=spec, lang="en")
        assert [p.question.difficulty for p in active.quiz.planned] == [1, 2, 3]


def test_sets_go_to_another_pc_and_back(
    here: AppServices, there: AppServices, tmp_path: Path
) -> None:
    here.sets.save(PICKED)
    here.sets.save(DRAWN)
    path = tmp_path / "sets.json"
    written = here.sets.export(path, names=[PICKED.name])
    assert written == [PICKED]
    there.sets.save(QuizSpec.practice(name=PICKED.name, count=4))  # the name is taken there
    report = there.sets.import_file(path)
    assert report.renamed == [(PICKED.name, f"{PICKED.name} (2)")]
    assert report.missing_questions == {f"{PICKED.name} (2)": 1}  # b-single is not there
    back = {s.name: s for s in there.sets.sets()}[f"{PICKED.name} (2)"]
    assert back.question_ids == PICKED.question_ids
    assert back.pass_mark == 0.5
    active = there.quiz.start(spec=back, lang="en")  # asks the two it has
    assert [p.question.id for p in active.quiz.planned] == ["a-tf", "a-single"]

    again = there.sets.import_file(path)  # the same file twice: nothing new
    assert (again.unchanged, again.saved) == ([f"{PICKED.name} (2)"], [])
    replaced = there.sets.import_file(path, replace=True)
    assert replaced.replaced == [PICKED.name]
    assert {s.name: s for s in there.sets.sets()}[PICKED.name] == PICKED

    everything = tmp_path / "all.json"
    here.sets.export(everything)
    assert [s["name"] for s in json.loads(everything.read_text("utf-8"))["sets"]] == sorted(
        [PICKED.name, DRAWN.name]
    )
    with pytest.raises(UnknownSetError, match="'nope'"):
        here.sets.export(tmp_path / "x.json", names=["nope"])


def test_a_bad_set_file_saves_nothing(here: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    good = json.loads(
        json.dumps(
            {
                "format": "ipquiz-quiz-sets",
                "version": 1,
                "sets": [PICKED.to_dict(), {**DRAWN.to_dict(), "count": 0}],
            }
        )
    )
    path.write_text(json.dumps(good), encoding="utf-8")
    with pytest.raises(SetFileError, match="set 2"):
        here.sets.import_file(path)
    assert here.sets.sets() == []


def test_the_bank_browser_filters_in_any_language(here: AppServices) -> None:
    def ids(**query: object) -> list[str]:
        return [q.id for q in here.sets.search(BankQuery(**query)).questions]  # type: ignore[arg-type]

    assert ids(text="DESIGN patent") == ["a-single"]
    assert ids(text="外观设计") == ["a-single"]
    assert ids(text="a-mul") == ["a-multiple"]
    assert ids(category="alpha") == ["a-single", "a-multiple", "a-tf"]  # easy to hard
    assert ids(category="alpha", difficulty=3) == ["a-tf"]
    assert ids(tag="term") == ["a-single"]
    assert ids(tag="ter") == []  # a whole tag, not part of one
    assert set(ids(law="patent-law@2020")) == {"a-single", "a-multiple"}
    assert set(ids(law="patent-law")) == {"a-single", "a-multiple"}
    assert ids(law="patent") == []  # a whole law id, not part of one
    assert set(ids(law="none")) == {"b-single", "b-english-only"}
    assert ids(text="%") == []  # taken literally
    page = here.sets.search(BankQuery(limit=2))
    assert (len(page.questions), page.total) == (2, 5)
    assert here.sets.laws("en") == [
        ("copyright-law@2020", "Copyright Law (2020 amendment)"),
        ("patent-law@2020", "Patent Law (2020 amendment)"),
        ("none", "none"),
    ]
    assert ("patent-law@2020", "专利法（2020年修正）") in here.sets.laws("zh-CN")
    assert "term" in here.sets.tags()
