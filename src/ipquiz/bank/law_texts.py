"""The published text of a law version, split into its articles.

The texts ship as Markdown as the NPC and the State Council publish them: a headnote
(adoption and amendments) ended by `<!-- INFO END -->`, chapter headings (`#`), and
articles that start a line with 第…条 (Chinese) or "Article N" (English). Article
keys are the numbers as domain.laws reads them: 第二百一十九条之一 is "219-1".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_INFO_END = "<!-- INFO END -->"
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_ARTICLE = re.compile(
    r"第([零〇一二三四五六七八九十百千两]+)条(?:之([一二三四五六七八九十]+))?[\s　]*"
)
_EN_ARTICLE = re.compile(r"Article (\d+)(?:-(\d+))?\b[.:]?\s*")


def chinese_number(text: str) -> int:
    """'二百一十九' -> 219, '十二' -> 12, '一千一百八十五' -> 1185."""
    total = 0
    digit = 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            total += (digit or 1) * _UNITS[ch]
            digit = 0
        else:
            raise ValueError(f"not a Chinese number: {text!r}")
    return total + digit


@dataclass(frozen=True, slots=True)
class LawText:
    """One language's text of one law version."""

    headnote: str
    articles: dict[str, str]  # article key -> the article's paragraphs, heading included


def parse_law_text(text: str) -> LawText:
    head, found, body = text.partition(_INFO_END)
    if not found:
        head, body = "", text
    headnote = "\n".join(
        line.strip() for line in head.splitlines() if line.strip() and not line.startswith("#")
    )
    articles: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            current = None  # a chapter heading ends the article before it
            continue
        key = _article_key(line)
        if key is not None:
            current = articles.setdefault(key, [])
        if current is not None:
            current.append(line)
    return LawText(headnote, {k: "\n".join(v) for k, v in articles.items()})


def _article_key(line: str) -> str | None:
    zh = _ZH_ARTICLE.match(line)
    if zh:
        number = str(chinese_number(zh.group(1)))
        return f"{number}-{chinese_number(zh.group(2))}" if zh.group(2) else number
    en = _EN_ARTICLE.match(line)
    if en:
        return f"{en.group(1)}-{en.group(2)}" if en.group(2) else en.group(1)
    return None


def read_law_text(path: Path) -> LawText:
    return parse_law_text(path.read_text(encoding="utf-8"))
