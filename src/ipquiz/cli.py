"""The `ipquiz` command: opens the window, or manages the bank and results headlessly.

Exit codes: 0 ok, 1 invalid input or failure, 2 usage. Heavy modules (Qt, the
database layer) are imported only by the sub-command that needs them.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from ipquiz import __version__
from ipquiz.config import Locations, resolve_locations
from ipquiz.domain.language import LANGUAGES, normalize_language

log = logging.getLogger("ipquiz")


class CliError(Exception):
    """Bad input the user can fix; printed as one line, exit code 1."""


def _language(value: str) -> str:
    try:
        return normalize_language(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ipquiz",
        description="A bilingual quiz on intellectual property. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"ipquiz {__version__}")
    parser.add_argument(
        "--lang", type=_language, help=f"language of the quiz: {' or '.join(LANGUAGES)}"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database, logs and exports (env IPQUIZ_DATA_DIR)",
    )
    parser.add_argument(
        "--database", metavar="URL", help="SQLAlchemy database URL (env IPQUIZ_DATABASE)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    bank = commands.add_parser("bank", help="the question bank").add_subparsers(
        dest="bank_command", metavar="ACTION", required=True
    )
    stats = bank.add_parser("stats", help="count the questions in the database")
    stats.add_argument("--json", action="store_true", help="print JSON")

    results = commands.add_parser("results", help="quiz results").add_subparsers(
        dest="results_command", metavar="ACTION", required=True
    )
    export = results.add_parser("export", help="export every finished attempt")
    export.add_argument("--format", choices=["csv"], default="csv")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    return parser


def _open(locations: Locations):  # type: ignore[no-untyped-def]
    from ipquiz.services.app import open_services

    try:
        return open_services(locations)
    except Exception as exc:
        raise CliError(f"cannot open the database {locations.database_url}: {exc}") from exc


def _bank_stats(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.services.bank_service import stats

    services = _open(locations)
    try:
        data = stats(services.db)
    finally:
        services.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(f"{data['questions']} questions ({data['with_source']} with a source)")
        for key in ("by_category", "by_type", "by_difficulty", "languages"):
            print(
                f"  {key.removeprefix('by_')}: "
                + ", ".join(f"{k} {v}" for k, v in data[key].items())
            )
    return 0


def _results_export(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.services.results_service import export_results_csv

    path = Path(args.output)
    if not path.parent.exists():
        raise CliError(f"{path}: folder {path.parent} does not exist")
    services = _open(locations)
    try:
        count = export_results_csv(services.db, path)
    except OSError as exc:
        raise CliError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    finally:
        services.close()
    print(f"{count} answers written to {path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    locations = resolve_locations(data_dir=args.data_dir, database=args.database)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "bank":
            return _bank_stats(args, locations)
        if args.command == "results":
            return _results_export(args, locations)
        from ipquiz.gui.app import run_app

        return run_app(locations, lang=args.lang)
    except CliError as exc:
        print(f"ipquiz: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
