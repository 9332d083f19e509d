"""A picture added to a question of the fixture bank, for the tests that follow it."""

from __future__ import annotations

from pathlib import Path

MARK = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60">'
    '<circle cx="30" cy="30" r="25" fill="none" stroke="black"/></svg>'
)


def picture(bank: Path, qid: str = "a-single", svg: str = MARK) -> None:
    """Give question `qid` of the fixture bank's alpha.yaml a picture."""
    path = bank / "alpha.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index(f"  - id: {qid}\n")
    at = text.index("\n    zh-CN:\n", start) + 1
    block = (
        "    image:\n      format: svg\n      licence: CC0 1.0, drawn for the test\n"
        "      zh-CN: 一个圆圈\n      en: A circle\n"
        f"      data: '{svg}'\n"
    )
    path.write_text(text[:at] + block + text[at:], encoding="utf-8")
