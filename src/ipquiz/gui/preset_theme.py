"""A theme's style sheet under an accessibility preset: fonts scaled to the text size,
and for high contrast every text colour moved away from its background until the two
reach 7:1 (WCAG AAA), every border until it reaches 3:1 against white.

Plain text in, plain text out: the colours keep their hue, so the high-contrast theme
is the same product, only darker ink and firmer edges.
"""

from __future__ import annotations

import re

from ipquiz.domain.accessibility import AccessPreset

AAA_TEXT = 7.0
EDGE = 3.0
#: What text without a background of its own is drawn on: the page and the cards.
PAGE = ("#ffffff", "#f3f5fa")

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_FONT = re.compile(r"font-size:\s*(\d+)px")
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _toward(colour: str, target: int, step: float) -> str:
    """`colour` moved `step` (0..1) of the way to black (0) or white (255)."""
    parts = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(v + (target - v) * step):02x}" for v in parts)


def away_from(colour: str, backgrounds: tuple[str, ...], ratio: float) -> str:
    """`colour`, darkened (on light backgrounds) or lightened (on dark ones) just enough
    to reach `ratio` against each of `backgrounds`; unchanged if it already does."""
    light = min(luminance(b) for b in backgrounds) > 0.18
    step = 0.0
    moved = colour
    while step < 1.0 and min(contrast(moved, b) for b in backgrounds) < ratio:
        step = min(1.0, step + 0.05)
        moved = _toward(colour, 0 if light else 255, step)
    return moved.lower()


def scale_fonts(qss: str, factor: float) -> str:
    if factor == 1:
        return qss
    return _FONT.sub(lambda m: f"font-size: {round(int(m[1]) * factor)}px", qss)


def _declarations(body: str) -> dict[str, str]:
    out = {}
    for part in body.split(";"):
        name, _, value = part.partition(":")
        if value:
            out[name.strip()] = value.strip()
    return out


def _contrast_rule(selectors: str, body: str, ground: tuple[str, ...]) -> str:
    """One rule with its text at 7:1 against its own background (or `ground`, what it
    is drawn on) and its borders at 3:1 against `ground`."""
    if ":disabled" in selectors:  # inactive controls are exempt (WCAG 1.4.3)
        return selectors + "{" + body + "}"
    decls = _declarations(body)
    background = _HEX.search(decls.get("background", decls.get("background-color", "")))
    behind = (background[0].lower(),) if background else ground
    text = _HEX.fullmatch(decls.get("color", ""))
    if text and min(contrast(text[0], b) for b in behind) < AAA_TEXT:
        ink = away_from(text[0], behind, AAA_TEXT)
        if min(contrast(ink, b) for b in behind) < AAA_TEXT and background:
            behind = (away_from(background[0], (ink,), AAA_TEXT),)  # light text: deeper ground
            body = body.replace(background[0], behind[0])
        body = re.sub(r"(?<![-\w])color:\s*#[0-9a-fA-F]{6}", f"color: {ink}", body)
    body = re.sub(
        r"(border(?:-[a-z]+)*:[^;]*?)(#[0-9a-fA-F]{6})",
        lambda m: m[1] + away_from(m[2], ground, EDGE),
        body,
    )
    return selectors + "{" + body + "}"


def high_contrast(qss: str, *, dark: str = "", on_dark: tuple[str, ...] = ()) -> str:
    """`qss` with its text at 7:1 and its borders at 3:1. `dark` names a screen with a
    dark ground (e.g. "#attractScreen"): its ground is deepened until white text on it
    reaches 7:1, and the rules inside it (or naming one of `on_dark`, the controls that
    only appear on it) are measured against that ground."""
    ground: tuple[str, ...] = ()
    for selectors, body in _RULE.findall(qss):
        if dark and selectors.strip().endswith(dark):
            ground = tuple(away_from(c.lower(), ("#ffffff",), AAA_TEXT) for c in _HEX.findall(body))

    def rule(match: re.Match[str]) -> str:
        selectors, body = match[1], match[2]
        if ground and selectors.strip().endswith(dark):  # the dark screen itself
            for old, new in zip(_HEX.findall(body), ground, strict=True):
                body = body.replace(old, new)
            return selectors + "{" + body + "}"
        inside = ground and any(n in selectors for n in (dark, *on_dark))
        return _contrast_rule(selectors, body, ground if inside else PAGE)

    return _RULE.sub(rule, qss)


def themed(qss: str, preset: AccessPreset, *, dark: str = "", on_dark: tuple[str, ...] = ()) -> str:
    """`qss` under `preset`: fonts at its text size, contrast raised if it asks."""
    qss = scale_fonts(qss, preset.scale)
    return high_contrast(qss, dark=dark, on_dark=on_dark) if preset.high_contrast else qss
