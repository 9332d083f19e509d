"""The law registry shipped with the bank, and citations checked against it."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from ipquiz.bank.bundle import read_bank
from ipquiz.bank.law_registry import RegistryError, load_registry
from ipquiz.bank.law_texts import chinese_number, parse_law_text
from ipquiz.bank.native_yaml import dump_native, read_native_text
from ipquiz.bank.validation import validate_files
from ipquiz.domain.laws import Citation
from ipquiz.domain.question import Category

BANK = Path(__file__).resolve().parents[2] / "questions"


@pytest.fixture(scope="module")
def shipped():  # type: ignore[no-untyped-def]
    return load_registry(BANK)


def test_every_version_in_force_names_its_official_source(shipped) -> None:  # type: ignore[no-untyped-def]
    for law in shipped.registry.laws.values():
        for v in law.versions:
            assert v.title("zh-CN"), v.key
            assert v.title("en"), v.key
            if v.in_force_from is not None:
                assert re.match(r"https?://", v.source_url), v.key
                assert v.articles, v.key  # the validator can check article numbers


def test_shipped_texts_hold_every_article_in_order(shipped) -> None:  # type: ignore[no-untyped-def]
    for key in shipped.text_files:
        text = shipped.text(key, "zh-CN")
        assert text is not None, key
        assert text.headnote, key
        numbers = [int(k.split("-")[0]) for k in text.articles]
        assert numbers == sorted(numbers), key
        if key not in ("civil-code@2020", "criminal-law@2020"):  # the app holds parts of them
            assert numbers == list(range(1, len(numbers) + 1)), key


def test_a_version_lasts_until_the_next_one_takes_effect(shipped) -> None:  # type: ignore[no-untyped-def]
    old = shipped.registry.version("aucl@2019")
    assert old.in_force_until == dt.date(2025, 10, 15)
    assert shipped.registry.version("aucl@2025").in_force_until is None
    assert shipped.registry.version("trademark-law@2019").in_force_until is None


def test_chinese_article_numbers() -> None:
    assert [chinese_number(n) for n in ("一", "十", "十二", "二十", "一百零二", "二百一十九")] == [
        1,
        10,
        12,
        20,
        102,
        219,
    ]
    assert chinese_number("一千一百八十五") == 1185
    text = parse_law_text(
        "# 法\n\n通过\n\n<!-- INFO END -->\n\n## 第一章\n\n第一条 甲。\n\n乙。\n\n"
        "## 第二章\n\n第二百一十九条之一 丙。\n"
    )
    assert text.headnote == "通过"
    assert text.articles == {"1": "第一条 甲。\n乙。", "219-1": "第二百一十九条之一 丙。"}


def test_dating_the_trademark_revision_flags_every_question_on_the_2019_text(
    tmp_path: Path,
) -> None:
    """One registry change: the revision's in-force date."""
    bank = tmp_path / "questions"
    shutil.copytree(BANK, bank)
    questions = read_bank(bank).questions
    citing = {q.id for q in questions if any(c.law == "trademark-law@2019" for c in q.citations)}
    assert len(citing) >= 70
    day = dt.date(2027, 1, 1)

    def flagged(on: dt.date = day) -> set[str]:
        registry = load_registry(bank).registry
        return {
            q.id
            for q in questions
            for s in registry.superseded(q.citations, on)
            if s.version.law_id == "trademark-law"
        }

    assert flagged() == set()
    path = bank / "laws" / "registry.yaml"
    text = path.read_text(encoding="utf-8")
    marker = "      - id: revision\n"
    head, tail = text.split(marker)
    tail = tail.replace("in_force_from: null", "in_force_from: 2027-01-01", 1)
    path.write_text(head + marker + tail, encoding="utf-8")
    assert flagged() == citing
    assert flagged(dt.date(2026, 12, 31)) == set()


def test_a_broken_registry_is_reported_not_guessed(tmp_path: Path) -> None:
    (tmp_path / "laws").mkdir()
    (tmp_path / "laws" / "registry.yaml").write_text(
        "laws:\n  - id: x\n    title: {en: X}\n    versions:\n"
        "      - {id: '1', in_force_from: 2020-01-01, adopted: soon}\n",
        encoding="utf-8",
    )
    with pytest.raises(RegistryError) as caught:
        load_registry(tmp_path)
    said = str(caught.value)
    assert "adopted must be a date" in said


ENTRY = """category: {{id: c, name: {{en: C}}}}
questions:
  - id: q1
    type: single
    difficulty: 1
    source:
      en: Patent Law (2020 amendment), Art. 42
{source}
    answer: A
    en: {{prompt: "How long?", choices: [a, b], explanation: Because.}}
"""


def test_citations_read_and_write_back() -> None:
    source = (
        '      law: copyright-law@2020\n      articles: ["2", 12]\n      also:\n'
        "        - law: copyright-regulations@2013\n          articles: [Art. 6]\n"
    )
    read = read_native_text(ENTRY.format(source=source), "c.yaml")
    assert read.problems == ()
    (q,) = read.questions
    assert q.citations == (
        Citation("copyright-law@2020", ("2", "12")),
        Citation("copyright-regulations@2013", ("6",)),
    )
    again = read_native_text(dump_native(Category("c", {"en": "C"}), [q]), "c.yaml")
    assert again.questions == (q,)


@pytest.mark.parametrize(
    ("source", "said"),
    [
        ("      law: patent-law", "must be written <law-id>@<version>"),
        ('      law: none\n      articles: ["1"]', "cites no articles"),
        ("      law: patent-law@2020\n      articles: 42", "'articles' must be a list"),
        ("      law: patent-law@2020\n      articles: [第四十二条]", "must be written like 42"),
        ("      also: [{law: patent-law@2020}]", "'also' needs a 'law' first"),
        (
            '      law: patent-law@2020\n      also: [{law: patent-law@2020, articles: ["1"]}]',
            "cited twice",
        ),
    ],
)
def test_malformed_citations_are_refused_at_their_line(source: str, said: str) -> None:
    read = read_native_text(ENTRY.format(source=source), "c.yaml")
    assert read.questions == ()
    (problem,) = read.problems
    assert problem.line == 3
    assert said in problem.message


@pytest.mark.parametrize(
    ("source", "said"),
    [
        ("", "missing 'law'"),
        ('      law: patent-law@2008\n      articles: ["42"]', "unknown version 'patent-law@2008'"),
        ('      law: patent-act@2020\n      articles: ["42"]', "unknown law 'patent-act'"),
        (
            '      law: patent-law@2020\n      articles: ["42", "83"]',
            "patent-law@2020 has no article 83",
        ),
        ("      law: trademark-law@revision\n      articles: []", "not in force (a draft)"),
        ('      law: aucl@2025\n      articles: ["42"]', "aucl@2025 has no article 42"),
    ],
)
def test_validation_refuses_citations_the_registry_does_not_know(
    tmp_path: Path, source: str, said: str
) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(ENTRY.format(source=source), encoding="utf-8")
    found = [
        p for p in validate_files([path], require_all_languages=False) if "source" in p.message
    ]
    assert len(found) == 1, found
    assert said in found[0].message
    assert found[0].line == 3


def test_a_version_not_yet_checked_is_cited_as_a_whole_only(tmp_path: Path) -> None:
    shutil.copytree(BANK / "laws", tmp_path / "laws")
    registry = tmp_path / "laws" / "registry.yaml"
    marker = "        text: aucl@2025.zh.md\n"
    text = registry.read_text(encoding="utf-8")
    assert marker in text
    registry.write_text(
        text.replace(marker, "        articles_confirmed: false\n"), encoding="utf-8"
    )
    path = tmp_path / "c.yaml"
    path.write_text(
        ENTRY.format(source='      law: aucl@2025\n      articles: ["10"]'), encoding="utf-8"
    )
    found = [p.message for p in validate_files([path], require_all_languages=False)]
    assert any("not yet confirmed against the official" in m for m in found), found
    path.write_text(
        ENTRY.format(source="      law: aucl@2025\n      articles: []"), encoding="utf-8"
    )
    assert [
        m
        for m in (p.message for p in validate_files([path], require_all_languages=False))
        if "source" in m
    ] == []


def test_the_2025_competition_law_is_held_renumbered(shipped) -> None:  # type: ignore[no-untyped-def]
    text = shipped.text("aucl@2025", "zh-CN")
    assert len(text.articles) == 41
    assert "本法所称的商业秘密" in text.articles["10"]
    assert "混淆行为" in text.articles["7"]
    assert "2025年10月15日" in text.articles["41"]


def test_validation_accepts_known_versions_and_articles(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    source = '      law: aucl@2019\n      articles: ["9(4)"]\n      also: [{law: criminal-law@2020, articles: [219-1]}]'
    path.write_text(ENTRY.format(source=source), encoding="utf-8")
    assert [
        p for p in validate_files([path], require_all_languages=False) if "source" in p.message
    ] == []
