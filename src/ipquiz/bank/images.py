"""Pictures on questions: what a bank file may carry, checked before anything is stored.

A question's image comes from a file someone else wrote, so it is hostile until
checked: PNG must be a PNG of sensible size; SVG must be plain drawing, with no
script, no event handlers, no embedded HTML and no reference outside itself (an
`href` other than `#id`, a `url(...)` other than `url(#id)`, an `@import`), so
rendering it can neither run code nor reach a file or the network.
"""

from __future__ import annotations

import base64
import re
import struct
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ipquiz.domain.language import LANGUAGES
from ipquiz.domain.question import ImageFormat, QuestionImage

#: Largest image a question may carry (bytes): a drawing or a photo at screen size.
MAX_IMAGE_BYTES = 256 * 1024
#: Largest PNG side (pixels): enough for any screen, far below a decompression bomb.
MAX_SIDE = 4096
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: SVG elements that run code, embed other documents or play media.
_REFUSED = {
    "script",
    "foreignobject",
    "iframe",
    "embed",
    "object",
    "audio",
    "video",
    "handler",
    "listener",
}
_OUTSIDE_URL = re.compile(r"url\(\s*['\"]?(?!#)", re.IGNORECASE)
_IMPORT = re.compile(r"@import", re.IGNORECASE)


def image_problem(fmt: ImageFormat, data: bytes) -> str | None:
    """Why `data` cannot be shown as a question's image, or None if it can."""
    if not data:
        return "the image is empty"
    if len(data) > MAX_IMAGE_BYTES:
        return f"the image is {len(data):,} bytes; at most {MAX_IMAGE_BYTES:,}"
    return _png_problem(data) if fmt is ImageFormat.PNG else _svg_problem(data)


def _png_problem(data: bytes) -> str | None:
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR" or len(data) < 24:
        return "not a PNG image"
    width, height = struct.unpack(">II", data[16:24])
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        return f"the PNG is {width}x{height} pixels; each side at most {MAX_SIDE}"
    return None


def _svg_problem(data: bytes) -> str | None:
    try:
        root = fromstring(data, forbid_dtd=True)
    except (DefusedXmlException, SyntaxError, ValueError) as exc:
        return f"not a well-formed SVG image without DOCTYPE: {exc}"
    if _local(root.tag) != "svg":
        return "not an SVG image (the root element must be <svg>)"
    for element in root.iter():
        said = _element_problem(element)
        if said:
            return said
    return None


def _element_problem(element: Element) -> str | None:
    name = _local(element.tag)
    if name.lower() in _REFUSED:
        return f"SVG element <{name}> is not allowed (scripts and embedded content are refused)"
    for key, value in element.attrib.items():
        attr = _local(key).lower()
        if attr.startswith("on"):
            return f"SVG attribute {attr} is not allowed (event handlers are refused)"
        if attr == "href" and not value.strip().startswith("#"):
            return f"SVG <{name}> refers outside the image ({value[:60]!r}); only #id is allowed"
        if _OUTSIDE_URL.search(value) or _IMPORT.search(value):
            return f"SVG <{name}> refers outside the image in {attr}; only url(#id) is allowed"
    if (
        name == "style"
        and element.text
        and (_OUTSIDE_URL.search(element.text) or _IMPORT.search(element.text))
    ):
        return "SVG <style> refers outside the image; only url(#id) is allowed"
    return None


def _local(tag: str) -> str:
    """'{http://www.w3.org/2000/svg}rect' -> 'rect'."""
    return tag.rpartition("}")[2]


def read_image_entry(raw: object) -> QuestionImage | str | None:
    """A question file's `image:` mapping (format, data, licence, alt text per language):
    the image, None when there is none, or what is wrong with it."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        return "'image' must be a mapping with format, data and licence"
    try:
        fmt = ImageFormat(str(raw.get("format", "")).lower())
    except ValueError:
        return "image: 'format' must be png or svg"
    text = raw.get("data")
    if not isinstance(text, str) or not text.strip():
        return "image: 'data' must hold the SVG text or the PNG as base64"
    try:
        data = _decode(fmt, text)
    except ValueError:
        return "image: the PNG 'data' is not valid base64"
    licence = raw.get("licence")
    if not isinstance(licence, str) or not licence.strip():
        return "image: 'licence' is required (e.g. 'CC0 1.0, drawn for ipquiz')"
    said = image_problem(fmt, data)
    if said:
        return f"image: {said}"
    alt = {lang: str(raw[lang]).strip() for lang in LANGUAGES if raw.get(lang)}
    return QuestionImage(fmt, data, licence.strip(), alt)


def image_entry(image: QuestionImage) -> dict[str, str]:
    """The `image:` mapping written for `image` (the inverse of read_image_entry)."""
    entry = {"format": image.format.value, "data": _encode(image), "licence": image.licence}
    return entry | {lang: image.alt[lang] for lang in LANGUAGES if image.alt.get(lang)}


def _decode(fmt: ImageFormat, text: str) -> bytes:
    if fmt is ImageFormat.SVG:
        return text.strip().encode("utf-8")
    return base64.b64decode("".join(text.split()), validate=True)


def _encode(image: QuestionImage) -> str:
    if image.format is ImageFormat.SVG:
        return image.data.decode("utf-8")
    return base64.b64encode(image.data).decode("ascii")
