"""The `ipquiz` command: opens the window, or manages the bank and results headlessly.

Exit codes: 0 ok, 1 invalid input or failure, 2 usage. Heavy modules (Qt, the
database layer) are imported only by the sub-command that needs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from ipquiz import __version__, error_log
from ipquiz.cli.common import CliError, language
from ipquiz.config import Locations, resolve_locations
from ipquiz.domain.language import LANGUAGES
from ipquiz.redact import redact


def add_window_options(parser: argparse.ArgumentParser) -> None:
    """The options that need no sub-command: the ones the window starts with."""
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
    parser.add_argument(
        "--station",
        metavar="NAME",
        help="this machine's name among stations sharing one database; its attempts and "
        "kiosk rounds carry it (env IPQUIZ_STATION; default: the name set in the kiosk's "
        "admin panel, else the host name)",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="full-screen exhibition kiosk: attract screen, short timed rounds, today's "
        "board; the operator's admin panel is behind a PIN",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window offscreen, play a scripted 5-question quiz, export and check "
        "the results in a scratch folder, then check the database of --data-dir/--database "
        "without changing it; exit 0 if all is well, 1 with the reason if not",
    )


def build_parser() -> argparse.ArgumentParser:
    from ipquiz.cli import (
        bank_commands,
        certificate_command,
        class_commands,
        classroom_commands,
        db_commands,
        profile_commands,
        results_commands,
        sets_commands,
        simulate_command,
    )

    parser = argparse.ArgumentParser(
        prog="ipquiz",
        description="A bilingual quiz on intellectual property. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"ipquiz {__version__}")
    add_window_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    bank_commands.add_parser(commands)
    results_commands.add_parser(commands)
    sets_commands.add_parser(commands)
    class_commands.add_parser(commands)
    classroom_commands.add_parser(commands)
    profile_commands.add_parser(commands)
    certificate_command.add_parser(commands)
    simulate_command.add_parser(commands)
    db_commands.add_parser(commands)
    return parser


class _NotWindowOptionsError(Exception):
    pass


class _WindowOptionsParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotWindowOptionsError(message)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line. A window start (no command, no --help) is parsed without
    building the sub-command parsers, whose imports would delay the first paint (~25 ms)."""
    args = list(sys.argv[1:] if argv is None else argv)
    quick = _WindowOptionsParser(prog="ipquiz", add_help=False)
    add_window_options(quick)
    try:
        namespace, rest = quick.parse_known_args(args)
    except _NotWindowOptionsError:
        rest = args  # let the full parser say what is wrong
    if not rest:
        namespace.command = None
        return namespace
    parser = build_parser()
    namespace = parser.parse_args(args)
    if namespace.self_test and namespace.command is not None:
        parser.error("--self-test takes no command")
    return namespace


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    locations = resolve_locations(
        data_dir=args.data_dir, database=args.database, station=args.station
    )
    error_log.install(locations.data_dir)
    try:
        if args.command is not None:
            code: int = args.run(args, locations)
            return code
        if args.self_test:
            from ipquiz.gui.self_test import run_self_test

            return run_self_test(lang=args.lang, pointed_at=locations)
        from ipquiz.gui.app import run_app

        return run_app(locations, lang=args.lang, kiosk=args.kiosk)
    except CliError as exc:
        from ipquiz.bank.problems import printable

        print(f"ipquiz: {printable(redact(str(exc)))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ipquiz: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        print(f"ipquiz: {explain(exc, args, locations)}", file=sys.stderr)
        return 1
    finally:
        error_log.uninstall()


def explain(error: Exception, args: argparse.Namespace, locations: Locations) -> str:
    """One line for an error no command caught: a database fault says what to do; anything
    else says what failed and where the full report was written."""
    from ipquiz.storage.database import busy_timeout_s
    from ipquiz.storage.faults import classify

    fault = classify(error, url=locations.database_url, busy_timeout_s=busy_timeout_s())
    if fault is not None:
        error_log.note("%s (%s)", fault.message, fault.detail)
        return fault.message
    return error_log.report_unexpected(error, what=f"`{command_name(args)}`")


def command_name(args: argparse.Namespace) -> str:
    words = ["ipquiz"]
    for key, value in vars(args).items():
        if (key == "command" or key.endswith("_command")) and isinstance(value, str):
            words.append(value)
    if len(words) == 1:
        words.append("--self-test" if getattr(args, "self_test", False) else "(window)")
    return " ".join(words)
