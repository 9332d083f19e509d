"""Citations as the bank writes them, and which law versions apply on a date."""

from __future__ import annotations

import datetime as dt

import pytest

from ipquiz.domain.laws import (
    Citation,
    CitationError,
    Law,
    LawVersion,
    Registry,
    article_key,
    citations_text,
    make_citation,
    normalize_article,
    parse_citations,
)


@pytest.mark.parametrize(
    ("written", "normal", "key"),
    [
        ("42", "42", "42"),
        ("Art. 42", "42", "42"),
        ("Rule 14", "14", "14"),
        ("22(3)", "22(3)", "22"),
        ("10(1)(5)", "10(1)(5)", "10"),
        ("219-1", "219-1", "219-1"),
        ("219-1(2)", "219-1(2)", "219-1"),
        ("4C(1)", "4C(1)", "4"),
        ("9.2", "9.2", "9"),
        ("6bis", "6bis", "6"),
    ],
)
def test_articles_are_read_as_the_law_numbers_them(written: str, normal: str, key: str) -> None:
    assert normalize_article(written) == normal
    assert article_key(normal) == key


@pytest.mark.parametrize("bad", ["", "第四十二条", "42, 43", "Art.", "x12", "42; 43"])
def test_articles_that_are_not_article_numbers_are_refused(bad: str) -> None:
    with pytest.raises(CitationError):
        normalize_article(bad)


def test_a_law_is_written_id_at_version_or_none() -> None:
    assert make_citation("aucl@2019", ["9(1)(3)"]) == Citation("aucl@2019", ("9(1)(3)",))
    assert make_citation("none") == Citation("none")
    for bad in ("aucl", "AUCL@2019", "aucl@", "@2019", "aucl 2019"):
        with pytest.raises(CitationError):
            make_citation(bad, ["1"])
    with pytest.raises(CitationError, match="cites no articles"):
        make_citation("none", ["1"])
    with pytest.raises(CitationError, match="twice"):
        make_citation("patent-law@2020", ["42", "Art. 42"])


def test_the_one_line_form_reads_back() -> None:
    cites = (
        Citation("copyright-law@2020", ("2", "12")),
        Citation("copyright-regulations@2013", ("6",)),
        Citation("civil-code@2020"),
    )
    line = citations_text(cites)
    assert line == "copyright-law@2020: 2, 12; copyright-regulations@2013: 6; civil-code@2020"
    assert parse_citations(line) == cites
    assert parse_citations("") == ()


def _version(vid: str, start: dt.date | None, until: dt.date | None = None) -> LawVersion:
    return LawVersion(
        "aucl", vid, {"en": f"AUCL {vid}"}, None, start, until, "https://x", frozenset({"1", "9"})
    )


REGISTRY = Registry(
    {
        "aucl": Law(
            "aucl",
            {"en": "AUCL"},
            (
                _version("2019", dt.date(2019, 4, 23), dt.date(2025, 10, 15)),
                _version("2025", dt.date(2025, 10, 15)),
                _version("draft", None),
            ),
        )
    }
)


def test_a_version_applies_from_its_start_until_the_next_text() -> None:
    old = REGISTRY.version("aucl@2019")
    assert old is not None
    assert old.in_force(dt.date(2025, 10, 14))
    assert not old.in_force(dt.date(2025, 10, 15))
    assert not old.in_force(dt.date(2019, 4, 22))
    assert REGISTRY.superseded_keys(dt.date(2025, 10, 15)) == {"aucl@2019", "aucl@draft"}
    assert REGISTRY.superseded_keys(dt.date(2025, 1, 1)) == {"aucl@2025", "aucl@draft"}


def test_superseded_citations_say_what_replaced_them() -> None:
    cites = (Citation("aucl@2019", ("9",)), Citation("none"))
    found = REGISTRY.superseded(cites, dt.date(2026, 1, 1))
    assert [s.describe() for s in found] == ["cites aucl@2019; replaced by aucl@2025 on 2025-10-15"]
    assert REGISTRY.superseded(cites, dt.date(2025, 1, 1)) == []


def test_the_registry_names_what_it_does_not_know() -> None:
    assert REGISTRY.citation_problems(Citation("aucl@2019", ("9(4)",))) == []
    assert REGISTRY.citation_problems(Citation("none")) == []
    assert "unknown law" in REGISTRY.citation_problems(Citation("patent-law@2020"))[0]
    assert "aucl@2019, aucl@2025" in REGISTRY.citation_problems(Citation("aucl@2018"))[0]
    assert REGISTRY.citation_problems(Citation("aucl@2019", ("33",))) == [
        "aucl@2019 has no article 33"
    ]
