"""The spreadsheet columns: their English and Chinese headers, and how a header as
typed is matched to one. Reading and writing share these definitions (and so does
docs/spreadsheet-template.md), so they live apart from both.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ipquiz.domain.language import EN, ZH
from ipquiz.domain.question import CHOICE_LETTERS

__all__ = [
    "COLUMNS",
    "HEADERS",
    "SUFFIX",
    "TEMPLATE_CHOICES",
    "Column",
    "column_letter",
    "columns",
    "norm",
]


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the English header, e.g. 'choice_a_zh'
    zh: str  # the Chinese header, e.g. '中文选项A'
    width: int  # characters, in the written workbook


TEMPLATE_CHOICES = 6
SUFFIX = {ZH: "zh", EN: "en"}
_LANG_NAME = {ZH: "中文", EN: "英文"}


def _language_columns(lang: str, choices: int) -> list[Column]:
    s, z = SUFFIX[lang], _LANG_NAME[lang]
    return [
        Column(f"prompt_{s}", f"{z}题干", 50),
        *(Column(f"choice_{x.lower()}_{s}", f"{z}选项{x}", 22) for x in CHOICE_LETTERS[:choices]),
        Column(f"explanation_{s}", f"{z}解析", 50),
        Column(f"source_{s}", f"{z}出处", 30),
    ]


def columns(choices: int = TEMPLATE_CHOICES) -> tuple[Column, ...]:
    """The header row, in order, with room for `choices` choices per language."""
    # 'id' stays lower-case: Excel takes a text file starting with 'ID' for SYLK.
    return (
        Column("id", "编号", 18),
        Column("category", "分类", 16),
        Column("type", "题型", 11),
        Column("difficulty", "难度", 9),
        Column("answer", "答案", 9),
        *_language_columns(ZH, choices),
        *_language_columns(EN, choices),
        Column("tags", "标签", 20),
        Column("jurisdiction", "法域", 13),
        Column("law", "法律依据", 30),
    )


COLUMNS = columns()


def norm(text: str) -> str:
    """Headers and keywords compare without case, spaces, '_' or '-' (full width too)."""
    return re.sub(r"[\s_\-/]+", "", unicodedata.normalize("NFKC", text)).casefold()


HEADERS = {
    norm(name): col.key for col in columns(len(CHOICE_LETTERS)) for name in (col.key, col.zh)
}


def column_letter(pos: int) -> str:
    """0 -> 'A', 26 -> 'AA': the column letters Excel shows."""
    name, n = "", pos + 1
    while n:
        n, rest = divmod(n - 1, 26)
        name = chr(ord("A") + rest) + name
    return name
