"""Give freed memory back to the system between visitors, so a kiosk's RSS stays flat.

glibc keeps freed heap pages for reuse; over thousands of rounds (each building and
dropping screens' texts, fonts' glyph runs and query results) that shows as slowly
rising RSS. malloc_trim(0) returns the free pages. Elsewhere it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    return trim


def release_free_memory() -> bool:
    """Return freed heap pages to the system; True if that was possible here."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
