"""What the sub-commands share: errors, argument types and opening the data."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ipquiz.config import Locations
from ipquiz.domain.language import normalize_language

if TYPE_CHECKING:
    from ipquiz.services.app import AppServices


class CliError(Exception):
    """Bad input the user can fix; printed as one line, exit code 1."""


def actions(commands: Any, name: str, help: str) -> Any:
    """The sub-command NAME and the parser of its actions (`ipquiz NAME ACTION …`)."""
    return commands.add_parser(name, help=help).add_subparsers(
        dest=f"{name}_command", metavar="ACTION", required=True
    )


def file_error(path: Path, exc: OSError, doing: str) -> CliError:
    """ "PATH: cannot read: why" (or write): a file the system refused."""
    return CliError(f"{path}: cannot {doing}: {exc.strerror or exc}")


def language(value: str) -> str:
    try:
        return normalize_language(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def output_path(value: str) -> Path:
    """The file `-o` names, checked before any work: a regular file or a new path
    (links are followed); a FIFO, a device or a folder is refused."""
    from ipquiz.safe_files import UnsafeFileError, write_target

    path = Path(value)
    try:
        write_target(path)
    except UnsafeFileError as exc:
        raise CliError(f"{path}: cannot write: {exc.strerror}") from exc
    return path


def input_path(value: str) -> Path:
    """The file an import names, which must be there."""
    path = Path(value)
    if not path.exists():
        raise CliError(f"{path}: no such file")
    return path


def nothing_imported(path: Path, problems: Sequence[object]) -> CliError:
    """Print each problem of a refused file on its own line; the error to raise after."""
    for problem in problems:
        print(problem, file=sys.stderr)
    return CliError(f"{path}: nothing imported ({len(problems)} problem(s))")


def moment(value: str) -> dt.datetime:
    """An argparse type for `--now`: a local date and time (2026-12-04T19:30, or
    2026-12-04 19:30) or a date (its midnight)."""
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date and time such as 2026-12-04T19:30"
        ) from None
    return parsed.replace(tzinfo=None, microsecond=0)


@contextmanager
def opened(locations: Locations, *, now: dt.datetime | None = None) -> Iterator[AppServices]:
    """The app's services on the chosen database, closed afterwards; with `now`, their
    clock stands at that time (`--now`: a schedule played ahead).

    A database fault here (read-only, locked, damaged…) reaches `ipquiz.cli.main`, which
    prints its one line."""
    from ipquiz.services.app import open_services

    services = (
        open_services(locations) if now is None else open_services(locations, clock=lambda: now)
    )
    try:
        yield services
    finally:
        services.close()
