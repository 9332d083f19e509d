"""One heartbeat and named deadlines for the whole kiosk.

Every kiosk timeout (question countdown, feedback, idle, "Still there?", fact rotation,
long press, PIN lockout) is a deadline on this clock instead of a QTimer of its own.
So there is exactly one QTimer to leak-check, a screen change cancels its deadlines by
name, and tests (and the soak benchmark) swap in `ManualClock` and step time forward
instead of waiting for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

TICK_MS = 100  # smooth enough for a countdown ring, cheap enough to run for days


class KioskClock(QObject):
    ticked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deadlines: dict[str, tuple[int, Callable[[], None]]] = {}
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(TICK_MS)
        self.heartbeat.timeout.connect(self.tick)

    def now_ms(self) -> int:
        return int(self._elapsed.elapsed())

    def wall(self) -> dt.datetime:
        """Local wall time for the services (a manual clock moves it with now_ms)."""
        return dt.datetime.now().replace(microsecond=0)

    def start(self) -> None:
        self.heartbeat.start()

    def stop(self) -> None:
        self.heartbeat.stop()
        self._deadlines.clear()

    # -- deadlines -------------------------------------------------------------
    def schedule(self, key: str, delay_ms: int, callback: Callable[[], None]) -> None:
        """Call `callback` once, `delay_ms` from now; replaces a deadline of the same name."""
        self._deadlines[key] = (self.now_ms() + delay_ms, callback)

    def cancel(self, *keys: str) -> None:
        for key in keys:
            self._deadlines.pop(key, None)

    def pending(self) -> set[str]:
        return set(self._deadlines)

    def remaining_ms(self, key: str) -> int | None:
        due = self._deadlines.get(key)
        return None if due is None else max(0, due[0] - self.now_ms())

    def tick(self) -> None:
        """Fire what is due (earliest first), then let screens redraw their countdowns."""
        now = self.now_ms()
        due = sorted((at, key) for key, (at, _) in self._deadlines.items() if at <= now)
        for _, key in due:
            entry = self._deadlines.get(key)
            if entry is not None and entry[0] <= now:
                del self._deadlines[key]
                entry[1]()
        self.ticked.emit()


class ManualClock(KioskClock):
    """A clock that moves only when `advance` is called: for tests and the soak benchmark."""

    def __init__(
        self, parent: QObject | None = None, *, wall_start: dt.datetime | None = None
    ) -> None:
        super().__init__(parent)
        self._now = 0
        self._wall_start = wall_start or dt.datetime(2026, 4, 26, 9, 0)
        #: Called after each step: a driver waits here for the service calls the step
        #: started (they answer on other threads), as real time would let them.
        self.after_tick: Callable[[], None] | None = None

    def now_ms(self) -> int:
        return self._now

    def wall(self) -> dt.datetime:
        return self._wall_start + dt.timedelta(milliseconds=self._now)

    def start(self) -> None:
        """No heartbeat: time moves in `advance`."""

    def advance(self, ms: int) -> None:
        """Step time forward one heartbeat at a time, as the real clock would."""
        end = self._now + ms
        while self._now < end:
            self._now = min(end, self._now + TICK_MS)
            self.tick()
            if self.after_tick is not None:
                self.after_tick()
