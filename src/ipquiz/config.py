"""Where the data lives: a data folder and a database URL, from flags, env or defaults."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

DATA_DIR_ENV = "IPQUIZ_DATA_DIR"
DATABASE_ENV = "IPQUIZ_DATABASE"
STATION_ENV = "IPQUIZ_STATION"
DB_FILENAME = "ipquiz.db"


class Locations(NamedTuple):  # not a dataclass: this is on the way to the first paint
    data_dir: Path
    database_url: str
    station: str = ""  # this machine's name among stations sharing a database ("": its host name)
    #: The name came from --station or IPQUIZ_STATION, which win over the admin panel's.
    station_fixed: bool = False


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("ipquiz", appauthor=False))


def resolve_locations(
    *, data_dir: str | None = None, database: str | None = None, station: str | None = None
) -> Locations:
    """Flags win over environment variables, which win over the platform default (and,
    for the station's name, over the one set in the admin panel, kept in the data folder)."""
    folder = Path(data_dir or os.environ.get(DATA_DIR_ENV) or default_data_dir()).expanduser()
    url = database or os.environ.get(DATABASE_ENV) or ""
    if not url:
        url = f"sqlite:///{folder / DB_FILENAME}"
    name = (station or os.environ.get(STATION_ENV) or "").strip()
    if name:
        return Locations(data_dir=folder, database_url=url, station=name, station_fixed=True)
    from ipquiz.domain.station import tidy_station, valid_station
    from ipquiz.local_settings import read_local

    stored = tidy_station(read_local(folder).get("station", ""))
    return Locations(folder, url, station=stored if valid_station(stored) else "")


def ensure_data_dir(locations: Locations) -> None:
    locations.data_dir.mkdir(parents=True, exist_ok=True)
