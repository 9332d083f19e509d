"""The composition root: every service the GUI and CLI call, built here on one database;
and opening the app's data (the database checked and brought up to date, the bank in sync).

The window and the commands get an `AppServices` and call its services, which own their
transactions; they never touch the storage `Database` (`db` is here for tests and
benchmarks that look underneath, and a test keeps gui/ and cli/ off it).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ipquiz.assets import bank_dir
from ipquiz.config import Locations, ensure_data_dir
from ipquiz.redact import display_url
from ipquiz.services.accessibility import AccessibilityService
from ipquiz.services.bank_service import BankService, SyncReport, sync_bundled_bank
from ipquiz.services.certificates import CertificateService
from ipquiz.services.clock import Clock, local_now
from ipquiz.services.kiosk_pin import HASH_KEY, SalvagedPin
from ipquiz.services.kiosk_service import KioskService
from ipquiz.services.laws import LawBook
from ipquiz.services.live import LiveService
from ipquiz.services.persons import PersonService
from ipquiz.services.pin_hash import PinCheck
from ipquiz.services.progress import ProgressService
from ipquiz.services.quiz_service import QuizService
from ipquiz.services.quiz_sets import QuizSetService
from ipquiz.services.report_service import ReportService
from ipquiz.services.results_service import ResultsService
from ipquiz.services.review import ReviewService
from ipquiz.services.rosters import RosterService
from ipquiz.services.station_lease import StationLease, default_station
from ipquiz.services.station_name import StationNaming
from ipquiz.storage import bank_repo, kiosk_repo
from ipquiz.storage.database import HEAD_REVISION, Database, read_only_url, set_aside
from ipquiz.storage.faults import DatabaseFaultError, FaultKind, classify, make_fault, sqlite_file

log = logging.getLogger(__name__)


class AppServices:
    """Everything the GUI and CLI call, wired to one database and one clock."""

    def __init__(
        self,
        db: Database,
        *,
        sync: SyncReport,
        clock: Clock = local_now,
        lease: StationLease | None = None,
        locations: Locations | None = None,
        bank: Path | None = None,
        laws: LawBook | None = None,
    ) -> None:
        self.db = db
        self._bank = bank
        self._clock = clock
        self.sync = sync
        self.lease = lease
        self.naming = (
            StationNaming(lease, data_dir=locations.data_dir, fixed=locations.station_fixed)
            if lease is not None and locations is not None
            else None
        )
        self.laws = laws or LawBook()
        self.quiz = QuizService(db, clock=clock, lease=lease, laws=self.laws)
        self.bank = BankService(db)
        self.sets = QuizSetService(db, clock=clock)
        self.rosters = RosterService(db, clock=clock)
        self.results = ResultsService(db)
        self.reports = ReportService(db, clock=clock)
        self.certificates = CertificateService(db)
        self.progress = ProgressService(db, clock=clock)
        self.persons = PersonService(db, clock=clock)
        self.review = ReviewService(db, clock=clock)
        self.live = LiveService(
            db, self.quiz, clock=clock, data_dir=locations.data_dir if locations else None
        )
        self.accessibility = AccessibilityService(
            db, data_dir=locations.data_dir if locations is not None else None
        )

    def kiosk(
        self, *, station: str | None = None, monotonic: Callable[[], float] | None = None
    ) -> KioskService:
        """The kiosk's service, sharing this quiz service and clock; `station` names the
        stand, `monotonic` (seconds) times the PIN lockout within a run."""
        return KioskService(
            self.db,
            self.quiz,
            clock=self._clock,
            station=station,
            monotonic=monotonic,
            naming=self.naming,
            bank=self._bank,
        )

    def close(self) -> None:
        if self.lease is not None:
            self.lease.close()
        self.db.dispose()


def upgrade_database(locations: Locations) -> tuple[str | None, str | None]:
    """Migrate the database to the newest schema: (revision before, revision after)."""
    ensure_data_dir(locations)
    db = Database(locations.database_url)
    try:
        before = db.revision()
        db.upgrade()
        return before, db.revision()
    finally:
        db.dispose()


def open_services(
    locations: Locations,
    *,
    bank: Path | None = None,
    clock: Clock = local_now,
    station: str | None = None,
) -> AppServices:
    """Raises DatabaseFaultError(DAMAGED) when the start-up check finds damage: nothing
    is written to a damaged file; `start_fresh` keeps it aside once the user agrees.

    The program registers as a process of `station` (default: `locations.station`, else
    the machine's name) and renews its lease until `close`."""
    ensure_data_dir(locations)
    db = Database(locations.database_url)
    try:
        db.check_intact()
        db.upgrade()
        report = sync_bundled_bank(db, bank or bank_dir())
        lease = StationLease(db, station or locations.station or default_station())
    except BaseException:
        db.dispose()
        raise
    return AppServices(
        db,
        sync=report,
        clock=clock,
        lease=lease,
        locations=locations,
        bank=bank,
        laws=LawBook(bank),
    )


def is_damaged(locations: Locations) -> bool:
    """The start-up check alone, nothing written: True if it finds damage (other faults,
    such as an unreadable file, are raised)."""
    db = Database(locations.database_url)
    try:
        db.check_intact()
    except DatabaseFaultError as exc:
        if exc.fault.kind is not FaultKind.DAMAGED:
            raise
        return True
    finally:
        db.dispose()
    return False


def start_fresh(locations: Locations, *, clock: Clock = local_now) -> Path:
    """Keep a damaged database aside under a dated name (nothing is deleted) and start a
    fresh one, carrying over the kiosk settings and operator PIN if they can still be
    read. Returns where the old file now is."""
    carried = _readable_kiosk_settings(locations.database_url)
    kept = set_aside(locations.database_url, now=clock())
    log.warning("damaged database kept as %s; starting on a fresh one", kept)
    if carried:
        db = Database(locations.database_url)
        try:
            db.upgrade()
            with db.transaction() as session:
                kiosk_repo.put_settings(session, carried)
        finally:
            db.dispose()
    return kept


class DamagedKiosk:
    """A kiosk whose database is damaged: the operator's PIN (as far as it can still be
    read) opens the way to a fresh start, and nothing else."""

    def __init__(self, locations: Locations, pin: SalvagedPin, *, clock: Clock) -> None:
        self._locations = locations
        self.pin = pin
        self._clock = clock

    def check_pin(self, pin: str) -> PinCheck:
        return self.pin.check(pin)

    def set_pin(self, pin: str) -> None:
        raise ValueError("the PIN of a damaged database cannot be changed")

    def start_fresh(self) -> Path:
        return start_fresh(self._locations, clock=self._clock)


def salvage_kiosk(
    locations: Locations,
    *,
    clock: Clock = local_now,
    monotonic: Callable[[], float] | None = None,
) -> DamagedKiosk | None:
    """The damaged database's operator PIN, read without writing; None if unreadable
    (then only `ipquiz db start-fresh` on the kiosk PC can start anew)."""
    stored_hash = _readable_kiosk_settings(locations.database_url).get(HASH_KEY)
    if not stored_hash:
        return None
    pin = SalvagedPin(stored_hash, monotonic=monotonic or time.monotonic)
    return DamagedKiosk(locations, pin, clock=clock)


def _readable_kiosk_settings(url: str) -> dict[str, str]:
    """Whatever of the kiosk settings survives in a damaged file; read-only, best effort."""
    db = Database(read_only_url(url))
    try:
        with db.transaction() as session:
            return kiosk_repo.settings(session)
    except Exception as exc:  # a damaged file may refuse anything
        log.warning("kiosk settings could not be read from the damaged database: %s", exc)
        return {}
    finally:
        db.dispose()


@dataclass(frozen=True, slots=True)
class DatabaseReport:
    """What the self-test found in the database it was pointed at (nothing written)."""

    where: str
    exists: bool
    revision: str | None = None
    questions: int = 0


def inspect_database(locations: Locations) -> DatabaseReport:
    """Read the pointed-at database without changing it: the start-up check, the schema
    revision and the bank. A fault (unreadable, damaged, made by a newer version,
    read-only) raises DatabaseFaultError with its one line."""
    where = display_url(locations.database_url)
    path = sqlite_file(locations.database_url)
    if path is not None and not path.exists():
        folder = next((p for p in path.parents if p.exists()), path.parent)
        if not os.access(folder, os.W_OK):
            raise DatabaseFaultError(
                make_fault(FaultKind.READ_ONLY, url=locations.database_url, detail=str(folder))
            )
        return DatabaseReport(where=where, exists=False)
    if path is not None and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise DatabaseFaultError(make_fault(FaultKind.READ_ONLY, url=locations.database_url))
    db = Database(read_only_url(locations.database_url))
    try:
        db.check_intact()
        revision = db.revision()
        if revision is not None and revision > HEAD_REVISION:
            raise ValueError(
                f"the database {where} was made by a newer ipquiz (schema {revision}; "
                f"this version knows up to {HEAD_REVISION})"
            )
        questions = 0
        if revision is not None:
            with db.transaction() as session:
                questions = int(bank_repo.bank_stats(session)["questions"])
    except DatabaseFaultError:
        raise
    except Exception as exc:
        fault = classify(exc, url=locations.database_url)
        if fault is None:
            raise
        raise DatabaseFaultError(fault) from exc
    finally:
        db.dispose()
    return DatabaseReport(where=where, exists=True, revision=revision, questions=questions)
