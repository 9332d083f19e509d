"""Write the bundled Chinese font: Noto Sans CJK SC cut down to the characters ipquiz shows.

    python packaging/fonts.py                 # resources/fonts/ipquiz-sans-sc-*.otf
    python packaging/fonts.py --check         # exit 1 if a shown character is missing
    python packaging/fonts.py --source DIR    # where NotoSansCJK-{Regular,Bold}.ttc are

Why a subset: the full Noto Sans CJK files are 20 MB each and hold 65,535 glyphs for
four languages. Reading a few thousand glyphs from them maps pages all over the file
(about 10 MB of each stayed resident in a kiosk after a day of visitors). The subset
keeps the 3,755 most common Chinese characters (GB 2312 level 1), Latin-1, Chinese
punctuation and every character the bank, the translations and the nickname lists
use: under 2 MB per weight, the same look on every platform, and anything rarer (in an
imported question, say) still falls back to the system's Chinese fonts.

Building needs fontTools (`pip install fonttools`) and Debian's fonts-noto-cjk;
`--check` needs only Qt. The font is under the SIL Open Font License 1.1
(resources/fonts/OFL.txt); it is renamed, as the licence asks of modified fonts.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "resources" / "fonts"
FAMILY = "ipquiz Sans SC"
WEIGHTS = ("Regular", "Bold")
DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto")
CODE_PAGES = 1 << 0 | 1 << 18  # OS/2 ulCodePageRange1: Latin 1 and GB 2312 (Simplified Chinese)
SC_INDEX = 2  # in NotoSansCJK-*.ttc: JP, KR, SC, TC, HK, then the Mono faces
#: Where the characters ipquiz shows come from (besides the fixed ranges).
TEXT_SOURCES = (
    ("questions", "*.yaml"),  # the bank and the law registry under it
    ("questions/laws/texts", "*.md"),
    ("resources/translations", "*.ts"),
    ("src/ipquiz", "*.py"),
)


def font_path(weight: str) -> Path:
    return FONTS / f"ipquiz-sans-sc-{weight.lower()}.otf"


def gb2312_level1() -> Iterator[str]:
    """The 3,755 commonest Chinese characters: rows 16-55 of GB 2312."""
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                yield bytes((row, cell)).decode("gb2312")
            except UnicodeDecodeError:
                continue


def fixed_ranges() -> Iterator[str]:
    """Latin-1, general and CJK punctuation, full-width forms."""
    ranges = ((0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2027), (0x3000, 0x303F), (0xFF01, 0xFF5E))
    for first, last in ranges:
        yield from map(chr, range(first, last + 1))
    yield from "€™←→↑↓√★☆○●"


def shown_characters(root: Path = ROOT) -> set[str]:
    """Every character in the bank, the translations and the sources (nicknames, labels)."""
    found: set[str] = set()
    for folder, pattern in TEXT_SOURCES:
        for path in sorted((root / folder).rglob(pattern)):
            found.update(path.read_text(encoding="utf-8"))
    return {c for c in found if (c.isprintable() and not c.isspace()) or c == " "}


def wanted(root: Path = ROOT) -> set[str]:
    return set(gb2312_level1()) | set(fixed_ranges()) | shown_characters(root)


def needs_cjk_font(char: str) -> bool:
    """Characters the subset is there for; others (emoji, say) come from the system."""
    return (
        ord(char) >= 0x2E80
        or " " <= char <= "~"
        or "\u00a0" <= char <= "\u00ff"
        or "\u2010" <= char <= "\u2027"
    )


def missing(path: Path, chars: Iterable[str]) -> list[str]:
    """The characters of `chars` that the font file at `path` has no glyph for (Qt only)."""
    from PySide6.QtGui import QGuiApplication, QRawFont

    _app = QGuiApplication.instance() or QGuiApplication(["fonts", "-platform", "offscreen"])
    raw = QRawFont(str(path), 16)
    if not raw.isValid():
        return sorted(chars)
    return sorted(c for c in chars if not raw.supportsCharacter(ord(c)))


def build(source: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    codepoints = sorted(ord(c) for c in wanted())
    FONTS.mkdir(parents=True, exist_ok=True)
    for weight in WEIGHTS:
        font = TTCollection(source / f"NotoSansCJK-{weight}.ttc").fonts[SC_INDEX]
        options = subset.Options()
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=codepoints)
        subsetter.subset(font)
        # fontTools would recompute the code pages from a few test characters and drop
        # GB 2312; font databases that sort fonts by writing system read this bit.
        font["OS/2"].ulCodePageRange1 = CODE_PAGES
        font["OS/2"].ulCodePageRange2 = 0
        names = font["name"]
        original = names.getDebugName(4)
        for record in list(names.names):
            if record.nameID in (1, 16):
                record.string = FAMILY
            elif record.nameID in (3, 4):
                record.string = f"{FAMILY} {weight}"
            elif record.nameID == 6:
                record.string = f"ipquizSansSC-{weight}"
        names.setName(f"A subset of {original} for ipquiz (packaging/fonts.py).", 10, 3, 1, 0x409)
        font.recalcTimestamp = False  # the same input gives the same file
        font.save(font_path(weight))
        size = font_path(weight).stat().st_size
        print(
            f"{font_path(weight).relative_to(ROOT)}: {len(codepoints)} characters, {size:,} bytes"
        )


def check() -> list[str]:
    """One line per font file that is missing or lacks a character ipquiz shows."""
    needed = sorted(c for c in shown_characters() if needs_cjk_font(c))
    problems = []
    for weight in WEIGHTS:
        path = font_path(weight)
        if not path.exists():
            problems.append(f"{path.relative_to(ROOT)}: missing")
            continue
        if gaps := missing(path, needed):
            problems.append(f"{path.relative_to(ROOT)}: no glyph for {''.join(gaps[:40])}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the fonts")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, metavar="DIR")
    args = parser.parse_args()
    if not args.check:
        build(args.source)
    problems = check()
    for problem in problems:
        print(f"fonts: {problem} (run: python packaging/fonts.py)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
