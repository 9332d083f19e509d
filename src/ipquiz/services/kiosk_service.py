"""Kiosk use cases: settings, the PIN, rounds, the boards (today's and the whole event's)
and the stand's figures.

The kiosk window calls only this and QuizService; every figure is read from the
database, so several stations sharing one database share one board.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ipquiz.assets import bank_dir
from ipquiz.bank.law_registry import RegistryError, load_registry, registry_path
from ipquiz.domain.kiosk import EVENT, TODAY, BoardScope, KioskFact, KioskSettings
from ipquiz.domain.nicknames import (
    Nickname,
    NicknameVerdict,
    check_nickname,
    generate_nicknames,
    nickname_characters,
    tidy,
)
from ipquiz.domain.question import Category
from ipquiz.services.bank_service import categories as bank_categories
from ipquiz.services.clock import Clock, local_now
from ipquiz.services.kiosk_pin import PinCheck, PinGuard
from ipquiz.services.quiz_service import ActiveQuiz, NoQuestionsError, QuizService
from ipquiz.services.results_service import export_results
from ipquiz.services.station_name import StationNameFixedError, StationNaming
from ipquiz.storage import kiosk_repo
from ipquiz.storage.database import Database, Session

log = logging.getLogger(__name__)

BOARD_SIZE = 10
MOST_MISSED = 5
GLYPH_POOL = 5_000  # questions read for their characters; more adds few new ones


@dataclass(frozen=True, slots=True)
class BoardEntry:
    rank: int
    nickname: str
    score: float
    attempt_id: int


@dataclass(frozen=True, slots=True)
class MissedQuestion:
    question_id: str
    prompt: str
    missed: int
    asked: int


@dataclass(frozen=True, slots=True)
class StationFigures:
    """One station's share of today's figures."""

    station: str
    visitors: int
    rounds: int
    finished: int
    mean_score: float


@dataclass(frozen=True, slots=True)
class StandFigures:
    """The whole stand's figures (every station on this database) over a time, and by station."""

    visitors: int
    rounds: int
    finished: int
    mean_score: float
    mean_share: float
    stations: tuple[StationFigures, ...] = ()


@dataclass(frozen=True, slots=True)
class KioskFigures(StandFigures):
    """Today's figures, the most missed questions today, and the whole event's figures
    (None when no event is set)."""

    most_missed: tuple[MissedQuestion, ...] = ()
    event: StandFigures | None = None
    event_start: dt.date | None = None


class KioskService:
    def __init__(
        self,
        db: Database,
        quiz: QuizService,
        *,
        clock: Clock = local_now,
        station: str | None = None,
        monotonic: Callable[[], float] | None = None,
        naming: StationNaming | None = None,
        bank: Path | None = None,
    ) -> None:
        self._db = db
        self._bank = bank or bank_dir()
        self.quiz = quiz
        self._clock = clock
        self._station = station  # None: the program's station (renamed from the admin panel)
        self._naming = naming
        self.pin = PinGuard(db, clock=clock, monotonic=monotonic or time.monotonic)

    # -- this station's name ------------------------------------------------------
    @property
    def station(self) -> str:
        return self._station or self.quiz.station

    @property
    def station_fixed(self) -> bool:
        """Named by --station or IPQUIZ_STATION (or by the caller): not renamed here."""
        return self._station is not None or self._naming is None or self._naming.fixed

    def rename_station(self, name: str) -> str:
        """Rename this station (see StationNaming.rename); new rounds carry the new name."""
        if self._station is not None or self._naming is None:
            raise StationNameFixedError(self.station)
        return self._naming.rename(name)

    # -- settings --------------------------------------------------------------
    def settings(self) -> KioskSettings:
        return KioskSettings.from_strings(self._db.run(kiosk_repo.settings))

    def save_settings(self, settings: KioskSettings) -> None:
        values = settings.to_strings()
        self._db.run(lambda session: kiosk_repo.put_settings(session, values))

    def categories(self) -> list[tuple[Category, int]]:
        return bank_categories(self._db)

    # -- the PIN ---------------------------------------------------------------
    def has_pin(self) -> bool:
        return self.pin.is_set()

    def set_pin(self, pin: str) -> None:
        self.pin.set(pin)

    def check_pin(self, pin: str) -> PinCheck:
        return self.pin.check(pin)

    # -- rounds ----------------------------------------------------------------
    def recover(self) -> None:
        """Close what a crash or power cut left open (kiosk rounds become abandoned)."""
        self.quiz.interrupted()

    def start_round(self, *, lang: str, visit: int | None = None) -> ActiveQuiz:
        """A round under the current settings; `visit` is the visit's first attempt id."""
        spec = self.settings().spec()
        owner = f"station:{self.station}"

        def add_round(session: Session, attempt_id: int) -> None:
            kiosk_repo.add_round(
                session,
                attempt_id=attempt_id,
                station=self.station,
                visit=visit,
                started_at=self._clock(),
            )

        try:
            return self.quiz.start(spec=spec, lang=lang, owner=owner, also=add_round)
        except NoQuestionsError:
            log.warning("kiosk categories %s match no question; using all", spec.categories)
            everything = dataclasses.replace(spec, categories=())
            return self.quiz.start(spec=everything, lang=lang, owner=owner, also=add_round)

    # -- the boards ------------------------------------------------------------
    def _window(
        self, scope: BoardScope = TODAY, settings: KioskSettings | None = None
    ) -> tuple[dt.datetime, dt.datetime]:
        return (settings or self.settings()).board_window(self._clock(), scope)

    def board(self, limit: int = BOARD_SIZE, *, scope: BoardScope = TODAY) -> list[BoardEntry]:
        """Today's board, or the whole event's (today's when no event is set)."""
        start, end = self._window(scope)
        rows = self._db.run(lambda session: kiosk_repo.board(session, start, end, limit))
        entries: list[BoardEntry] = []
        for attempt_id, nickname, score in rows:
            same = entries and entries[-1].score == score
            rank = entries[-1].rank if same else len(entries) + 1
            entries.append(BoardEntry(rank, nickname, score, attempt_id))
        return entries

    def rank_today(self, attempt_id: int) -> tuple[int, int]:
        start, end = self._window()
        return self._db.run(lambda session: kiosk_repo.rank(session, attempt_id, start, end))

    def ranks(self, attempt_id: int) -> dict[BoardScope, tuple[int, int]]:
        """(rank, out of) today and, when an event is set, in the whole event."""
        settings = self.settings()
        scopes = (TODAY, EVENT) if settings.has_event else (TODAY,)
        windows = {scope: self._window(scope, settings) for scope in scopes}
        return self._db.run(
            lambda session: {
                scope: kiosk_repo.rank(session, attempt_id, start, end)
                for scope, (start, end) in windows.items()
            }
        )

    @staticmethod
    def nickname_verdict(name: str) -> NicknameVerdict:
        return check_nickname(name)

    @staticmethod
    def suggest_nicknames(rng: random.Random, count: int = 4) -> list[Nickname]:
        return generate_nicknames(rng, count)

    def join_board(self, attempt_id: int, nickname: str) -> NicknameVerdict:
        verdict = check_nickname(nickname)
        if verdict is NicknameVerdict.OK:
            name = tidy(nickname)
            self._db.run(lambda session: kiosk_repo.join_board(session, attempt_id, name))
        return verdict

    def reset_board(self) -> int:
        start, end = self._window()
        return self._db.run(lambda session: kiosk_repo.reset_board(session, start, end))

    # -- the operator's figures ------------------------------------------------
    def figures(self, *, lang: str) -> KioskFigures:
        """Today's figures for the whole stand and by station; the same for the whole event."""
        settings = self.settings()
        start, end = self._window(TODAY, settings)
        event = self._window(EVENT, settings) if settings.has_event else None

        def work(
            session: Session,
        ) -> tuple[StandFigures, list[tuple[str, str, int, int]], StandFigures | None]:
            missed = kiosk_repo.most_missed(session, start, end, lang=lang, limit=MOST_MISSED)
            return (
                _stand_figures(session, start, end),
                missed,
                _stand_figures(session, *event) if event is not None else None,
            )

        today, missed, whole_event = self._db.run(work)
        return KioskFigures(
            **{f.name: getattr(today, f.name) for f in dataclasses.fields(StandFigures)},
            most_missed=tuple(MissedQuestion(*row) for row in missed),
            event=whole_event,
            event_start=settings.event_start,
        )

    def facts(self, *, lang: str) -> list[KioskFact]:
        """The attract screen's facts in `lang`, each with its source: the bank's checked,
        cited facts file (`facts/facts.yaml`), less any fact resting on a law version no
        longer in force today (as superseded questions stay out of kiosk rounds)."""
        # Here, not at the top: PyYAML is read only by a kiosk, after its first screen.
        from ipquiz.bank.facts import facts_path, read_facts_file

        read = read_facts_file(facts_path(self._bank))
        for problem in read.problems:
            log.warning("attract-screen facts: %s", problem)
        stale = _superseded_versions(self._bank, self._clock().date())
        return [
            KioskFact(fact.texts[lang], fact.source[lang])
            for fact in read.facts
            if fact.law not in stale
        ]

    def shown_characters(self, limit: int = GLYPH_POOL) -> str:
        """Every character of the questions the current settings draw from (the first
        `limit` of a larger pool) and of generated nicknames: what a round can show."""
        categories = self.settings().categories
        with self._db.transaction() as session:
            seen = set().union(
                *kiosk_repo.question_texts(session, categories=categories, limit=limit)
            )
            if not seen and categories:  # as start_round: no match means every category
                seen = set().union(*kiosk_repo.question_texts(session, categories=(), limit=limit))
        seen.update(nickname_characters())  # the board shows generated names too
        return "".join(sorted(c for c in seen if c.isprintable() and not c.isspace()))

    def export_results(self, folder: Path, *, lang: str) -> tuple[Path, int]:
        """Write every finished round as CSV into `folder` (a USB stick); the file and its rows."""
        stamp = self._clock().strftime("%Y%m%d-%H%M%S")
        path = folder / f"ipquiz-results-{self.station}-{stamp}.csv"
        return path, export_results(self._db, path, lang=lang)


def _superseded_versions(bank: Path, on: dt.date) -> frozenset[str]:
    """Law versions not in force on `on`, by the registry beside the bank (else the
    shipped one); none when no registry can be read (the facts file was validated)."""
    folder = bank if registry_path(bank).is_file() else bank_dir()
    try:
        return load_registry(folder).registry.superseded_keys(on)
    except RegistryError as exc:
        log.warning("attract-screen facts: law registry unreadable: %s", exc.problems[:1])
        return frozenset()


def _stand_figures(session: Session, start: dt.datetime, end: dt.datetime) -> StandFigures:
    totals = kiosk_repo.figures(session, start, end)
    return StandFigures(
        visitors=totals.visitors,
        rounds=totals.rounds,
        finished=totals.finished,
        mean_score=totals.mean_score,
        mean_share=totals.mean_share,
        stations=tuple(
            StationFigures(name, f.visitors, f.rounds, f.finished, f.mean_score)
            for name, f in kiosk_repo.station_figures(session, start, end)
        ),
    )
