"""Counting a widget's resizes, for the tests of layouts that must settle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class ResizeCounter(QObject):
    """Counts a widget's resizes. Installed after a scroll area's own filter it is asked
    first; past `bound` it swallows them, so a resize without end (each inside the last)
    fails its test instead of crashing it."""

    def __init__(self, bound: int = 40) -> None:
        super().__init__()
        self.bound = bound
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Resize:
            return False
        self.count += 1
        return self.count > self.bound
