"""The teacher's report: figures summed by the database, put together in the domain,
written as a workbook, a PDF or JSON."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ipquiz.domain.class_report import ClassReport, class_report, stand_report
from ipquiz.domain.question import Question
from ipquiz.domain.report_lines import AnswerLine, SessionLine
from ipquiz.domain.results import ResultFilter, StoredAttempt
from ipquiz.reports.report_json import report_json
from ipquiz.reports.report_scope import scope_dict, scope_text
from ipquiz.reports.report_xlsx import report_xlsx
from ipquiz.safe_files import atomic_text, write_bytes
from ipquiz.services.clock import Clock, local_now
from ipquiz.storage import bank_repo, person_repo, report_repo, results_repo
from ipquiz.storage.database import Database, Session

#: Draws the report as PDF pages into a file: (report, path, language, scope in words).
PdfRenderer = Callable[[ClassReport, Path, str, str], None]


class ReportFormat(StrEnum):
    XLSX = "xlsx"
    PDF = "pdf"
    JSON = "json"

    @classmethod
    def for_path(cls, path: Path) -> ReportFormat:
        """From the file's suffix; XLSX for anything unknown."""
        suffix = path.suffix.lower().lstrip(".")
        return cls(suffix) if suffix in {f.value for f in cls} else cls.XLSX


@dataclass(frozen=True, slots=True)
class ReportFile:
    path: Path
    format: ReportFormat
    attempts: int
    questions: int


def build_report(session: Session, scope: ResultFilter, *, clock: Clock = local_now) -> ClassReport:
    """Every figure of the report for the attempts `scope` picks, in one transaction."""
    attempts = report_repo.attempt_rows(session, scope)
    answers = report_repo.answer_groups(session, scope)
    gaps = report_repo.gaps(session, scope)
    asked = {a.question_id for a in answers} | {g.question_id for g in gaps}
    stand = None
    if any(a.mode == "kiosk" for a in attempts):
        stand = stand_report(
            report_repo.stand_lines(session, scope), report_repo.stand_missed(session, scope)
        )
    return class_report(
        made_at=clock(),
        attempts=attempts,
        categories=report_repo.category_lines(session, scope),
        gaps=gaps,
        answers=answers,
        questions=bank_repo.questions_by_id(session, asked),
        category_names={c.id: c for c, _ in bank_repo.list_categories(session)},
        stand=stand,
    )


def all_answers(session: Session, scope: ResultFilter) -> Iterator[AnswerLine]:
    """Every asked question of the attempts in scope, by attempt and position: the answer
    rows streamed, the questions left without one among them."""
    missing = [
        AnswerLine(g.attempt_id, g.position, g.question_id, frozenset(), g.shown_order)
        for g in report_repo.gaps(session, scope)
    ]
    return heapq.merge(report_repo.answer_lines(session, scope), missing, key=lambda a: a.key)


class ReportService:
    """The report as the window and the commands ask for it."""

    def __init__(self, db: Database, *, clock: Clock = local_now) -> None:
        self._db = db
        self._clock = clock

    def attempt(self, attempt_id: int) -> tuple[StoredAttempt, dict[str, Question]]:
        """One attempt with every answer and the questions it asked (a student's answers)."""

        def work(session: Session) -> tuple[StoredAttempt, dict[str, Question]]:
            stored = results_repo.get_attempt(session, attempt_id)
            ids = (item.question_id for item in stored.plan)
            return stored, bank_repo.questions_by_id(session, ids)

        return self._db.run(work)

    def live_sessions(self) -> list[SessionLine]:
        """The live classes to choose from, newest first."""
        return self._db.run(report_repo.live_sessions)

    def report(self, scope: ResultFilter | None = None) -> ClassReport:
        return self._db.run(lambda s: build_report(s, scope or ResultFilter(), clock=self._clock))

    def export(
        self,
        path: Path,
        *,
        scope: ResultFilter | None = None,
        lang: str,
        fmt: ReportFormat | None = None,
        pdf: PdfRenderer | None = None,
    ) -> ReportFile:
        """Write the report on the attempts `scope` picks to `path` (atomically). A PDF
        needs `pdf`, the drawing of its pages (Qt's, which lives in the GUI layer)."""
        scope = scope or ResultFilter()
        fmt = fmt or ReportFormat.for_path(path)
        if fmt is ReportFormat.PDF and pdf is None:
            raise ValueError("a PDF report needs a page renderer")

        def work(session: Session) -> tuple[ClassReport, dict[str, str]]:
            report = build_report(session, scope, clock=self._clock)
            names = {
                "group": next(
                    (g.name for g in person_repo.groups(session) if g.id == scope.group_id), ""
                ),
                "session": next(
                    (
                        s.code
                        for s in report_repo.live_sessions(session)
                        if s.id == scope.live_session
                    ),
                    "",
                ),
            }
            if fmt is ReportFormat.XLSX:
                text = scope_text(scope, lang, **names)
                data, _ = report_xlsx(report, all_answers(session, scope), lang=lang, scope=text)
                write_bytes(path, data)
            return report, names

        report, names = self._db.run(work)
        if fmt is ReportFormat.JSON:
            with atomic_text(path, encoding="utf-8") as out:
                out.write(report_json(report, lang=lang, scope=scope_dict(scope, **names)))
        elif fmt is ReportFormat.PDF and pdf is not None:
            pdf(report, path, lang, scope_text(scope, lang, **names))
        return ReportFile(path, fmt, report.test.attempts, len(report.questions))
