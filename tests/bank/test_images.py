"""Pictures on questions: hostile images are refused, good ones survive the file round trip."""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

import pytest

from ipquiz.bank.images import MAX_IMAGE_BYTES, image_problem, read_image_entry
from ipquiz.bank.native_yaml import dump_native, read_native_text
from ipquiz.domain.question import Category, ImageFormat, QuestionImage

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="100" height="100">{}</svg>'
)
GOOD_SVG = SVG.format(
    '<defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/>'
    '<use xlink:href="#g"/><text x="5" y="50">®</text>'
)


def png(width: int, height: int) -> bytes:
    """A real PNG of `width` x `height` pixels (one grey row repeated)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress((b"\x00" + b"\x80" * width) * height)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def test_a_plain_drawing_and_a_png_are_accepted() -> None:
    assert image_problem(ImageFormat.SVG, GOOD_SVG.encode()) is None
    assert image_problem(ImageFormat.PNG, png(40, 20)) is None


@pytest.mark.parametrize(
    ("inside", "said"),
    [
        ("<script>alert(1)</script>", "<script>"),
        ('<rect width="1" height="1" onload="alert(1)"/>', "onload"),
        ('<image xlink:href="file:///etc/passwd" width="1" height="1"/>', "refers outside"),
        ('<use href="http://example.com/x.svg#a"/>', "refers outside"),
        ('<rect style="fill: url(http://example.com/p)"/>', "refers outside"),
        ("<style>@import url(http://example.com/a.css);</style>", "refers outside"),
        ("<foreignObject><p>hi</p></foreignObject>", "<foreignObject>"),
    ],
)
def test_svg_that_runs_code_or_reaches_outside_is_refused(inside: str, said: str) -> None:
    problem = image_problem(ImageFormat.SVG, SVG.format(inside).encode())
    assert problem is not None
    assert said in problem


def test_svg_with_a_doctype_or_not_svg_at_all_is_refused() -> None:
    entity = '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>'
    assert "DOCTYPE" in (image_problem(ImageFormat.SVG, entity.encode()) or "")
    assert "root element" in (image_problem(ImageFormat.SVG, b"<html/>") or "")
    assert "well-formed" in (image_problem(ImageFormat.SVG, b"<svg") or "")


def test_size_caps() -> None:
    big = SVG.format("<!--" + "x" * MAX_IMAGE_BYTES + "-->").encode()
    assert "at most" in (image_problem(ImageFormat.SVG, big) or "")
    assert "each side at most" in (image_problem(ImageFormat.PNG, png(5000, 1)) or "")
    assert image_problem(ImageFormat.PNG, b"GIF89a....") == "not a PNG image"


def test_an_image_needs_its_licence_and_a_known_format() -> None:
    assert "licence" in str(read_image_entry({"format": "svg", "data": GOOD_SVG}))
    assert "png or svg" in str(read_image_entry({"format": "gif", "data": "x", "licence": "CC0"}))
    bad64 = {"format": "png", "data": "not base64!", "licence": "CC0"}
    assert "base64" in str(read_image_entry(bad64))


ENTRY = """category: {{id: c, name: {{en: C, zh-CN: 丙}}}}
questions:
  - id: mark
    type: single
    difficulty: 1
    source: {{zh-CN: 商标法第九条, en: Trademark Law Art. 9, law: trademark-law@2019, articles: ["9"]}}
    answer: A
    image:
      format: {fmt}
      licence: CC0 1.0, drawn for ipquiz
      zh-CN: 带圆圈的R
      en: A circled R
      data: |
        {data}
    zh-CN: {{prompt: 这是什么标记？, choices: [注册标记, 专利标记], explanation: 第九条。}}
    en: {{prompt: What is this mark?, choices: [Registration symbol, Patent mark], explanation: Art. 9.}}
"""


@pytest.mark.parametrize(
    ("fmt", "data"),
    [("svg", GOOD_SVG), ("png", base64.b64encode(png(3, 2)).decode())],
)
def test_a_question_file_carries_its_image_both_ways(fmt: str, data: str) -> None:
    read = read_native_text(ENTRY.format(fmt=fmt, data=data), "c.yaml")
    assert not read.problems
    image = read.questions[0].image
    assert image is not None
    assert image.format == ImageFormat(fmt)
    assert image.licence == "CC0 1.0, drawn for ipquiz"
    assert image.describe("en") == "A circled R"
    again = read_native_text(dump_native(Category("c", {"en": "C"}), read.questions), "again")
    assert again.questions[0].image == image


def test_a_hostile_image_is_reported_with_its_question(tmp_path: Path) -> None:
    hostile = SVG.format("<script>alert(1)</script>")
    read = read_native_text(ENTRY.format(fmt="svg", data=hostile), "c.yaml")
    assert read.questions == ()
    assert [p.message for p in read.problems] == [
        "mark: image: SVG element <script> is not allowed (scripts and embedded content are refused)"
    ]


def test_the_image_type_keeps_what_it_was_given() -> None:
    image = QuestionImage(ImageFormat.SVG, b"<svg/>", "CC0", {"zh-CN": "图"})
    assert image.describe("en") == "图"  # the other language when one is missing
