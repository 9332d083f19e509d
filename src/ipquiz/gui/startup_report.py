"""Start-up moments for `benchmarks/startup.py`: a hidden switch, off unless its variable is set.

With ``IPQUIZ_STARTUP_REPORT=FILE`` the app starts exactly as it always does; an
application-wide event filter only watches paint events and never consumes one. It
records, on ``time.monotonic_ns()`` (one clock for every process on the machine, so the
benchmark can subtract the moment it started the process):

- ``window_painted``: the main window's first paint pass has finished;
- ``screen_ready``: the start screen has painted its topic buttons and the event loop is
  free again, i.e. the first screen accepts input.

Then, once the database has loaded, it writes them to FILE as JSON with the top-level
packages imported by then (``modules``: nothing heavy should be among them), and closes
the window (exit code 0).
If the screen is not ready within `TIMEOUT_MS`, it writes ``{"error": ...}`` and exits
with code 1.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "IPQUIZ_STARTUP_REPORT"
TIMEOUT_MS = 60_000
WINDOW_PAINTED = "window_painted"
SCREEN_READY = "screen_ready"
#: The object name the start screen gives its topic buttons (the theme styles them by it).
TOPIC_OBJECT_NAME = "topic"


class StartupReport(QObject):
    def __init__(self, app: QApplication, window: QWidget, path: Path) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self._path = path
        self._scheduled: set[str] = set()
        self.moments: dict[str, int] = {}
        app.installEventFilter(self)
        QTimer.singleShot(TIMEOUT_MS, self, self._on_timeout)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if watched is self._window:
                self._after_this_paint(WINDOW_PAINTED)
            elif (
                WINDOW_PAINTED in self._scheduled
                and watched.objectName() == TOPIC_OBJECT_NAME
                and isinstance(watched, QWidget)
                and watched.window() is self._window
            ):
                self._after_this_paint(SCREEN_READY)
        return False

    def _after_this_paint(self, moment: str) -> None:
        """Stamp `moment` when the event loop is back: the paint pass (children included) is done."""
        if moment not in self._scheduled:
            self._scheduled.add(moment)
            QTimer.singleShot(0, self, lambda: self._stamp(moment))

    def _stamp(self, moment: str) -> None:
        self.moments[moment] = time.monotonic_ns()
        if len(self.moments) == 2:
            self._app.removeEventFilter(self)
            # The screen can be ready (from the topic cache) before the database has
            # loaded; the report waits for that too, so `modules` shows what a whole
            # start imports.
            loaded = getattr(self._window, "loaded", None)
            if loaded is not None and getattr(self._window, "services", None) is None:
                loaded.connect(self._finish)
            else:
                self._finish()

    def _finish(self) -> None:
        modules = sorted({name.partition(".")[0] for name in sys.modules})
        self._write({"clock": "time.monotonic_ns", **self.moments, "modules": modules})
        self._window.close()

    def _on_timeout(self) -> None:
        if len(self.moments) < 2:
            self._write(
                {"error": f"the start screen was not ready after {TIMEOUT_MS} ms", **self.moments}
            )
            self._app.exit(1)

    def _write(self, data: dict[str, object]) -> None:
        from ipquiz.safe_files import write_bytes

        write_bytes(self._path, json.dumps(data).encode("utf-8"))


def watch(app: QApplication, window: QWidget, path: str) -> StartupReport:
    """Install the report before the window is shown; it lives as long as the application."""
    return StartupReport(app, window, Path(path))
