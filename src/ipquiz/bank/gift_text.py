"""GIFT text as the reader and writer both need it: the escaped characters (hidden
as Unicode noncharacters while the file's structure is read), the `[html]`,
`[markdown]`, `[plain]` and `[moodle]` text formats turned into the plain text the
app shows, and the marks ipquiz itself writes into GIFT comments. It is kept apart
so that the reader (gift.py) and the writer (gift_writer.py) share it without
importing each other.
"""

from __future__ import annotations

import html
import re
from itertools import pairwise

from ipquiz.bank.interchange import plain_text

__all__ = [
    "ALL_OR_NOTHING",
    "NEWLINE",
    "RAW",
    "convert",
    "formatted_text",
    "hide_escapes",
    "split_format",
]

# --- escapes -----------------------------------------------------------------------
# Escaped characters are swapped for Unicode noncharacters (reserved for exactly this
# kind of internal use) before any structure is looked for, like Moodle's placeholders.

_ESCAPED = "~=#{}:\\"
_HIDDEN = {c: chr(0xFDD0 + i) for i, c in enumerate(_ESCAPED)}
NEWLINE = chr(0xFDDF)  # an escaped `\n`: a line break inside one text
_RESERVED = re.compile("[\ufdd0-\ufdef]")
_ESCAPE = re.compile(r"\\([~=#{}:\\n])")
_LITERAL = str.maketrans({v: k for k, v in _HIDDEN.items()})
RAW = str.maketrans({**{v: "\\" + k for k, v in _HIDDEN.items()}, NEWLINE: "\\n"})


def hide_escapes(text: str) -> str:
    text = _RESERVED.sub("\ufffd", text)
    return _ESCAPE.sub(lambda m: NEWLINE if m[1] == "n" else _HIDDEN[m[1]], text)


# --- text formats ------------------------------------------------------------------

_FORMAT = re.compile(r"\[(html|moodle|plain|markdown)\]")
_LIST_ITEM = re.compile(r"\s*(?:[-*+]|\d+[.)])\s")
_MARKDOWN = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image: its alt text
    (re.compile(r"\[([^\]]+)\]\(<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\)"), r"\1 (\2)"),  # link
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s\\*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s\\_])_(?!\w)"), r"\1"),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE), ""),  # heading marks
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),  # quote marks
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),  # markdown's own escapes
)


def split_format(text: str, default: str) -> tuple[str, str]:
    """A leading [format] marker, as Moodle reads it (lower case only), and the rest."""
    text = text.strip()
    m = _FORMAT.match(text)
    return (m[1], text[m.end() :].strip()) if m else (default, text)


def _markdown_lines(raw: str) -> str:
    """Markdown line breaks: two trailing spaces or a list item break; others join."""
    lines = raw.split("\n")
    out = [lines[0]]
    for prev, line in pairwise(lines):
        out.append("\n" if prev.endswith("  ") or _LIST_ITEM.match(line) else " ")
        out.append(line)
    return "".join(out)


def convert(raw: str, fmt: str) -> str:
    """GIFT text (escapes hidden) in `fmt` as the plain text the app shows.

    Line breaks written in the file only wrap the source (as GIFT-grammar-PEG.js
    reads them); `\\n` is a real break. In HTML both are spaces, as a browser shows
    them, except inside <pre>.
    """
    if fmt == "html":
        if "<pre" not in raw.lower():
            raw = raw.replace("\n", " ").replace(NEWLINE, " ")
        return plain_text(raw.replace(NEWLINE, "\n").translate(_LITERAL))
    if fmt == "markdown":
        text = _markdown_lines(raw).replace(NEWLINE, "\n").translate(_LITERAL)
        for pattern, replacement in _MARKDOWN:
            text = pattern.sub(replacement, text)
        return plain_text(text)
    text = raw.replace("\n", " ").replace(NEWLINE, "\n").translate(_LITERAL)
    return plain_text(html.escape(text, quote=False) if fmt == "plain" else text)


def formatted_text(raw: str, default: str) -> str:
    fmt, body = split_format(raw, default)
    return convert(body, fmt)


#: ipquiz's own mark: a multiple-answer question scored all or nothing, whose weights
#: in the file are only there for Moodle (which needs positive grades adding to 100%).
ALL_OR_NOTHING = "[all-or-nothing]"
