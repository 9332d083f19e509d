"""The `ipquiz` command: opens the window, or manages the bank and results headlessly.

Exit codes: 0 ok, 1 invalid input or failure, 2 usage. Heavy modules (Qt, the
database layer) are imported only by the sub-command that needs them.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ipquiz import __version__
from ipquiz.cli import bank_commands, results_commands
from ipquiz.cli.common import CliError, language
from ipquiz.config import resolve_locations
from ipquiz.domain.language import LANGUAGES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ipquiz",
        description="A bilingual quiz on intellectual property. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"ipquiz {__version__}")
    parser.add_argument(
        "--lang", type=language, help=f"language of the quiz: {' or '.join(LANGUAGES)}"
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
    bank_commands.add_parser(commands)
    results_commands.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    locations = resolve_locations(data_dir=args.data_dir, database=args.database)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command is not None:
            code: int = args.run(args, locations)
            return code
        from ipquiz.gui.app import run_app

        return run_app(locations, lang=args.lang)
    except CliError as exc:
        print(f"ipquiz: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
