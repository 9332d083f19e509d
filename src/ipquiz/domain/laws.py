"""Laws as versions: which text of which law a question rests on, and when it applied.

A question cites `<law-id>@<version-id>` and article references such as "42",
"22(3)", "10(1)(5)", "219-1" (Art. 219-1, 第二百一十九条之一) or "4C(1)"; the number
in front (with its "-N") is the article the text is looked up by. `none` cites no
statute (an official page names the source instead).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ipquiz.domain.language import other_language

NO_LAW = "none"
#: "42", "22(3)", "10(1)(5)", "219-1", "4C(1)", "9.2", "6bis", "6quinquies(B)".
_ARTICLE = re.compile(
    r"(\d{1,4}(?:-\d{1,2})?)((?:[A-Za-z]{1,10})?(?:\.\d{1,3})*(?:\([0-9A-Za-z]{1,6}\))*)"
)
_PREFIX = re.compile(r"^(?:arts?\.?|articles?|rules?|items?)\s*", re.IGNORECASE)
_LAW_ID = re.compile(r"[a-z][a-z0-9-]{0,47}")
_VERSION_ID = re.compile(r"[0-9a-z][0-9a-z.-]{0,15}")


class CitationError(ValueError):
    """A citation that cannot be read (says what is wrong and how to write it)."""


def normalize_article(text: str) -> str:
    """'Art. 42' / 'Rule 14' / ' 22(3) ' -> '42', '14', '22(3)'; CitationError otherwise."""
    value = _PREFIX.sub("", text.strip())
    if not _ARTICLE.fullmatch(value):
        raise CitationError(
            f"article {text!r} must be written like 42, 22(3), 10(1)(5), 219-1 or 4C(1)"
        )
    return value


def article_key(article: str) -> str:
    """The article a reference points into: '22(3)' -> '22', '219-1(2)' -> '219-1'."""
    match = _ARTICLE.fullmatch(article)
    return match.group(1) if match else article


@dataclass(frozen=True, slots=True)
class Citation:
    """One law version and the articles of it that a question rests on."""

    law: str  # "<law-id>@<version-id>" or NO_LAW
    articles: tuple[str, ...] = ()

    @property
    def law_id(self) -> str:
        return self.law.partition("@")[0]

    @property
    def version(self) -> str:
        return self.law.partition("@")[2]

    @property
    def is_statute(self) -> bool:
        return self.law != NO_LAW

    def text(self) -> str:
        """'aucl@2019: 9(1)(iii), 6' — the one-line form spreadsheets carry."""
        return f"{self.law}: {', '.join(self.articles)}" if self.articles else self.law


def make_citation(law: str, articles: Iterable[object] = ()) -> Citation:
    """A citation from its parts, checked for form (not against a registry)."""
    law = law.strip()
    arts = tuple(normalize_article(str(a)) for a in articles)
    if law == NO_LAW:
        if arts:
            raise CitationError("'law: none' cites no articles")
        return Citation(NO_LAW)
    law_id, at, version = law.partition("@")
    if not at or not _LAW_ID.fullmatch(law_id) or not _VERSION_ID.fullmatch(version):
        raise CitationError(
            f"law {law!r} must be written <law-id>@<version>, e.g. patent-law@2020, or none"
        )
    if len(set(arts)) != len(arts):
        raise CitationError(f"{law}: an article is listed twice")
    return Citation(law, arts)


def parse_citations(text: str) -> tuple[Citation, ...]:
    """The one-line form back: 'aucl@2019: 9, 6; criminal-law@2020: 219' (empty: none)."""
    out: list[Citation] = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        law, _, articles = part.partition(":")
        out.append(make_citation(law, [a for a in articles.split(",") if a.strip()]))
    return tuple(out)


def citations_text(citations: Iterable[Citation]) -> str:
    return "; ".join(c.text() for c in citations)


@dataclass(frozen=True, slots=True)
class LawVersion:
    """One text of a law: when it was adopted, when it applied, where it is published."""

    law_id: str
    id: str
    titles: Mapping[str, str]
    adopted: dt.date | None
    in_force_from: dt.date | None  # None: not (yet) in force, e.g. a draft revision
    in_force_until: dt.date | None  # the day the next text took effect; None: still applies
    source_url: str = ""
    #: The article numbers this text has (its article keys); empty: not known.
    articles: frozenset[str] = frozenset()
    note: Mapping[str, str] = field(default_factory=dict)
    #: False while the articles have not been checked against the official text: the
    #: version can be cited as a whole (its dates), not by article.
    articles_confirmed: bool = True

    @property
    def key(self) -> str:
        return f"{self.law_id}@{self.id}"

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get(other_language(lang)) or self.key

    def in_force(self, on: dt.date) -> bool:
        if self.in_force_from is None or on < self.in_force_from:
            return False
        return self.in_force_until is None or on < self.in_force_until

    def has_article(self, article: str) -> bool:
        return not self.articles or article_key(article) in self.articles


@dataclass(frozen=True, slots=True)
class Law:
    id: str
    titles: Mapping[str, str]
    versions: tuple[LawVersion, ...]  # oldest first

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get(other_language(lang)) or self.id

    def successor(self, version: LawVersion) -> LawVersion | None:
        """The text that replaced `version` (once it has an in-force date)."""
        later = self.versions[self.versions.index(version) + 1 :]
        return next((v for v in later if v.in_force_from is not None), None)


@dataclass(frozen=True, slots=True)
class Registry:
    """Every law the bank may cite, by id, each with its versions."""

    laws: Mapping[str, Law]

    def version(self, key: str) -> LawVersion | None:
        law_id, _, version = key.partition("@")
        law = self.laws.get(law_id)
        if law is None:
            return None
        return next((v for v in law.versions if v.id == version), None)

    def citation_problems(self, citation: Citation) -> list[str]:
        """What the registry does not know in `citation` (empty: all known)."""
        if not citation.is_statute:
            return []
        law = self.laws.get(citation.law_id)
        if law is None:
            return [f"unknown law {citation.law_id!r} (see laws/registry.yaml)"]
        version = self.version(citation.law)
        if version is None:
            known = ", ".join(v.key for v in law.versions)
            return [f"unknown version {citation.law!r}; the registry has {known}"]
        if citation.articles and not version.articles_confirmed:
            return [
                f"the articles of {citation.law} are not yet confirmed against the official "
                "text: cite it without articles, or cite the text it replaced"
            ]
        return [
            f"{citation.law} has no article {article_key(a)}"
            for a in citation.articles
            if not version.has_article(a)
        ]

    def superseded(self, citations: Iterable[Citation], on: dt.date) -> list[Superseded]:
        """The cited versions not in force on `on`, with what replaced them."""
        out: list[Superseded] = []
        for c in citations:
            version = self.version(c.law) if c.is_statute else None
            if version is None or version.in_force(on):
                continue
            out.append(Superseded(c, version, self.laws[c.law_id].successor(version)))
        return out

    def superseded_keys(self, on: dt.date) -> frozenset[str]:
        """Every version key not in force on `on` (what exams and kiosk rounds leave out)."""
        return frozenset(
            v.key for law in self.laws.values() for v in law.versions if not v.in_force(on)
        )


@dataclass(frozen=True, slots=True)
class Superseded:
    citation: Citation
    version: LawVersion
    replaced_by: LawVersion | None

    def describe(self) -> str:
        """'cites aucl@2019; replaced by aucl@2025 on 2025-10-15' (for the audit)."""
        if self.replaced_by is not None and self.replaced_by.in_force_from is not None:
            return (
                f"cites {self.version.key}; replaced by {self.replaced_by.key} "
                f"on {self.replaced_by.in_force_from.isoformat()}"
            )
        if self.version.in_force_from is None:
            return f"cites {self.version.key}, which is not in force"
        return f"cites {self.version.key}, not in force on that date"
