"""Where the accessibility presets are kept: a profile's in its person settings, this
machine's (nobody chosen) in the machine's own settings file, and a kiosk stand's in the
stand's settings, so every kiosk on one database opens with it.

A kiosk visitor's own choice is kept nowhere: it lasts for their visit only.
"""

from __future__ import annotations

from pathlib import Path

from ipquiz.domain.accessibility import AccessPreset
from ipquiz.local_settings import read_local, write_local
from ipquiz.storage import kiosk_repo, person_repo
from ipquiz.storage.database import Database


class AccessibilityService:
    def __init__(self, db: Database, *, data_dir: Path | None) -> None:
        self._db = db
        self._data_dir = data_dir  # None (tests, benchmarks): this machine's is not kept
        self._unsaved_local = AccessPreset()

    def for_person(self, person_id: int) -> AccessPreset:
        return AccessPreset.from_strings(self._db.run(lambda s: person_repo.settings(s, person_id)))

    def save_for_person(self, person_id: int, preset: AccessPreset) -> None:
        values = preset.to_strings()
        self._db.run(lambda s: person_repo.put_settings(s, person_id, values))

    def local(self) -> AccessPreset:
        """This machine's preset, for whoever plays without a profile."""
        if self._data_dir is None:
            return self._unsaved_local
        return AccessPreset.from_strings(read_local(self._data_dir))

    def save_local(self, preset: AccessPreset) -> None:
        if self._data_dir is None:
            self._unsaved_local = preset
            return
        write_local(self._data_dir, **preset.to_strings())

    def chosen(self, person_id: int | None) -> AccessPreset:
        """The preset for a profile, or this machine's for a guest (None)."""
        return self.local() if person_id is None else self.for_person(person_id)

    def save_chosen(self, person_id: int | None, preset: AccessPreset) -> None:
        if person_id is None:
            self.save_local(preset)
        else:
            self.save_for_person(person_id, preset)

    def stand(self) -> AccessPreset:
        """The kiosk stand's preset, as the operator set it in the admin panel."""
        return AccessPreset.from_strings(self._db.run(kiosk_repo.settings))

    def save_stand(self, preset: AccessPreset) -> None:
        values = preset.to_strings()
        self._db.run(lambda s: kiosk_repo.put_settings(s, values))
