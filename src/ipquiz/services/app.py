"""Opening the app's data: the database brought up to date and the bank in sync."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ipquiz.assets import bank_dir
from ipquiz.config import Locations, ensure_data_dir
from ipquiz.services.bank_service import SyncReport, sync_bundled_bank
from ipquiz.services.clock import Clock, local_now
from ipquiz.services.quiz_service import QuizService
from ipquiz.storage.database import Database


@dataclass(slots=True)
class AppServices:
    """Everything the GUI and CLI call, wired to one database."""

    db: Database
    quiz: QuizService
    sync: SyncReport

    def close(self) -> None:
        self.db.dispose()


def open_services(
    locations: Locations, *, bank: Path | None = None, clock: Clock = local_now
) -> AppServices:
    ensure_data_dir(locations)
    db = Database(locations.database_url)
    db.upgrade()
    report = sync_bundled_bank(db, bank or bank_dir())
    return AppServices(db=db, quiz=QuizService(db, clock=clock), sync=report)
