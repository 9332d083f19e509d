"""`ipquiz bank …`: validate, import, export and count questions."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from ipquiz.bank.formats import FORMATS
from ipquiz.cli.common import (
    CliError,
    actions,
    file_error,
    input_path,
    language,
    nothing_imported,
    opened,
    output_path,
)
from ipquiz.config import Locations
from ipquiz.domain.conflicts import OnConflict
from ipquiz.domain.language import EN

#: How many renamed copies an import lists one by one.
SHOWN = 10


def add_parser(commands: Any) -> None:
    bank = actions(commands, "bank", "the question bank")
    stats = bank.add_parser("stats", help="count the questions in the database")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(run=bank_stats)

    validate = bank.add_parser(
        "validate", help="check question files; prints file:line: message for each problem"
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of *.yaml")
    validate.set_defaults(run=bank_validate)

    audit = bank.add_parser(
        "audit",
        help="list questions whose cited law version is not in force on a date (default today)",
    )
    audit.add_argument(
        "--as-of", type=_date, metavar="DATE", help="the date to check, YYYY-MM-DD (default today)"
    )
    audit.add_argument("--json", action="store_true", help="print JSON")
    audit.set_defaults(run=bank_audit)

    formats = sorted(FORMATS)
    imp = bank.add_parser("import", help="add the questions of a file to the bank")
    imp.add_argument(
        "file", metavar="FILE", help="a question file, a .zip of YAML files, or a folder of them"
    )
    imp.add_argument(
        "--format",
        choices=formats,
        help="default: from the file extension (.txt: Aiken or CSV/TSV, from the content)",
    )
    imp.add_argument("--category", metavar="C", help="put every question in category C")
    imp.add_argument(
        "--encoding", metavar="E", help="text encoding, e.g. gb18030 (default: detected)"
    )
    imp.add_argument(
        "--on-conflict",
        choices=[c.value for c in OnConflict],
        default=OnConflict.KEEP.value,
        help="questions the bank already has (same id or same text): keep the bank's "
        "(default), replace them (refused if that would drop a language, a source or an "
        "explanation), or import new copies",
    )
    imp.set_defaults(run=bank_import)

    exp = bank.add_parser("export", help="write the bank to a file")
    exp.add_argument("--format", choices=formats, help="default: from the file extension")
    exp.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the file to write; for the whole bank in YAML, a folder (one file per "
        "category) or a .zip",
    )
    exp.add_argument("--category", metavar="C", help="only category C")
    exp.add_argument(
        "--lang", dest="export_lang", type=language, default=EN, help="language (default en)"
    )
    exp.set_defaults(run=bank_export)


def bank_stats(args: argparse.Namespace, locations: Locations) -> int:
    with opened(locations) as services:
        data = services.bank.stats()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(f"{data['questions']} questions ({data['with_source']} with a source)")
    for key in ("by_category", "by_type", "by_difficulty", "languages"):
        print(
            f"  {key.removeprefix('by_')}: " + ", ".join(f"{k} {v}" for k, v in data[key].items())
        )
    return 0


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def bank_audit(args: argparse.Namespace, locations: Locations) -> int:
    """Questions resting on a law text not in force on the date; they are flagged (kept
    out of exams and kiosk rounds by default), so the audit itself succeeds."""
    on: dt.date = args.as_of or dt.date.today()
    with opened(locations) as services:
        rows = services.laws.audit(services.bank.questions(), on)
    if args.json:
        print(
            json.dumps(
                {"as_of": on.isoformat(), "questions": [r.to_json() for r in rows]},
                ensure_ascii=False,
            )
        )
        return 0
    for row in rows:
        print(f"{row.question} ({row.category}): {row.superseded.describe()}")
    flagged = len({row.question for row in rows})
    print(f"{flagged} question(s) cite a law version not in force on {on.isoformat()}")
    return 0


def bank_validate(args: argparse.Namespace, _locations: Locations) -> int:
    from ipquiz.bank.validation import validate_files

    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise CliError(f"no such file or folder: {', '.join(missing)}")
    problems = validate_files(paths)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print("no problems found", file=sys.stderr)
    return 0


def bank_import(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.bank.formats import UnknownFormatError
    from ipquiz.bank.problems import BankFileError

    path = input_path(args.file)
    with opened(locations) as services:
        try:
            report = services.bank.import_file(
                path,
                fmt=args.format,
                category=args.category,
                encoding=args.encoding,
                on_conflict=OnConflict(args.on_conflict),
            )
        except UnknownFormatError as exc:
            raise CliError(str(exc)) from exc
        except BankFileError as exc:
            raise nothing_imported(path, exc.problems) from exc
    for skipped in report.skipped:
        print(f"{skipped}", file=sys.stderr)
    for old, new in report.renamed[:SHOWN]:
        print(f"{path.name}: {old} is already in the bank: imported as {new}", file=sys.stderr)
    if len(report.renamed) > SHOWN:
        print(f"{path.name}: … and {len(report.renamed) - SHOWN} more copies", file=sys.stderr)
    into = f" into {', '.join(report.categories)}" if report.categories else ""
    notes = [f"{len(report.skipped)} skipped"] if report.skipped else []
    if report.replaced:
        notes.append(f"{len(report.replaced)} replaced")
    if report.kept:
        notes.append(
            f"{len(report.kept)} already in the bank and kept (--on-conflict replace or new "
            "to change that)"
        )
    print(f"{report.imported} questions imported{into}" + "".join(f"; {n}" for n in notes))
    return 0


def bank_export(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.bank.formats import UnknownFormatError

    path = output_path(args.output)
    with opened(locations) as services:
        try:
            report = services.bank.export_file(
                path, fmt=args.format, category=args.category, lang=args.export_lang
            )
        except (UnknownFormatError, ValueError) as exc:
            raise CliError(str(exc)) from exc
        except OSError as exc:
            raise file_error(path, exc, "write") from exc
    print(
        f"{report.written} questions written to {path}"
        + (f"; {report.left_out} left out (the format cannot hold them)" if report.left_out else "")
        + (
            f"; {report.without_images} written without their picture (the format cannot hold"
            " pictures: export to ipquiz YAML to keep them)"
            if report.without_images
            else ""
        )
    )
    return 0
