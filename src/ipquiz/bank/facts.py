"""Short, cited IP facts for the kiosk's attract screen: `questions/facts/facts.yaml`.

Each fact stands alone in both languages and names its source the way a question
does (display strings, `law: <law-id>@<version>` and articles, or `law: none` with an
official page), so a visitor reads a checked fact rather than a fragment cut from an
explanation. The file lives in a subfolder so the category reader never takes it for
a category.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ipquiz.bank.native_yaml import _LINE, _LineLoader, read_yaml_text
from ipquiz.bank.problems import Problem, yaml_line
from ipquiz.bank.rules import MAX_QUESTION_ID, id_problem, text_problem
from ipquiz.domain.language import LANGUAGES
from ipquiz.domain.laws import Citation, CitationError, Registry, normalize_article

#: Where the facts live, relative to the bank folder.
FACTS_FILE = Path("facts") / "facts.yaml"
#: Longest fact the attract screen shows on one card, per language (characters).
MAX_CHARS = {"zh-CN": 120, "en": 240}
#: `patent-law@2020`, `aucl@2025`, `trademark-law@revision`; or `none`.
_LAW = re.compile(r"none|[a-z0-9][a-z0-9-]*@[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    texts: Mapping[str, str]  # language -> the fact
    source: Mapping[str, str]  # language -> how the source is named
    law: str  # `<law-id>@<version>` or `none`
    articles: tuple[str, ...]
    url: str
    checked: dt.date
    line: int  # where the fact starts in its file


@dataclass(frozen=True, slots=True)
class FactsFile:
    path: str
    facts: tuple[Fact, ...]
    problems: tuple[Problem, ...]


def facts_path(bank: Path) -> Path:
    return bank / FACTS_FILE


def read_facts_file(path: Path) -> FactsFile:
    """The facts file, read only if it is a regular file within the size limit."""
    name = str(path)
    text = read_yaml_text(path)
    if isinstance(text, Problem):
        return FactsFile(name, (), (text,))
    return read_facts_text(text, name)


def read_facts_text(text: str, name: str) -> FactsFile:
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        return FactsFile(name, (), (Problem(name, yaml_line(exc), f"not valid YAML: {exc}"),))
    entries = data.get("facts") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return FactsFile(name, (), (Problem(name, 1, "expected a list under 'facts'"),))
    problems: list[Problem] = []
    facts: list[Fact] = []
    seen: dict[str, int] = {}
    for entry in entries:
        line = entry.get(_LINE, 1) if isinstance(entry, dict) else 1
        if not isinstance(entry, dict):
            problems.append(Problem(name, line, "each fact must be a mapping"))
            continue
        said = _check(entry)
        fid = str(entry.get("id", "?"))
        if fid in seen:
            said.append(f"id already used at line {seen[fid]}")
        else:
            seen[fid] = line
        problems.extend(Problem(name, line, f"{fid}: {message}") for message in said)
        if not said:
            facts.append(_fact(entry, line))
    return FactsFile(name, tuple(facts), tuple(problems))


def _check(entry: Mapping[str, Any]) -> list[str]:
    out: list[str] = []
    fid = entry.get("id")
    if not isinstance(fid, str):
        return ["missing 'id'"]
    bad_id = id_problem(fid, longest=MAX_QUESTION_ID)
    if bad_id:
        out.append(bad_id)
    if not isinstance(entry.get("checked"), dt.date):
        out.append("'checked' must be a date (YYYY-MM-DD)")
    for lang in LANGUAGES:
        text = entry.get(lang)
        if not isinstance(text, str) or not text.strip():
            out.append(f"missing {lang} text")
            continue
        if len(text) > MAX_CHARS[lang]:
            out.append(f"{lang} text is {len(text)} characters; at most {MAX_CHARS[lang]}")
        plain = text_problem(lang, text)
        if plain:
            out.append(plain)
    source = entry.get("source")
    if not isinstance(source, dict):
        return [*out, "missing 'source'"]
    for lang in LANGUAGES:
        if not isinstance(source.get(lang), str) or not source[lang].strip():
            out.append(f"source: missing {lang} citation")
    law = source.get("law")
    if not isinstance(law, str) or not _LAW.fullmatch(law):
        out.append("source: 'law' must be <law-id>@<version> or none")
    articles = source.get("articles", [])
    if not isinstance(articles, list) or not all(isinstance(a, str) for a in articles):
        out.append("source: 'articles' must be a list of strings")
    elif law == "none" and articles:
        out.append("source: a fact resting on no law ('none') cites no articles")
    else:
        for article in articles:
            try:
                normalize_article(article)
            except CitationError as exc:
                out.append(f"source: {exc}")
    return out


def _fact(entry: Mapping[str, Any], line: int) -> Fact:
    source = entry["source"]
    return Fact(
        id=entry["id"],
        texts={lang: entry[lang].strip() for lang in LANGUAGES},
        source={lang: source[lang].strip() for lang in LANGUAGES},
        law=source["law"],
        articles=tuple(source.get("articles", [])),
        url=str(source.get("url") or ""),
        checked=entry["checked"],
        line=line,
    )


def citation_problems(read: FactsFile, registry: Registry) -> list[Problem]:
    """Facts citing a law, version or article the registry does not know, or a draft."""
    out: list[Problem] = []
    for fact in read.facts:
        citation = Citation(fact.law, tuple(normalize_article(a) for a in fact.articles))
        said = registry.citation_problems(citation)
        version = registry.version(fact.law) if citation.is_statute else None
        if version is not None and version.in_force_from is None:
            said.append(f"{fact.law} is not in force (a draft): cite the text in force")
        out += [Problem(read.path, fact.line, f"{fact.id}: source: {m}") for m in said]
    return out
