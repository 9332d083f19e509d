"""Between visitors the kiosk hands freed heap pages back to the system."""

from __future__ import annotations

import sys

from ipquiz.gui.kiosk import memory


def test_free_memory_is_released_on_linux() -> None:
    assert memory.release_free_memory() is sys.platform.startswith("linux")


def test_release_is_a_no_op_without_malloc_trim(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(memory, "_malloc_trim", lambda: None)
    assert memory.release_free_memory() is False
