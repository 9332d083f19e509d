"""The one way a window calls a service: on a worker thread, answered on the UI thread.

Like Anki's `CollectionOp`/`QueryOp`: `calls.run(op, success)` runs `op()` on the
window's single worker (service calls never overlap, as they share one database), then
calls `success(result)` on the UI thread, or, if `op` raised, the call's `failure`
(or the window's) with a `Failure`: one translated line, and whether it may pass.

A call that blocks (the default) puts the window in its busy state, and while one is
running a second blocking call is refused, so a double tap never submits twice. With
`retry=True` a transient failure (the server went away, the database is locked) is not
reported: the window shows "Reconnecting…" and the call runs again until it succeeds
or fails for good. Only idempotent service calls may retry (an answer is: it replaces
its own row). With `progress`, the op is called with a `report(done, total)` function
whose reports arrive on the UI thread (a long import's progress bar).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from ipquiz.gui.failures import Failure, describe_failure
from ipquiz.gui.tasks import BackgroundRunner

T = TypeVar("T")

#: Waits between the tries of a retried call, in ms; the last one repeats.
RETRY_DELAYS_MS: tuple[int, ...] = (500, 1000, 2000, 4000, 5000)


class ServiceCalls(QObject):
    """Runs a window's service calls one at a time, off the UI thread."""

    busy_changed = Signal(bool)  # a blocking call started (True) or the last one ended
    reconnecting_changed = Signal(bool)  # a retried call is waiting for the database

    def __init__(
        self,
        parent: QObject,
        *,
        on_failure: Callable[[Failure], object],
        database_url: str = "",
        retry_delays_ms: Sequence[int] = RETRY_DELAYS_MS,
    ) -> None:
        super().__init__(parent)
        self._runner = BackgroundRunner(self)
        self._on_failure = on_failure
        self.database_url = database_url  # named in the messages (password masked)
        self.retry_delays_ms = tuple(retry_delays_ms)
        self._blocking = 0
        self._retrying = 0
        self._running: set[_Call] = set()  # held until they report: Qt holds slots weakly
        self._closed = False

    @property
    def busy(self) -> bool:
        """A blocking call is running (or waiting to retry): input is held back."""
        return self._blocking > 0

    @property
    def idle(self) -> bool:
        """No call is running or waiting to retry (tests wait for this)."""
        return not self._running

    @property
    def reconnecting(self) -> bool:
        return self._retrying > 0

    def run(
        self,
        op: Callable[..., T],
        success: Callable[[T], object] | None = None,
        *,
        failure: Callable[[Failure], object] | None = None,
        retry: bool = False,
        block: bool = True,
        progress: Callable[[int, int], None] | None = None,
    ) -> bool:
        """Start `op` on the worker; False (and nothing runs) if a blocking call is running."""
        if self._closed or (block and self.busy):
            return False
        if block:
            self._set_blocking(+1)
        call = _Call(
            self,
            op,
            success,
            failure or self._on_failure,
            retry=retry,
            block=block,
            progress=progress,
        )
        self._running.add(call)
        call.start()
        return True

    def report(self, failure: Failure) -> None:
        """Hand a failure a call's own handler does not deal with to the window's."""
        self._on_failure(failure)

    def wait(self, msecs: int = 30_000) -> bool:
        """For closing: no call starts or retries afterwards, a call waiting to retry is
        dropped, the running one is let finish; none reports to the closing window, so
        no call outlives it. False if the running call did not finish within `msecs`."""
        self._closed = True
        for call in list(self._running):
            if call.waiting_to_retry:
                call.drop()
        finished = self._runner.wait(msecs)
        for call in list(self._running):
            call.drop()  # its answer, queued for the UI thread, is not delivered
        return finished

    # -- for _Call ---------------------------------------------------------------
    def _submit(
        self,
        work: Callable[..., Any],
        done: Callable[[Any], None],
        failed: Any,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self._runner.run(work, done, failed, on_progress=progress)

    def _set_blocking(self, step: int) -> None:
        before = self.busy
        self._blocking += step
        if self.busy != before:
            self.busy_changed.emit(self.busy)

    def _set_retrying(self, step: int) -> None:
        before = self.reconnecting
        self._retrying += step
        if self.reconnecting != before:
            self.reconnecting_changed.emit(self.reconnecting)


class _Call:
    """One call through its tries; reports once, on the UI thread."""

    def __init__(
        self,
        owner: ServiceCalls,
        op: Callable[..., Any],
        success: Callable[[Any], object] | None,
        failure: Callable[[Failure], object],
        *,
        retry: bool,
        block: bool,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self._owner, self._op, self._progress = owner, op, progress
        self._success, self._failure = success, failure
        self._retry, self._block = retry, block
        self._tries = 0
        self._waiting = False
        self._ended = False
        # Held here: a retry must not outlive the call, nor the call its pending retry.
        self._timer = QTimer(owner)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.start)

    @property
    def waiting_to_retry(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        if self._ended:
            return
        self._tries += 1
        self._owner._submit(self._op, self._done, self._failed, self._on_progress)

    def drop(self) -> None:
        """End without reporting: the window is closing."""
        self._timer.stop()
        self._end()

    @property
    def _on_progress(self) -> Callable[[int, int], None] | None:
        if self._progress is None:
            return None
        report = self._progress
        return lambda done, total: None if self._ended else report(done, total)

    def _done(self, result: Any) -> None:
        if self._ended:
            return
        self._end()
        if self._success is not None:
            self._success(result)

    def _failed(self, exc: Exception) -> None:
        if self._ended:
            return
        failure = describe_failure(exc, database_url=self._owner.database_url)
        if self._retry and failure.transient and not self._owner._closed:
            if not self._waiting:
                self._waiting = True
                self._owner._set_retrying(+1)
            delays = self._owner.retry_delays_ms
            self._timer.start(delays[min(self._tries, len(delays)) - 1])
            return
        self._end()
        self._failure(failure)

    def _end(self) -> None:
        if self._ended:
            return
        self._ended = True
        self._timer.timeout.disconnect(self.start)
        self._timer.deleteLater()
        self._owner._running.discard(self)
        if self._waiting:
            self._waiting = False
            self._owner._set_retrying(-1)
        if self._block:
            self._owner._set_blocking(-1)
