"""Where wrapped text may not break, and the width that breaks it better.

Chinese typesetting (GB/T 15834, the W3C's Requirements for Chinese Text Layout) keeps
closing punctuation off the start of a line and opening punctuation off its end, and a
title or a question does not leave one or two characters alone on its last line ("…哪项权"
over "利？"). A text's lines come from whoever lays it out (the window measures them with
its font); this module only judges them and picks the width to lay them out at.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

#: Never at the start of a line: closing brackets and quotes, pause and stop marks.
CLOSING: Final = frozenset("，。、；：？！…‥）】」』》〉〕〗〙〛”’﹚﹜﹞,.;:?!)]}%")
#: Never at the end of a line (unless the paragraph ends there): opening brackets and quotes.
OPENING: Final = frozenset("（【「『《〈〔〖〘〚“‘([{")
#: A last line this short (characters, spaces aside) is an orphan.
ORPHAN_MAX: Final = 2


def line_faults(lines: Sequence[str]) -> list[str]:
    """What is wrong with these wrapped lines. A line that ends in "\\n" ends its
    paragraph: the next one starts a new paragraph, not a broken line."""
    found = []
    for n, line in enumerate(lines):
        text = line.strip()
        first_of_paragraph = n == 0 or lines[n - 1].endswith("\n")
        last_of_paragraph = n == len(lines) - 1 or line.endswith("\n")
        if not text:
            continue
        if not first_of_paragraph and text[0] in CLOSING:
            found.append(f"line {n + 1} starts with {text[0]!r}")
        if not last_of_paragraph and text[-1] in OPENING:
            found.append(f"line {n + 1} ends with {text[-1]!r}")
        if (
            last_of_paragraph
            and not first_of_paragraph
            and len(text.replace(" ", "")) <= ORPHAN_MAX
        ):
            found.append(f"line {n + 1} is an orphan: {text!r}")
    return found


#: Widths tried between the balanced one and the full one, when the balanced one has faults.
STEPS: Final = 24


def fitting_width(width: int, lines_at: Callable[[int], Sequence[str]]) -> int:
    """The width to lay a text out at, at most `width`: `width` itself when its lines are
    fine; otherwise the narrowest width that keeps the same number of lines (a balanced
    layout, the same height on screen), or the first fine one on the way back up to
    `width`; `width` when none is fine (no balanced break exists: nothing to improve)."""
    lines = lines_at(width)
    if len(lines) < 2 or not line_faults(lines):
        return width
    count = len(lines)
    low, high = 1, width  # a narrower width never gives fewer lines
    while low < high:
        middle = (low + high) // 2
        if len(lines_at(middle)) <= count:
            high = middle
        else:
            low = middle + 1
    step = max(1, (width - high) // STEPS)
    for candidate in range(high, width, step):
        shown = lines_at(candidate)
        if len(shown) == count and not line_faults(shown):
            return candidate
    return width
