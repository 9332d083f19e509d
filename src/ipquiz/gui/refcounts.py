"""Keep None, True and False alive under PySide6 6.12 on Python 3.11.

PySide6 6.12 returns None from every void call (label.setText, widget.update, ...) and
True from signal.disconnect without taking a reference, as if they were immortal; they
are only immortal from Python 3.12 on (PEP 683). On 3.11 each such call takes one
reference away, and after a few thousand calls the interpreter aborts with "Fatal
Python error: none_dealloc". A kiosk makes that many calls in its first minutes.

Python 3.12 gives these objects a huge, never-reaching-zero reference count; this does
the same on 3.11 by adding 2**60 to theirs, once, at start-up. It changes nothing on
3.12 and later, nor on interpreters other than CPython. pyproject.toml keeps PySide6
below 6.12; this stays as the safety net for an installation that has it anyway.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 60  # at a billion lost references a second: 36 years
_done = False


def guard_singleton_refcounts() -> bool:
    """Apply the fix if this interpreter needs it; returns whether it was applied."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object header.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _done = True
    return True
