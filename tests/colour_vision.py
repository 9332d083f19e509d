"""Colour-vision deficiency simulation and colour difference, for the never-colour-alone tests.

Simulation: Machado, Oliveira and Fernandes, "A Physiologically-based Model for Simulation
of Color Vision Deficiency" (IEEE TVCG 15(6), 2009), severity 1.0 matrices, applied to
linear RGB. Difference: CIE 1976 ΔE*ab in CIELAB (D65); about 2 is a just-noticeable
difference, and 20 is told apart at a glance.
"""

from __future__ import annotations

import math

Matrix = tuple[tuple[float, float, float], ...]

MACHADO: dict[str, Matrix] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
}
NORMAL: Matrix = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
VISIONS: dict[str, Matrix] = {"normal": NORMAL, **MACHADO}


def _linear(colour: str) -> tuple[float, float, float]:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(colour.lstrip("#")[i : i + 2], 16)) for i in (0, 2, 4))
    return r, g, b


def seen(colour: str, matrix: Matrix) -> tuple[float, float, float]:
    """CIELAB of `colour` (#rrggbb) as a person with the given vision sees it."""
    lin = _linear(colour)
    r, g, b = (
        min(1.0, max(0.0, sum(m * c for m, c in zip(row, lin, strict=True)))) for row in matrix
    )
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def difference(a: str, b: str, vision: str = "normal") -> float:
    """ΔE*ab between two colours as seen with `vision` (normal, protanopia, deuteranopia)."""
    return math.dist(seen(a, VISIONS[vision]), seen(b, VISIONS[vision]))
