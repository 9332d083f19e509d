"""The attract-screen facts: the shipped file's size and soundness, and the checks that
keep a bad fact out of the kiosk, reported by `ipquiz bank validate` like question problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipquiz.bank.facts import facts_path, read_facts_file
from ipquiz.bank.validation import validate_files
from ipquiz.cli import main
from ipquiz.domain.language import LANGUAGES

BANK = Path(__file__).resolve().parents[2] / "questions"

GOOD = """  - id: fact-good
    checked: 2026-12-03
    zh-CN: 每年4月26日是世界知识产权日。
    en: World IP Day is 26 April every year.
    source: {zh-CN: 世界知识产权组织, en: WIPO, law: none, url: "https://www.wipo.int/"}
"""


def write_facts(folder: Path, entries: str) -> Path:
    path = facts_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("facts:\n" + entries, encoding="utf-8")
    return path


def test_shipped_facts_are_many_cited_and_sound() -> None:
    read = read_facts_file(facts_path(BANK))
    assert read.problems == ()
    assert len(read.facts) >= 80
    assert len({f.id for f in read.facts}) == len(read.facts)
    for fact in read.facts:
        assert set(fact.texts) == set(LANGUAGES), fact.id
        assert all(fact.source[lang] for lang in LANGUAGES), fact.id
        assert fact.law == "none" or (fact.articles and "@" in fact.law), fact.id
        assert not fact.url or fact.url.startswith("http"), fact.id


def test_each_kind_of_bad_fact_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write_facts(
        tmp_path,
        GOOD
        + GOOD  # the same id again, line 12
        + """  - id: fact-no-en
    checked: 2026-12-03
    zh-CN: 只有中文。
    source: {zh-CN: 来源, en: Source, law: patent-law@2020, articles: ["42"]}
  - id: fact-bad-law
    checked: someday
    zh-CN: <b>加粗</b>
    en: Bold.
    source: {zh-CN: 来源, en: Source, law: Patent Law, articles: [42]}
  - id: fact-none-with-articles
    checked: 2026-12-03
    zh-CN: 一条事实。
    en: A fact.
    source: {zh-CN: 来源, en: "", law: none, articles: ["1"]}
""",
    )
    name = str(path)
    messages = {str(p) for p in read_facts_file(path).problems}
    assert messages == {
        f"{name}:7: fact-good: id already used at line 2",
        f"{name}:12: fact-no-en: missing en text",
        f"{name}:16: fact-bad-law: 'checked' must be a date (YYYY-MM-DD)",
        f"{name}:16: fact-bad-law: zh-CN holds HTML markup '<b>': question files are plain text",
        f"{name}:16: fact-bad-law: source: 'law' must be <law-id>@<version> or none",
        f"{name}:16: fact-bad-law: source: 'articles' must be a list of strings",
        f"{name}:21: fact-none-with-articles: source: missing en citation",
        f"{name}:21: fact-none-with-articles: source: a fact resting on no law ('none') cites no articles",
    }


def test_a_fact_too_long_for_the_attract_screen(tmp_path: Path) -> None:
    long = GOOD.replace("World IP Day is 26 April every year.", "x" * 300)
    problems = read_facts_file(write_facts(tmp_path, long)).problems
    assert [p.message for p in problems] == ["fact-good: en text is 300 characters; at most 240"]


def test_bank_validate_reads_the_facts_beside_the_categories(
    tmp_path: Path, small_bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "alpha.yaml").write_bytes((small_bank / "alpha.yaml").read_bytes())
    write_facts(tmp_path, GOOD)
    assert validate_files([tmp_path]) == []
    bad = write_facts(tmp_path, GOOD.replace("law: none", "law: nothing"))
    assert main(["bank", "validate", str(tmp_path)]) == 1
    assert f"{bad}:2: fact-good: source: 'law' must be <law-id>@<version> or none" in (
        capsys.readouterr().out
    )
    assert validate_files([tmp_path / "alpha.yaml"]) == []  # a single file: no facts looked for


def test_a_fact_cites_only_what_the_law_registry_holds(tmp_path: Path) -> None:
    (tmp_path / "alpha.yaml").write_text("", encoding="utf-8")
    cited = GOOD.replace(
        'law: none, url: "https://www.wipo.int/"', 'law: patent-law@2020, articles: ["42"]'
    )
    path = write_facts(tmp_path, cited)
    assert [str(p) for p in validate_files([tmp_path]) if p.file == str(path)] == []
    write_facts(
        tmp_path,
        cited.replace('["42"]', '["999"]')
        + cited.replace("fact-good", "fact-old").replace("@2020", "@1999"),
    )
    messages = [p.message for p in validate_files([tmp_path]) if p.file == str(path)]
    assert messages[0] == "fact-good: source: patent-law@2020 has no article 999"
    assert messages[1].startswith("fact-old: source: unknown version 'patent-law@1999'")
