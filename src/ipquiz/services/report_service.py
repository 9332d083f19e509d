"""The teacher's report: figures summed by the database, put together in the domain,
written as a workbook, a PDF or JSON."""

from __future__ import annotations

from ipquiz.domain.class_report import ClassReport, class_report, stand_report
from ipquiz.domain.item_analysis import group_cut
from ipquiz.domain.question import Category
from ipquiz.domain.results import ResultFilter
from ipquiz.services.clock import Clock, local_now
from ipquiz.storage import bank_repo, report_repo
from ipquiz.storage.database import Database, Session


def build_report(session: Session, scope: ResultFilter, *, clock: Clock = local_now) -> ClassReport:
    """Every figure of the report for the attempts `scope` picks, in one transaction."""
    lines = report_repo.attempt_lines(session, scope)
    cut = group_cut([line.item_total for line in lines])
    figures = report_repo.item_figures(session, scope, cut)
    categories: dict[str, Category] = {c.id: c for c, _ in bank_repo.list_categories(session)}
    stand = None
    if any(line.mode == "kiosk" for line in lines):
        stand = stand_report(
            report_repo.stand_lines(session, scope), report_repo.stand_missed(session, scope)
        )
    return class_report(
        made_at=clock(),
        lines=lines,
        items=figures.items,
        answers=figures.answers,
        categories=report_repo.category_lines(session, scope),
        missed=report_repo.missed(session, scope),
        questions=bank_repo.questions_by_id(session, (i.question_id for i in figures.items)),
        category_names=categories,
        stand=stand,
    )


class ReportService:
    """The report as the window and the commands ask for it."""

    def __init__(self, db: Database, *, clock: Clock = local_now) -> None:
        self._db = db
        self._clock = clock

    def report(self, scope: ResultFilter | None = None) -> ClassReport:
        return self._db.run(lambda s: build_report(s, scope or ResultFilter(), clock=self._clock))
