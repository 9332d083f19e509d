"""Run slow work off the UI thread and get the answer back on it (Anki's QueryOp idea)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[..., Any], relay: _Relay, *, with_progress: bool) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._with_progress = with_progress

    def run(self) -> None:
        try:
            result = self._work(self._relay.progress.emit) if self._with_progress else self._work()
        except Exception as exc:  # reported on the UI thread, never lost
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class BackgroundRunner(QObject):
    """Owns a thread pool so a window can wait for its jobs when it closes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
        *,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Run `work()` in the pool; with `on_progress`, `work(report)` may call report(done, total)."""
        relay = _Relay()
        if on_progress is not None:
            relay.progress.connect(on_progress)
        self._relays.add(relay)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            handler(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_failed, exc))
        self._pool.start(_Job(work, relay, with_progress=on_progress is not None))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
