"""Each station has a name, set in the admin panel: this machine's own setting, kept in
its data folder (flags still win), stored with its rounds; a rename applies to new rounds
and takes the station's lease and running attempts along."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from dbcheck import committed

from ipquiz.config import resolve_locations
from ipquiz.domain.quiz import Phase
from ipquiz.local_settings import LOCAL_FILE
from ipquiz.safe_files import UnsafeFileError
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.kiosk_service import KioskService
from ipquiz.services.station_lease import default_station
from ipquiz.services.station_name import StationNameFixedError

Opener = Callable[..., AppServices]


@pytest.fixture
def opener(data_dir: Path, small_bank: Path) -> Iterator[Opener]:
    opened: list[AppServices] = []

    def open_here(**flags: str) -> AppServices:
        s = open_services(resolve_locations(data_dir=str(data_dir), **flags), bank=small_bank)
        opened.append(s)
        return s

    yield open_here
    for s in opened:
        s.close()


def finished_round(kiosk: KioskService) -> int:
    active = kiosk.start_round(lang="en")
    while active.quiz.phase is not Phase.FINISHED:
        kiosk.quiz.answer(active, active.quiz.current.question.correct, elapsed_ms=500)
        active.quiz.next()
    kiosk.quiz.finish(active)
    return active.attempt_id


def test_a_renamed_station_keeps_its_name_and_new_rounds_carry_it(
    opener: Opener, data_dir: Path, database_url: str
) -> None:
    services = opener()
    kiosk = services.kiosk()
    assert kiosk.station == default_station()  # nothing set: the machine's name
    assert not kiosk.station_fixed
    before = finished_round(kiosk)
    running = kiosk.start_round(lang="en")  # a visitor is playing when the operator renames
    assert kiosk.rename_station("  Hall   A 3 ") == "Hall A 3"
    assert kiosk.station == "Hall A 3"
    after = finished_round(kiosk)

    stored = json.loads((data_dir / LOCAL_FILE).read_text(encoding="utf-8"))
    assert stored == {"station": "Hall A 3"}
    rounds = dict(committed(database_url, "SELECT attempt_id, station FROM kiosk_rounds"))
    assert rounds[before] == default_station()  # history keeps the name it ran under
    assert rounds[after] == "Hall A 3"
    attempts = dict(committed(database_url, "SELECT id, station FROM attempts"))
    assert attempts[after] == "Hall A 3"
    assert attempts[running.attempt_id] == "Hall A 3"  # the lease's running attempt follows
    ((leased,),) = committed(
        database_url,
        f"SELECT station FROM station_processes WHERE id = {services.lease.process_id}",  # type: ignore[union-attr]
    )
    assert leased == "Hall A 3"

    # The program stops with the round still open: the next start (no flag) takes the
    # name from the data folder and closes its own interrupted round.
    services.close()
    again = opener()
    assert again.kiosk().station == "Hall A 3"
    again.kiosk().recover()
    status = f"SELECT status FROM attempts WHERE id = {running.attempt_id}"
    assert committed(database_url, status) == [("abandoned",)]


def test_a_name_given_by_flag_or_environment_wins(
    opener: Opener, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opener().kiosk().rename_station("Hall A 3")
    flagged = opener(station="lab-12").kiosk()
    assert (flagged.station, flagged.station_fixed) == ("lab-12", True)
    with pytest.raises(StationNameFixedError):
        flagged.rename_station("lab-13")
    monkeypatch.setenv("IPQUIZ_STATION", "lab-14")
    assert opener().kiosk().station == "lab-14"
    assert json.loads((data_dir / LOCAL_FILE).read_text(encoding="utf-8")) == {
        "station": "Hall A 3"
    }


@pytest.mark.parametrize("name", ["", "   ", "x" * 61, "bell\x07"])
def test_a_name_that_is_not_one_changes_nothing(opener: Opener, data_dir: Path, name: str) -> None:
    kiosk = opener().kiosk()
    with pytest.raises(ValueError, match="not a station name"):
        kiosk.rename_station(name)
    assert kiosk.station == default_station()
    assert not (data_dir / LOCAL_FILE).exists()


def test_a_settings_file_that_cannot_be_written_changes_nothing(
    opener: Opener, data_dir: Path, database_url: str
) -> None:
    services = opener()
    kiosk = services.kiosk()
    (data_dir / LOCAL_FILE).mkdir()  # not a file: refused, never written into
    with pytest.raises(UnsafeFileError, match="folder"):
        kiosk.rename_station("Hall B")
    assert kiosk.station == default_station()
    process = services.lease.process_id  # type: ignore[union-attr]
    leased = f"SELECT station FROM station_processes WHERE id = {process}"
    assert committed(database_url, leased) == [(default_station(),)]


def test_a_damaged_local_settings_file_is_ignored(opener: Opener, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / LOCAL_FILE).write_text('{"station": ', encoding="utf-8")
    kiosk = opener().kiosk()
    assert kiosk.station == default_station()
    kiosk.rename_station("Hall C")  # and written whole again
    assert json.loads((data_dir / LOCAL_FILE).read_text(encoding="utf-8")) == {"station": "Hall C"}
