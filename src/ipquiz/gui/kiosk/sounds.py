"""The kiosk's optional sounds: a short WAV on an answer, a streak and a top-10 place.

Off unless the operator turns them on. Qt Multimedia's QSoundEffect plays them where it
is installed (PySide6-Addons); the app's own bundle leaves it out (it would add far more
than the whole app's size budget allows, see the README), so otherwise the platform's
player does: `winsound` on Windows (in Python itself), on Linux PipeWire's `pw-play`,
PulseAudio's `paplay` or ALSA's `aplay`, on macOS `afplay`, started detached so the
window never waits. No player found: silence, and the log says so once.
"""

from __future__ import annotations

import importlib.util
import logging
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QUrl

from ipquiz.assets import resource

log = logging.getLogger(__name__)

NAMES = ("right", "wrong", "streak", "top10")
#: Command-line players, first found first used: (program, arguments before the file).
PLAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pw-play", ()),
    ("paplay", ()),
    ("aplay", ("-q",)),
    ("afplay", ()),
)

Player = Callable[[Path], None]


def command_player(
    which: Callable[[str], str | None] = shutil.which,
    start: Callable[[str, list[str]], object] = QProcess.startDetached,
) -> Player | None:
    """Plays a file with the first command-line player found, or None."""
    for program, args in PLAYERS:
        found = which(program)
        if found is not None:
            return _detached(start, found, args)
    return None


def _detached(
    start: Callable[[str, list[str]], object], program: str, args: tuple[str, ...]
) -> Player:
    def play(path: Path) -> None:
        start(program, [*args, str(path)])

    return play


def windows_player() -> Player:
    winsound: Any = importlib.import_module("winsound")  # Windows only
    flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT

    def play(path: Path) -> None:
        winsound.PlaySound(str(path), flags)

    return play


def has_qt_multimedia() -> bool:
    try:
        return importlib.util.find_spec("PySide6.QtMultimedia") is not None
    except (ImportError, ValueError):
        return False


class QtPlayer(QObject):
    """QSoundEffect per sound, loaded once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[Path, object] = {}

    def __call__(self, path: Path) -> None:
        from PySide6.QtMultimedia import QSoundEffect  # only where installed

        effect = self._effects.get(path)
        if effect is None:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[path] = effect
        assert isinstance(effect, QSoundEffect)
        effect.play()


def platform_player(parent: QObject | None = None) -> Player | None:
    if has_qt_multimedia():
        return QtPlayer(parent)
    if sys.platform == "win32":
        return windows_player()
    return command_player()


class Sounds(QObject):
    """Plays the named sounds with `player` (found for this platform if not given)."""

    def __init__(
        self,
        player: Player | None = None,
        *,
        folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder or resource("sounds")
        self.found = {n for n in NAMES if (self.folder / f"{n}.wav").is_file()}
        self.player = player or platform_player(self)
        if self.player is None:
            log.warning("kiosk sounds are on, but no sound player was found: silence")

    def play(self, name: str) -> None:
        if self.player is None or name not in self.found:
            return
        try:
            self.player(self.folder / f"{name}.wav")
        except OSError as exc:  # a player that cannot start is never the visitor's problem
            log.warning("kiosk sound %s not played: %s", name, exc)
