"""Motion with a purpose, and none at all when reduced motion is asked for.

Every kiosk animation runs through `Motion.run`: with reduced motion it jumps straight to
its end, so the screen shows the same final state at once (the value an animation ends
on is the state itself, never something only the animation sets). A screen that is left
or cleared finishes what it was animating, so nothing moves behind the next visitor.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractAnimation,
    QEasingCurve,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QVariantAnimation,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ipquiz.gui import accessibility


def reduced_motion() -> bool:
    """True when animations are to be skipped: the accessibility preset in force (the
    stand's, or the visitor's own choice for their visit)."""
    return accessibility.reduced_motion()


class Motion(QObject):
    """The animations one screen runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: dict[QAbstractAnimation, Callable[[], None] | None] = {}

    def run(
        self, animation: QAbstractAnimation, done: Callable[[], None] | None = None
    ) -> QAbstractAnimation:
        """Start `animation` (its final state at once under reduced motion); `done`
        runs when it has reached its end either way."""
        animation.setParent(self)
        self._running[animation] = done
        if reduced_motion():
            animation.setCurrentTime(animation.totalDuration())
            self._end(animation)
            return animation
        animation.finished.connect(lambda: self._end(animation))
        animation.start()
        return animation

    def _end(self, animation: QAbstractAnimation) -> None:
        if animation not in self._running:
            return
        done = self._running.pop(animation)
        if done is not None:
            done()
        animation.deleteLater()

    def running(self) -> bool:
        return bool(self._running)

    def finish(self) -> None:
        """Jump every running animation to its end (the screen is being left)."""
        for animation in list(self._running):
            animation.setCurrentTime(animation.totalDuration())  # ends it, if it runs
            animation.stop()
            self._end(animation)


def tween(
    start: float, end: float, ms: int, step: Callable[[float], None], *, curve: str = "out"
) -> QVariantAnimation:
    """A number from `start` to `end` in `ms`, handed to `step` on every frame (the
    first now: the screen never shows a frame of the end before the start)."""
    animation = QVariantAnimation()
    animation.setStartValue(float(start))
    animation.setEndValue(float(end))
    animation.setDuration(ms)
    animation.setEasingCurve(
        QEasingCurve.Type.OutCubic if curve == "out" else QEasingCurve.Type.InOutQuad
    )
    animation.valueChanged.connect(lambda value: step(float(value)))
    step(float(start))
    return animation


CONFETTI = ("#c8102e", "#1d4ed8", "#fbbf24", "#0f766e", "#6d28d9", "#be185d")


class Confetti(QWidget):
    """Pieces of paper falling over a screen while `progress` runs from 0 to 1; at 1
    (the end, and the state without motion) nothing is drawn and it hides."""

    def __init__(self, parent: QWidget, pieces: int = 90) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        rng = random.Random(13)  # the same shower every time: nothing to test by chance
        self._pieces = [
            (rng.random(), rng.uniform(-0.4, 0), rng.uniform(0.6, 1.4), rng.choice(CONFETTI))
            for _ in range(pieces)
        ]
        self.progress = 1.0
        self.hide()

    def set_progress(self, progress: float) -> None:
        self.progress = progress
        self.setVisible(progress < 1.0)
        parent = self.parentWidget()
        if progress < 1.0 and parent is not None:
            self.setGeometry(parent.rect())
            self.raise_()
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        side = max(6.0, self.height() / 90)
        for x, delay, speed, colour in self._pieces:
            fall = (self.progress + delay) * speed
            if not 0 <= fall <= 1:
                continue
            painter.save()
            painter.translate(QPointF(x * self.width(), fall * self.height()))
            painter.rotate(fall * 720 * speed)
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(-side / 2, -side / 4, side, side / 2))
            painter.restore()
        painter.end()

    def shower(self, motion: Motion, ms: int) -> QAbstractAnimation:
        """Let the confetti fall for `ms` (nothing under reduced motion)."""
        return motion.run(tween(0.0, 1.0, ms, self.set_progress, curve="linear"))
