"""The students' page runs on the browsers pupils have: an Android phone a few years old
(its WebView ~ Chrome 60) and the WeChat built-in browser. Its script is read as ES2017
(nothing newer: no optional chaining, no ??, no class fields, no object spread, no
library calls those browsers lack) and its style uses nothing they cannot draw without a
fallback next to it."""

from __future__ import annotations

import re
from typing import Any

import esprima
import pytest

from ipquiz.assets import resource

#: Library members newer than Chrome 60 (the version they came in), by name.
NEWER_MEMBERS = {
    "flat": 69,
    "flatMap": 69,
    "fromEntries": 73,
    "matchAll": 73,
    "replaceAll": 85,
    "allSettled": 76,
    "any": 85,
    "at": 92,
    "hasOwn": 93,
    "structuredClone": 98,
    "finally": 63,
    "trimStart": 66,
    "trimEnd": 66,
}
NEWER_NAMES = {"globalThis": 71, "queueMicrotask": 71, "AbortController": 66}


def es2017_problems(source: str) -> list[str]:
    """What in `source` a Chrome 60 cannot run ([] when nothing)."""
    nodes: list[Any] = []
    try:
        esprima.parseScript(source, delegate=lambda node, _meta: nodes.append(node))
    except esprima.Error as exc:  # newer syntax does not parse as ES2017
        return [f"not ES2017: {exc}"]
    problems = []
    for node in nodes:
        kind = node.type
        if kind in ("ObjectExpression", "ObjectPattern") and any(
            p.type in ("SpreadElement", "RestElement") for p in node.properties
        ):
            problems.append("object spread or rest (ES2018)")
        elif kind == "Literal" and getattr(node, "regex", None):
            pattern, flags = node.regex.pattern, node.regex.flags
            if "s" in flags or "(?<" in pattern or "\\p{" in pattern:
                problems.append(f"regular expression of ES2018: /{pattern}/{flags}")
        elif kind == "MemberExpression" and not node.computed:
            name = node.property.name
            if name in NEWER_MEMBERS:
                problems.append(f".{name} (Chrome {NEWER_MEMBERS[name]})")
        elif kind == "Identifier" and node.name in NEWER_NAMES:
            problems.append(f"{node.name} (Chrome {NEWER_NAMES[node.name]})")
    return problems


def test_the_page_script_is_es2017() -> None:
    source = resource("live", "live.js").read_text(encoding="utf-8")
    assert es2017_problems(source) == []


@pytest.mark.parametrize(
    "newer",
    [
        "var a = b?.c;",
        "var a = b ?? c;",
        "class A { x = 1; }",
        "class A { #x; }",
        "async function f() { for await (var x of y) {} }",
        "var a = { ...b };",
        "var { a, ...rest } = b;",
        "var r = /a.b/s;",
        "var r = /(?<year>\\d+)/;",
        "var a = [[1], [2]].flat();",
        "var o = Object.fromEntries(list);",
        "p.finally(done);",
        "var g = globalThis;",
        "try { f(); } catch { g(); }",
        "var big = 10n;",
        "var n = 1_000;",
        "a ||= b;",
    ],
)
def test_newer_script_is_caught(newer: str) -> None:
    assert es2017_problems(newer), newer


#: CSS those browsers lack, unless the fallback named is in the same rule.
NEWER_CSS: list[tuple[str, str | None, str]] = [
    (r"(?<![-\w])gap\s*:", r"grid-gap\s*:", "gap (flex: Chrome 84; grid: 66; grid-gap first)"),
    (r"overflow-wrap\s*:\s*anywhere", r"word-break\s*:\s*break-word", "overflow-wrap: anywhere"),
    (r"(?<![-\w])inset\s*:", None, "inset (Chrome 87)"),
    (r"aspect-ratio\s*:", None, "aspect-ratio (Chrome 88)"),
    (r":(is|where|has)\(", None, ":is/:where/:has (Chrome 88+)"),
    (r":focus-visible", None, ":focus-visible (Chrome 86)"),
    (r"(?<![-\w])(clamp|min|max)\(", None, "min()/max()/clamp() (Chrome 79)"),
    (r"@container|@layer|color-mix\(|accent-color", None, "newer than 2021"),
    (r"\d(dvh|svh|lvh|dvw)\b", None, "dynamic viewport units (Chrome 108)"),
    (r"&", None, "nesting (Chrome 112)"),
]


def css_problems(css: str) -> list[str]:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    problems = []
    for rule in re.findall(r"[^{}]*\{[^{}]*\}", css):
        for newer, fallback, what in NEWER_CSS:
            if re.search(newer, rule) and not (fallback and re.search(fallback, rule)):
                problems.append(f"{what}: {rule.strip()[:80]}")
    return problems


def test_the_page_style_has_nothing_old_phones_cannot_draw() -> None:
    assert css_problems(resource("live", "live.css").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "newer",
    [
        ".row { display: flex; gap: 1rem; }",
        ".t { overflow-wrap: anywhere; }",
        ".b { inset: 0; }",
        ".b { width: min(100%, 30rem); }",
        "a:is(.x) { color: red; }",
    ],
)
def test_newer_style_is_caught(newer: str) -> None:
    assert css_problems(newer), newer


def words(source: str) -> dict[str, Any]:
    """The page's WORDS table: each language's keys (a nested table as a dict)."""
    found: list[Any] = []

    def keep(node: Any, _meta: Any) -> None:
        if (
            node.type == "VariableDeclarator"
            and node.id.name == "WORDS"
            and node.init.type == "ObjectExpression"
        ):
            found.append(node.init)

    esprima.parseScript(source, delegate=keep)

    def table(node: Any) -> dict[str, Any]:
        return {
            (p.key.value if p.key.type == "Literal" else p.key.name): (
                table(p.value) if p.value.type == "ObjectExpression" else p.value.value
            )
            for p in node.properties
        }

    return table(found[0])


def keys(table: dict[str, Any], prefix: str = "") -> set[str]:
    return {
        name
        for key, value in table.items()
        for name in ([prefix + key] if not isinstance(value, dict) else keys(value, key + "."))
    }


def test_every_text_of_the_page_is_in_both_languages() -> None:
    table = words(resource("live", "live.js").read_text(encoding="utf-8"))
    assert set(table) == {"zh-CN", "en"}
    assert keys(table["zh-CN"]) == keys(table["en"])
    for lang in ("zh-CN", "en"):
        assert all(isinstance(v, str) for v in keys_values(table[lang]))


def keys_values(table: dict[str, Any]) -> list[Any]:
    return [
        v
        for value in table.values()
        for v in (keys_values(value) if isinstance(value, dict) else [value])
    ]


def test_the_page_lets_the_reader_zoom_and_names_its_language() -> None:
    html = resource("live", "index.html").read_text(encoding="utf-8")
    viewport = re.search(r'<meta name="viewport" content="([^"]*)"', html)
    assert viewport is not None
    assert "user-scalable" not in viewport[1]
    assert "maximum-scale" not in viewport[1]
    assert '<html lang="zh-CN">' in html
    assert 'aria-live="polite"' in html  # the one live region: what the page says
