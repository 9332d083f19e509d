"""`ipquiz results …`: results for people, without a screen."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import locale
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ipquiz.cli.common import CliError, actions, file_error, language, opened, output_path
from ipquiz.config import Locations
from ipquiz.domain.language import EN, ZH
from ipquiz.domain.results import STATUSES, ResultFilter
from ipquiz.domain.spec import Mode

if TYPE_CHECKING:
    from ipquiz.services.app import AppServices

EXPORT_HELP = """\
One row per question of each chosen attempt, unanswered ones included: the letters and
texts the person saw, the correct answer, points, and the attempt's total, percentage,
pass mark and pass/fail. Dates are local time: YYYY-MM-DD, or YYYY-MM-DDTHH:MM.
"""


def _moment(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None


def _is_date_only(value: str) -> bool:
    return len(value.strip()) == len("YYYY-MM-DD")


def add_parser(commands: Any) -> None:
    results = actions(commands, "results", "quiz results")
    export = results.add_parser(
        "export", help="export attempts as CSV or XLSX", description=EXPORT_HELP
    )
    export.add_argument(
        "--format", choices=["csv", "xlsx"], help="file format (default: from the file name)"
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    add_filters(export)
    export.set_defaults(run=export_results)
    report = results.add_parser(
        "report",
        help="class report: item analysis, students, distribution (XLSX, PDF or JSON)",
        description=REPORT_HELP,
    )
    report.add_argument(
        "--format",
        choices=["xlsx", "pdf", "json"],
        help="file format (default: from the file name, else xlsx)",
    )
    report.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    add_filters(report)
    report.set_defaults(run=write_report)


def add_filters(parser: argparse.ArgumentParser) -> None:
    """The options that choose attempts and the language, shared by export and report."""
    parser.add_argument(
        "--lang",
        dest="export_lang",
        type=language,
        metavar="LANG",
        help="language of the headers and result words: zh-CN or en "
        "(default: the interface language)",
    )
    parser.add_argument("--player", default="", metavar="NAME", help="only this person's attempts")
    parser.add_argument(
        "--since", metavar="DATE", help="only attempts started on or after this date or time"
    )
    parser.add_argument(
        "--until",
        metavar="DATE",
        help="only attempts started on or before this date (or before this time)",
    )
    parser.add_argument("--mode", choices=[m.value for m in Mode], help="only this mode")
    parser.add_argument(
        "--group", default="", metavar="CLASS", help="only the attempts of this class's students"
    )
    parser.add_argument(
        "--quiz-set", default="", metavar="NAME", help="only attempts of this saved quiz set"
    )
    parser.add_argument(
        "--session",
        default="",
        metavar="CODE",
        help="only the attempts of this live class (its 6-digit code; the latest with it)",
    )
    parser.add_argument(
        "--status",
        choices=[*STATUSES[:2], "all"],
        default="finished",
        help="finished attempts (default), abandoned ones, or all that are closed",
    )


REPORT_HELP = """\
What a teacher asks after a quiz: the score distribution, mean, median, standard deviation,
reliability (Cronbach's alpha / KR-20) and its standard error; per question the facility,
the upper/lower 27 % discrimination, the item-rest correlation, discriminative efficiency,
the share choosing each choice and flags; per student the score, pass/fail, time, topics
and missed questions. Questions left unanswered count as asked and wrong. Dates are local
time: YYYY-MM-DD, or YYYY-MM-DDTHH:MM.
"""


def interface_language(chosen: str | None) -> str:
    """--lang if given, else the system's language as the window would pick it."""
    if chosen:
        return chosen
    name = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
    name = name or (locale.getlocale()[0] or "")
    return ZH if name.lower().startswith("zh") else EN


def scope_from(args: argparse.Namespace) -> ResultFilter:
    since = _moment(args.since) if args.since else None
    until = _moment(args.until) if args.until else None
    if until is not None and _is_date_only(args.until):
        until += dt.timedelta(days=1)  # a date names the whole day
    if since and until and until <= since:
        raise CliError(f"--until {args.until} is not after --since {args.since}")
    statuses = STATUSES[:2] if args.status == "all" else (args.status,)
    return ResultFilter(
        player=args.player,
        since=since,
        until=until,
        mode=args.mode or "",
        statuses=statuses,
        quiz_set=args.quiz_set.strip(),
    )


def narrowed(scope: ResultFilter, args: argparse.Namespace, services: AppServices) -> ResultFilter:
    """`scope` narrowed to the class and the live class the options name, if any."""
    return in_session(in_group(scope, args.group, services), args.session, services)


def in_session(scope: ResultFilter, code: str, services: AppServices) -> ResultFilter:
    if not code.strip():
        return scope
    for live in services.reports.live_sessions():  # newest first
        if live.code == code.strip():
            return dataclasses.replace(scope, live_session=live.id)
    raise CliError(f"--session {code}: no live class had this code")


def in_group(scope: ResultFilter, group: str, services: AppServices) -> ResultFilter:
    """`scope` narrowed to the class named `group` (case ignored), if one is named."""
    if not group.strip():
        return scope
    classes = [c.group for c in services.rosters.classes()]
    for g in classes:
        if g.name.casefold() == group.strip().casefold():
            return dataclasses.replace(scope, group_id=g.id)
    known = ", ".join(g.name for g in classes) or "none yet: ipquiz class import adds one"
    raise CliError(f"--group {group}: no such class (classes: {known})")


@dataclass(frozen=True, slots=True)
class _Request:
    """What an export or report command asks for: the file, the attempts, the language."""

    path: Path
    scope: ResultFilter
    lang: str


def _request(args: argparse.Namespace) -> _Request:
    path = output_path(args.output)
    try:
        scope = scope_from(args)
    except argparse.ArgumentTypeError as exc:
        raise CliError(str(exc)) from None
    return _Request(path, scope, interface_language(args.export_lang or args.lang))


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise file_error(path, exc, "write") from exc


def export_results(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.services.results_service import ExportFormat

    r = _request(args)
    fmt = ExportFormat(args.format) if args.format else ExportFormat.for_path(r.path)
    with opened(locations) as services, _writing(r.path):
        scope = narrowed(r.scope, args, services)
        count = services.results.export(r.path, scope=scope, lang=r.lang, fmt=fmt)
    print(f"{count} rows written to {r.path}")
    return 0


def write_report(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.services.report_service import ReportFormat

    r = _request(args)
    fmt = ReportFormat(args.format) if args.format else ReportFormat.for_path(r.path)
    pdf = None
    if fmt is ReportFormat.PDF:
        from ipquiz.gui.report_pdf import write_report_pdf  # Qt draws it, headless

        pdf = write_report_pdf
    with opened(locations) as services, _writing(r.path):
        scope = narrowed(r.scope, args, services)
        written = services.reports.export(r.path, scope=scope, lang=r.lang, fmt=fmt, pdf=pdf)
    print(
        f"report on {written.attempts} attempts and {written.questions} questions "
        f"written to {r.path}"
    )
    return 0
