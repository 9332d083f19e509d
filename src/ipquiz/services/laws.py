"""The law registry as the app uses it: which texts apply today, the audit, article texts.

Loaded once from the bank folder's `laws/registry.yaml` (a bank without one uses the
registry shipped with the app). A registry that cannot be read is logged and treated
as empty: nothing is then flagged, and no question is kept out.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ipquiz.assets import bank_dir
from ipquiz.domain.language import other_language
from ipquiz.domain.laws import Citation, Registry, Superseded, article_key
from ipquiz.domain.question import Question

if TYPE_CHECKING:
    from ipquiz.bank.law_registry import LoadedRegistry

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AuditRow:
    """A question resting on a text that is not in force on the audit's date."""

    question: str
    category: str
    superseded: Superseded

    def to_json(self) -> dict[str, object]:
        v, new = self.superseded.version, self.superseded.replaced_by
        return {
            "id": self.question,
            "category": self.category,
            "law": v.key,
            "articles": list(self.superseded.citation.articles),
            "in_force_until": v.in_force_until.isoformat() if v.in_force_until else None,
            "replaced_by": new.key if new else None,
            "replaced_on": new.in_force_from.isoformat() if new and new.in_force_from else None,
        }


@dataclass(frozen=True, slots=True)
class ArticleText:
    """One cited article (or a law's headnote) as the article dialog shows it."""

    title: str  # the version's title in the language shown
    article: str  # the article as cited, e.g. "22(3)"; empty: the law as a whole
    text: str  # the published text; empty when the app does not hold it
    lang: str  # the language of `text` (Chinese when no English text is held)
    source_url: str = ""


class LawBook:
    """The registry of the bank in `folder`, read on first use."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder

    @cached_property
    def loaded(self) -> LoadedRegistry | None:
        # The YAML reader is loaded only when a law is first needed, not at start-up.
        from ipquiz.bank.law_registry import RegistryError, load_registry, registry_path

        folder = self._folder
        if folder is None or not registry_path(folder).is_file():
            folder = bank_dir()
        try:
            return load_registry(folder)
        except RegistryError as exc:
            log.error("the law registry cannot be used: %s", exc)
            return None

    @property
    def registry(self) -> Registry:
        return self.loaded.registry if self.loaded else Registry({})

    def superseded_keys(self, on: dt.date) -> frozenset[str]:
        """The law versions not in force on `on`: exams and kiosk rounds leave them out."""
        return self.registry.superseded_keys(on)

    def superseded(self, question: Question, on: dt.date) -> list[Superseded]:
        return self.registry.superseded(question.citations, on)

    def audit(self, questions: list[Question], on: dt.date) -> list[AuditRow]:
        return [
            AuditRow(q.id, q.category, s)
            for q in sorted(questions, key=lambda q: (q.category, q.id))
            for s in self.superseded(q, on)
        ]

    def question_articles(self, question: Question, lang: str) -> list[ArticleText]:
        """Every cited article of `question` (what its source link opens)."""
        return [a for c in question.citations for a in self.articles(c, lang)]

    def articles(self, citation: Citation, lang: str) -> list[ArticleText]:
        """The texts of `citation`'s articles in `lang`, else in Chinese (the law's own
        language); the headnote when it cites the law as a whole."""
        version = self.registry.version(citation.law) if citation.is_statute else None
        if version is None or self.loaded is None:
            return []
        title = version.title(lang)
        texts = [
            (used, text)
            for used in (lang, other_language(lang))
            if (text := self.loaded.text(citation.law, used)) is not None
        ]
        if not citation.articles:
            used, text = texts[0] if texts else (lang, None)
            return [ArticleText(title, "", text.headnote if text else "", used, version.source_url)]
        out: list[ArticleText] = []
        for article in citation.articles:
            key = article_key(article)
            found = next(((u, t.articles[key]) for u, t in texts if key in t.articles), None)
            used, body = found if found else (lang, "")
            out.append(ArticleText(title, article, body, used, version.source_url))
        return out
