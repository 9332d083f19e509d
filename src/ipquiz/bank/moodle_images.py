"""Pictures embedded in Moodle XML: `<file name=… encoding="base64">` beside the question
text, which points at it as `<img src="@@PLUGINFILE@@/name">`.

The first picture the question text shows becomes the question's image, checked as
any other (bank.images); a PNG or SVG only. Moodle records no licence for a file, so
the image says where it came from and that its licence was not recorded.
"""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import unquote
from xml.etree import ElementTree as ET

from ipquiz.bank.images import image_problem
from ipquiz.domain.question import ImageFormat, QuestionImage

#: What an imported picture's licence says until someone records the real one.
UNRECORDED = "not recorded (imported from Moodle XML: {0})"
_SHOWN = re.compile(r"""<img\b[^>]*\bsrc\s*=\s*["']@@PLUGINFILE@@/([^"'?#]+)""", re.IGNORECASE)
_FORMATS = {".png": ImageFormat.PNG, ".svg": ImageFormat.SVG}


def moodle_image(questiontext: ET.Element | None, source: str) -> QuestionImage | str | None:
    """The question text's picture, None if it shows none, or why it cannot be taken."""
    if questiontext is None:
        return None
    inner = questiontext.find("text")
    html = "".join(inner.itertext()) if inner is not None else ""
    shown = [unquote(name) for name in _SHOWN.findall(html)]
    if not shown:
        return None
    files = {f.get("name", ""): f for f in questiontext.findall("file")}
    name = shown[0]
    element = files.get(name)
    if element is None:
        return f"its picture {name!r} is not in the file"
    fmt = next((f for ext, f in _FORMATS.items() if name.lower().endswith(ext)), None)
    if fmt is None:
        return f"its picture {name!r} is neither PNG nor SVG"
    try:
        data = base64.b64decode("".join((element.text or "").split()), validate=True)
    except (binascii.Error, ValueError):
        return f"its picture {name!r} is not valid base64"
    said = image_problem(fmt, data)
    if said:
        return f"its picture {name!r}: {said}"
    return QuestionImage(fmt, data, UNRECORDED.format(source))
