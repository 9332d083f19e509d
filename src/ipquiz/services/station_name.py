"""This machine's name among the stations, and the operator renaming it.

The name is this machine's own setting, not the stand's: it is kept in the data folder's
local settings file (used at the next start when no --station or IPQUIZ_STATION is
given; those still win, and then the admin panel cannot change it). Renaming applies at
once to new attempts and rounds; the station's lease and its running attempts follow.
"""

from __future__ import annotations

from pathlib import Path

from ipquiz.domain.station import tidy_station, valid_station
from ipquiz.local_settings import write_local
from ipquiz.services.station_lease import StationLease


class StationNameFixedError(ValueError):
    """The name was given by --station or IPQUIZ_STATION: change it there."""


class StationNaming:
    def __init__(self, lease: StationLease, *, data_dir: Path, fixed: bool) -> None:
        self._lease = lease
        self._data_dir = data_dir
        self.fixed = fixed

    @property
    def name(self) -> str:
        return self._lease.station

    def rename(self, raw: str) -> str:
        """Rename this station; ValueError for a name that is empty, too long or not
        printable, StationNameFixedError when a flag set it, OSError if the data folder
        cannot be written (then nothing changed)."""
        name = tidy_station(raw)
        if not valid_station(name):
            raise ValueError(f"not a station name: {raw!r}")
        if self.fixed:
            raise StationNameFixedError(self.name)
        if name != self.name:
            write_local(self._data_dir, station=name)
            self._lease.rename(name)
        return name
