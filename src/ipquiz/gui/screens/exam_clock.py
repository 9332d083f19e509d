"""Time limits: the exam's overall one, or a practice question's countdown. Ticks once a
second and says when time is up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

if TYPE_CHECKING:
    from ipquiz.services.quiz_service import ActiveQuiz


class ExamClock(QObject):
    tick = Signal(object)  # seconds left, or None when there is no limit
    time_up = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timeout)
        self._elapsed = QElapsedTimer()
        self._limit_s = 0

    def start(self, active: ActiveQuiz) -> None:
        """Count down from the spec's limit (a resumed exam gets the time it had left)."""
        self.stop()
        limit = active.quiz.spec.total_seconds
        if not limit or not active.quiz.spec.answers_changeable:
            self.tick.emit(None)
            return
        used_ms = sum(a.elapsed_ms for a in active.quiz.answers)
        self.count_down(max(1, limit - used_ms // 1000) if active.quiz.answers else limit)

    def count_down(self, seconds: int) -> None:
        """Start counting down from `seconds`."""
        self.stop()
        self._limit_s = seconds
        self._elapsed.start()
        self._timer.start()
        self.tick.emit(self._limit_s)

    def stop(self) -> None:
        self._timer.stop()

    def seconds_left(self) -> int:
        return self._limit_s - self._elapsed.elapsed() // 1000

    def _on_timeout(self) -> None:
        left = self.seconds_left()
        self.tick.emit(left)
        if left <= 0:
            self.stop()
            self.time_up.emit()
