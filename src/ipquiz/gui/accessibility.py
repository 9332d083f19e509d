"""The accessibility preset in force for the screens, one per application.

Screens read it when they start something timed or animated, and follow `changed` for
what they draw continuously:

    from ipquiz.gui.accessibility import current, preset_changes
    if current().reduced_motion: ...           # jump to the end state, no animation
    preset_changes().changed.connect(self._restyle)

The home window sets it from the chosen profile (or this machine's setting for a
guest); the kiosk from the stand's setting, replaced by a visitor's choice for their
visit and put back when the kiosk resets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from ipquiz.domain.accessibility import AccessPreset


class PresetChanges(QObject):
    changed = Signal(object)  # the new AccessPreset

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preset = AccessPreset()


_changes: PresetChanges | None = None


def preset_changes() -> PresetChanges:
    """The application's one holder of the preset (made on first use)."""
    global _changes  # one per application, as QApplication itself
    if _changes is None:
        _changes = PresetChanges()
        app = QApplication.instance()
        if app is not None:
            app.destroyed.connect(_forget)
    return _changes


def _forget() -> None:
    global _changes
    _changes = None


def current() -> AccessPreset:
    """The preset in force now."""
    return preset_changes().preset


def reduced_motion() -> bool:
    return current().reduced_motion


def no_time_limits() -> bool:
    return current().no_time_limits


def put_in_force(preset: AccessPreset) -> None:
    """Make `preset` the one in force; `changed` is emitted if it differs."""
    changes = preset_changes()
    if preset != changes.preset:
        changes.preset = preset
        changes.changed.emit(preset)
