"""`ipquiz bank …`: validate, import, export and count questions."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ipquiz.bank.formats import FORMATS
from ipquiz.cli.common import CliError, language, opened, output_path
from ipquiz.config import Locations
from ipquiz.domain.language import EN


def add_parser(commands: Any) -> None:
    bank = commands.add_parser("bank", help="the question bank").add_subparsers(
        dest="bank_command", metavar="ACTION", required=True
    )
    stats = bank.add_parser("stats", help="count the questions in the database")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(run=bank_stats)

    validate = bank.add_parser(
        "validate", help="check question files; prints file:line: message for each problem"
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of *.yaml")
    validate.set_defaults(run=bank_validate)

    formats = sorted(FORMATS)
    imp = bank.add_parser("import", help="add the questions of a file to the bank")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--format", choices=formats, help="default: from the file extension")
    imp.add_argument("--category", metavar="C", help="put every question in category C")
    imp.add_argument(
        "--encoding", metavar="E", help="text encoding, e.g. gb18030 (default: detected)"
    )
    imp.set_defaults(run=bank_import)

    exp = bank.add_parser("export", help="write the bank to a file")
    exp.add_argument("--format", choices=formats, help="default: from the file extension")
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
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

    path = Path(args.file)
    if not path.exists():
        raise CliError(f"{path}: no such file")
    with opened(locations) as services:
        try:
            report = services.bank.import_file(
                path, fmt=args.format, category=args.category, encoding=args.encoding
            )
        except UnknownFormatError as exc:
            raise CliError(str(exc)) from exc
        except BankFileError as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            raise CliError(f"{path}: nothing imported ({len(exc.problems)} problem(s))") from exc
    for skipped in report.skipped:
        print(f"{skipped}", file=sys.stderr)
    print(
        f"{report.imported} questions imported into {', '.join(report.categories)}"
        + (f"; {len(report.skipped)} skipped" if report.skipped else "")
    )
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
            raise CliError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    print(
        f"{report.written} questions written to {path}"
        + (f"; {report.left_out} left out (the format cannot hold them)" if report.left_out else "")
    )
    return 0
