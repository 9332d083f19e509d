"""What every question-file reader returns, and helpers they share.

Readers turn a file's bytes into domain questions without touching the database.
They never raise for bad content: they report problems (which stop an import) and
skipped items (unsupported question types, reported by title and line).
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ipquiz.bank.problems import Problem
from ipquiz.domain.language import EN, ZH
from ipquiz.domain.question import Category, Question

#: Files larger than this are refused before parsing (a bank of 100,000 questions
#: in CSV is about 40 MB; nothing a teacher brings comes near).
MAX_FILE_BYTES = 64 * 1024 * 1024
#: A YAML category file holds a few hundred questions (about 500 bytes each); parsing
#: YAML costs about 40 times the file's size in memory and a second per megabyte, so
#: its limit stays far below the other formats'.
MAX_YAML_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadResult:
    categories: tuple[Category, ...] = ()
    questions: tuple[Question, ...] = ()
    skipped: tuple[Problem, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(slots=True)
class ReadCollector:
    """Mutable helper a reader fills while it walks a file."""

    name: str
    categories: dict[str, Category] = field(default_factory=dict)
    questions: list[Question] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.name, line, message))

    def skip(self, line: int, message: str) -> None:
        self.skipped.append(Problem(self.name, line, message))

    def category(self, path: str, lang: str) -> str:
        """Register a category named `path` (e.g. 'Patents/Terms'); returns its id."""
        cid = category_id(path)
        if cid not in self.categories:
            self.categories[cid] = Category(id=cid, names={lang: path.strip() or cid})
        return cid

    def category_for(self, fixed: str | None, path: str) -> str:
        """The next question's category id: the one the user fixed (--category), else the
        file's own path; registered only once a question lands in it."""
        if fixed is None:
            return self.category(path, guess_language(path))
        if fixed not in self.categories:
            self.categories[fixed] = Category(id=fixed, names={guess_language(fixed): fixed})
        return fixed

    def result(self) -> ReadResult:
        return ReadResult(
            categories=tuple(self.categories.values()),
            questions=tuple(self.questions),
            skipped=tuple(self.skipped),
            problems=tuple(self.problems),
        )


# CJK ideographs (extension A, unified, compatibility); not the Yijing symbols at U+4DC0.
def decode_text(data: bytes, out: ReadCollector, *, encoding: str | None, kind: str) -> str | None:
    """A text file's content, or None with a problem recorded.

    The encoding asked for; else a UTF-16 BOM; else UTF-8 (with or without BOM); else
    GB18030, which covers the GBK files that Excel, WPS and Notepad save on Chinese
    Windows, or Big5 (CP950) when the file reads as Big5 and, as GB18030, mostly as
    rare characters (Traditional Chinese Windows saves Big5). Oversized and binary
    files are refused before anything is parsed.
    """
    if len(data) > MAX_FILE_BYTES:
        out.problem(1, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
        return None
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if encoding is None and not utf16 and b"\x00" in data:
        out.problem(1, f"the file holds binary data (NUL bytes), not {kind} text")
        return None
    try:
        if encoding is not None:
            codec = codecs.lookup(encoding).name
            text = data.decode("utf-8-sig" if codec == "utf-8" else codec)
        elif utf16:
            text = data.decode("utf-16")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                try:
                    text = _legacy_chinese(data)
                except UnicodeDecodeError:
                    raise exc from None
    except LookupError:
        out.problem(1, f"unknown text encoding {encoding!r}")
        return None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        wanted = encoding or "UTF-8 or GB18030/GBK"
        out.problem(line, f"the file is not {wanted} text (byte {exc.start}); save it as UTF-8")
        return None
    if "\x00" in text:
        out.problem(1, f"the file holds binary data (NUL characters), not {kind} text")
        return None
    return text.removeprefix("\ufeff")


def _legacy_chinese(data: bytes) -> str:
    """GB18030 (simplified Chinese Windows) or Big5 (traditional), told apart by how
    many of the characters fall outside GB2312, which holds nearly every character
    of real simplified text; Big5 bytes read as GB18030 give mostly rare ones."""
    text = data.decode("gb18030")
    ideographs = _CJK.findall(text)
    if not ideographs:
        return text
    rare = sum(1 for ch in ideographs if not _in_gb2312(ch))
    if rare / len(ideographs) > 0.25:
        try:
            return data.decode("cp950")
        except UnicodeDecodeError:
            pass  # e.g. traditional characters saved as GBK
    return text


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


_LATIN = re.compile(r"[A-Za-z]")


def guess_language(*texts: str) -> str:
    """zh-CN if Chinese carries the text, else en (for one-language imports).

    An English question may quote a Chinese term ("bubble milk tea (珍珠奶茶)") and a
    Chinese one an acronym ("PCT 国际申请"): a Chinese character stands for about a
    word, four or five Latin letters for one, so the larger share decides.
    """
    joined = " ".join(texts)
    chinese = len(_CJK.findall(joined))
    return ZH if chinese and chinese * 4 >= len(_LATIN.findall(joined)) else EN


def stable_id(prefix: str, *parts: str) -> str:
    """An id derived from content, so importing the same file twice updates, not duplicates."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{digest}"


def category_id(name: str) -> str:
    """'Patents / Terms' -> 'patents-terms'; names without ASCII letters get a hash id."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not slug or len(slug) < len(name.strip()) // 2:
        return stable_id("cat", name.strip())
    return slug[:64]


class _TextExtractor(HTMLParser):
    _BREAKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})
    _DROP = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._DROP:
            self._dropping += 1
        elif tag in self._BREAKS:
            self.parts.append("\n")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(alt)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._DROP and self._dropping:
            self._dropping -= 1
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            self.parts.append(data)


def plain_text(text: str) -> str:
    """HTML (or text that may hold some) as plain text: tags gone, entities decoded.

    Scripts and styles are dropped with their content; images keep only their alt
    text, so nothing in an imported question can load a file or run code.
    """
    if not text:
        return ""
    if "<" not in text and "&" not in text:
        return _tidy(text)
    try:
        parts = _extract(text)
    except AssertionError:
        # html.parser asserts on broken declarations such as "<![CD" or "<![ x"; in a
        # question they are text, so "<!" is read as the characters it shows.
        parts = _extract(text.replace("<!", "&lt;!"))
    return _tidy("".join(parts))


def _extract(text: str) -> list[str]:
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    return parser.parts


def _tidy(text: str) -> str:
    if "\n" not in text and "\r" not in text and "  " not in text and "\t" not in text:
        return text.strip()  # the common case, kept cheap for large imports
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(line for line in lines if line).strip()
