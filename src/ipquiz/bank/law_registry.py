"""Reading the law registry shipped with the bank (`questions/laws/registry.yaml`).

Each law lists its versions oldest first. A version's `in_force_until` may be left
out: it is then the day the next version with an in-force date took effect, so
dating a pending revision is the one change that supersedes the text before it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from ipquiz.bank.law_texts import LawText, read_law_text
from ipquiz.bank.problems import Problem, yaml_line
from ipquiz.domain.language import LANGUAGES, ZH
from ipquiz.domain.laws import Law, LawVersion, Registry

REGISTRY_FILE = Path("laws") / "registry.yaml"
TEXTS_FOLDER = Path("laws") / "texts"


class RegistryError(ValueError):
    """The registry file is missing or wrong; `problems` says where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class LoadedRegistry:
    """The registry and where its texts are (one file per version and language)."""

    registry: Registry
    texts_dir: Path
    text_files: dict[str, str]  # version key -> file name stem (without .<lang>.md)

    def text(self, key: str, lang: str) -> LawText | None:
        """The published text of version `key` in `lang`, if the app holds one."""
        stem = self.text_files.get(key)
        if stem is None:
            return None
        return _text(self.texts_dir / f"{stem}.{'zh' if lang == ZH else lang}.md")


@cache
def _text(path: Path) -> LawText | None:
    return read_law_text(path) if path.is_file() else None


def registry_path(bank: Path) -> Path:
    return bank / REGISTRY_FILE


def load_registry(bank: Path) -> LoadedRegistry:
    """The registry of the bank in folder `bank`; RegistryError when it cannot be used."""
    import yaml  # here: a program that never reads the registry never loads PyYAML

    path = registry_path(bank)
    name = str(path)
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except OSError as exc:
        raise RegistryError([Problem(name, 1, f"cannot read the law registry: {exc}")]) from exc
    except yaml.YAMLError as exc:
        raise RegistryError([Problem(name, yaml_line(exc), f"not valid YAML: {exc}")]) from exc
    problems: list[Problem] = []
    texts_dir = bank / TEXTS_FOLDER
    laws: dict[str, Law] = {}
    files: dict[str, str] = {}
    entries = data.get("laws") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise RegistryError([Problem(name, 1, "expected a list 'laws'")])
    for entry in entries:
        law = _law(entry, texts_dir, files, problems, name)
        if law is None:
            continue
        if law.id in laws:
            problems.append(Problem(name, 1, f"law {law.id!r} listed twice"))
        laws[law.id] = law
    if problems:
        raise RegistryError(problems)
    return LoadedRegistry(Registry(laws), texts_dir, files)


def _titles(raw: object) -> dict[str, str]:
    if not isinstance(raw, dict):
        return {}
    return {lang: str(raw[lang]).strip() for lang in LANGUAGES if raw.get(lang)}


def _date(raw: object, what: str, problems: list[str]) -> dt.date | None:
    if raw is None or isinstance(raw, dt.date):
        return raw
    problems.append(f"{what} must be a date (YYYY-MM-DD) or null")
    return None


def _article_set(raw: object, problems: list[str]) -> frozenset[str]:
    """[1-41] or ["1-33", "33-1"]: article numbers and ranges of them."""
    out: set[str] = set()
    for item in raw if isinstance(raw, list) else []:
        first, dash, last = str(item).partition("-")
        if dash and first.isdigit() and last.isdigit() and int(first) <= int(last):
            out.update(str(n) for n in range(int(first), int(last) + 1))
        elif first.isdigit() and (not dash or last.isdigit()):
            out.add(str(item))
        else:
            problems.append(f"articles: {item!r} is not a number or a range like 1-41")
    return frozenset(out)


def _law(
    entry: object, texts_dir: Path, files: dict[str, str], out: list[Problem], name: str
) -> Law | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        out.append(Problem(name, 1, "each law needs an 'id'"))
        return None
    law_id = entry["id"]
    titles = _titles(entry.get("title"))
    versions: list[LawVersion] = []
    for raw in entry.get("versions") or []:
        problems: list[str] = []
        if not isinstance(raw, dict) or raw.get("id") is None:
            out.append(Problem(name, 1, f"{law_id}: each version needs an 'id'"))
            continue
        vid = str(raw["id"])
        text = raw.get("text")
        articles = _article_set(raw.get("articles"), problems)
        if text:
            path = texts_dir / str(text)
            if not path.is_file() or not str(text).endswith(".zh.md"):
                problems.append(f"text {text!r} is not a .zh.md file in {texts_dir}")
            else:
                files[f"{law_id}@{vid}"] = str(text).removesuffix(".zh.md")
                articles = frozenset(read_law_text(path).articles)
        version = LawVersion(
            law_id=law_id,
            id=vid,
            titles=_titles(raw.get("title")) or titles,
            adopted=_date(raw.get("adopted"), "adopted", problems),
            in_force_from=_date(raw.get("in_force_from"), "in_force_from", problems),
            in_force_until=_date(raw.get("in_force_until"), "in_force_until", problems),
            source_url=str(raw.get("source") or ""),
            articles=articles,
            note=_titles(raw.get("note")),
            articles_confirmed=raw.get("articles_confirmed", True) is not False,
        )
        out.extend(Problem(name, 1, f"{law_id}@{vid}: {p}") for p in problems)
        versions.append(version)
    if not titles or not versions:
        out.append(Problem(name, 1, f"law {law_id!r} needs a 'title' and 'versions'"))
        return None
    law = Law(law_id, titles, tuple(versions))
    # Until the next text took effect, unless the file says otherwise.
    filled = tuple(
        v if v.in_force_until is not None else replace(v, in_force_until=_next_start(law, v))
        for v in versions
    )
    return Law(law_id, titles, filled)


def _next_start(law: Law, version: LawVersion) -> dt.date | None:
    successor = law.successor(version)
    return successor.in_force_from if successor else None
