"""Checks beyond the file format: what a shipped bank must satisfy.

The reader already checks structure, answers and choice counts; this adds what
makes a bank trustworthy: both languages, a source that names a law version and
articles the law registry knows, unique ids, no two questions asking the same thing,
and level-1 cases that stay level 1 (docs/question-format.md, "Difficulty").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from ipquiz.assets import bank_dir
from ipquiz.bank import facts
from ipquiz.bank.law_registry import REGISTRY_FILE, LoadedRegistry, RegistryError, load_registry
from ipquiz.bank.native_yaml import BankFile, read_native_file
from ipquiz.bank.problems import Problem
from ipquiz.bank.same_fact import SCENARIO, Located, article_lookup, same_fact_pairs
from ipquiz.domain.language import LANGUAGES, ZH
from ipquiz.domain.laws import Registry
from ipquiz.domain.question import Question, QuestionType

#: Share of shared character trigrams above which two prompts are near-duplicates.
NEAR_DUPLICATE = 0.8
_WORDLESS = re.compile(r"[\W_]+", re.UNICODE)
#: A level-1 case is told in at most this many characters of Chinese.
LEVEL_ONE_CASE = 70
_FIGURE = re.compile(r"[0-9０-９]")


def _trigrams(text: str) -> frozenset[str]:
    norm = _WORDLESS.sub("", text.lower())
    return frozenset(norm[i : i + 3] for i in range(max(1, len(norm) - 2)))


def near_duplicates(
    items: Sequence[Located], *, threshold: float = NEAR_DUPLICATE
) -> list[Problem]:
    """Pairs of questions whose prompts share most trigrams, in any one language.

    An inverted index over trigrams keeps this far below all-pairs cost for large banks.
    """
    problems: list[Problem] = []
    for lang in LANGUAGES:
        grams = [
            (it, _trigrams(it.question.texts[lang].prompt))
            for it in items
            if lang in it.question.texts
        ]
        index: dict[str, list[int]] = {}
        for i, (_, g) in enumerate(grams):
            counts: dict[int, int] = {}
            for gram in g:
                for j in index.get(gram, ()):
                    counts[j] = counts.get(j, 0) + 1
                index.setdefault(gram, []).append(i)
            for j, shared in counts.items():
                other = grams[j][1]
                if shared / len(g | other) >= threshold:
                    a, b = grams[j][0], grams[i][0]
                    if a.question.id != b.question.id:
                        problems.append(
                            Problem(
                                b.file,
                                b.line,
                                f"{b.question.id}: {lang} prompt nearly the same as "
                                f"{a.question.id} ({a.file}:{a.line})",
                            )
                        )
    return problems


def citation_problems(q: Question, registry: Registry) -> list[str]:
    """What is wrong with `q`'s law citations: none, or versions/articles not in the registry."""
    if not q.citations:
        return ["source: missing 'law' (<law-id>@<version> and 'articles', or 'law: none')"]
    found: list[str] = []
    for c in q.citations:
        found += [f"source: {m}" for m in registry.citation_problems(c)]
        version = registry.version(c.law) if c.is_statute else None
        if version is not None and version.in_force_from is None:
            found.append(f"source: {c.law} is not in force (a draft): cite the text in force")
    return found


def level_one_case_problem(q: Question) -> str | None:
    """Why `q`, a case (tagged scenario) labelled 1, is not a level-1 case, or None.

    A level-1 case is short, has one answer (or is true/false) and gives no figure to
    work with (a date, a number, an amount): one that needs more asks for a specific
    rule, which is level 2.
    """
    if q.difficulty != 1 or SCENARIO not in q.tags:
        return None
    if q.type is QuestionType.MULTIPLE:
        return "a level-1 case has one answer or is true/false: label it 2"
    if any(_FIGURE.search(text.prompt) for text in q.texts.values()):
        return "a level-1 case gives no figure (a date, a number, an amount): label it 2"
    zh = q.texts.get(ZH)
    if zh is not None and len(zh.prompt) > LEVEL_ONE_CASE:
        return (
            f"a level-1 case is told in at most {LEVEL_ONE_CASE} characters "
            f"({len(zh.prompt)} here): shorten it or label it 2"
        )
    return None


#: The category about IP culture and public events, and the tags that let one of its
#: questions rest on a statute alone: the history of IP in China, everyday honesty.
CULTURE = "culture"
CULTURE_STATUTE_TAGS = frozenset({"history", "honesty", "genuine-goods"})


def culture_problem(q: Question) -> str | None:
    """Why `q`, a culture question, is a plain statute question that belongs to the
    category of its law, or None. A culture question rests on the events, the
    philosophy, history or everyday honesty: if it cites statutes only, it must be
    tagged as history or honesty."""
    if q.category != CULTURE or not q.citations:
        return None
    if any(not c.is_statute for c in q.citations) or CULTURE_STATUTE_TAGS & set(q.tags):
        return None
    tags = ", ".join(sorted(CULTURE_STATUTE_TAGS))
    return (
        f"a culture question citing only statutes must be about history or everyday "
        f"honesty (tag it {tags}); otherwise move it to the category of its law"
    )


def check_question(
    item: Located, *, require_all_languages: bool, registry: Registry | None = None
) -> list[Problem]:
    q = item.question
    out: list[Problem] = []

    def problem(message: str) -> None:
        out.append(Problem(item.file, item.line, f"{q.id}: {message}"))

    for lang in LANGUAGES:
        text = q.texts.get(lang)
        if text is None:
            if require_all_languages:
                problem(f"missing {lang} text")
            continue
        if not text.source:
            problem(f"{lang}: missing source")
        if not text.explanation:
            problem(f"{lang}: missing explanation")
        if any(not c for c in text.choices):
            problem(f"{lang}: empty choice")
    if registry is not None:
        for message in citation_problems(q, registry):
            problem(message)
    for found in (level_one_case_problem(q), culture_problem(q)):
        if found is not None:
            problem(found)
    return out


def validate_files(paths: Iterable[Path], *, require_all_languages: bool = True) -> list[Problem]:
    """Every problem in the given files (folders are searched for *.yaml, and for the
    attract-screen facts in facts/facts.yaml), sorted.

    Citations are checked against the law registry beside the files (`laws/registry.yaml`
    in the folder), else the one shipped with the app.
    """
    paths = list(paths)
    files: list[BankFile] = [read_native_file(p) for p in _expand(paths)]
    problems: list[Problem] = [p for f in files for p in f.problems]
    registry: Registry | None = None
    loaded: LoadedRegistry | None = None
    try:
        loaded = load_registry(_registry_folder(paths))
        registry = loaded.registry
    except RegistryError as exc:
        problems.extend(exc.problems)
    items: list[Located] = []
    first: dict[str, Located] = {}
    for f in files:
        for q, line in zip(f.questions, f.lines, strict=True):
            item = Located(q, f.path, line)
            if q.id in first:
                seen = first[q.id]
                if seen.file == f.path:
                    continue  # reported by the file's own rules
                problems.append(
                    Problem(
                        f.path, item.line, f"{q.id}: id already used at {seen.file}:{seen.line}"
                    )
                )
                continue
            first[q.id] = item
            items.append(item)
            problems.extend(
                check_question(item, require_all_languages=require_all_languages, registry=registry)
            )
    problems.extend(near_duplicates(items))
    text_of = (lambda key: loaded.text(key, ZH)) if loaded is not None else None
    problems.extend(same_fact_pairs(items, article_lookup(text_of)))
    for folder in paths:
        if folder.is_dir() and facts.facts_path(folder).is_file():
            read = facts.read_facts_file(facts.facts_path(folder))
            problems.extend(read.problems)
            if registry is not None:
                problems.extend(facts.citation_problems(read, registry))
    return sorted(problems)


def _registry_folder(paths: Iterable[Path]) -> Path:
    for path in paths:
        folder = path if path.is_dir() else path.parent
        if (folder / REGISTRY_FILE).is_file():
            return folder
    return bank_dir()


def _expand(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        out.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return out
