"""`ipquiz db …`: looking after the database itself.

`db upgrade` brings a database (a shared server's, before the stations start) to the
newest schema; the app does the same on start, this is the step an administrator runs.
"""

from __future__ import annotations

import argparse
from typing import Any

from ipquiz.cli.common import CliError, actions, opened
from ipquiz.config import Locations
from ipquiz.redact import display_url


def add_parser(commands: Any) -> None:
    db = actions(commands, "db", "the database itself")
    fresh = db.add_parser(
        "start-fresh",
        help="keep a damaged database aside under a dated name and start on a fresh one",
        description="Runs the start-up check; if it finds damage, renames the database "
        "(and its -wal/-shm files) to NAME-damaged-YYYYMMDD-HHMMSS.db beside it, nothing "
        "deleted, and creates a fresh one with the bundled bank and the kiosk settings "
        "and PIN that could still be read. An intact database is left alone.",
    )
    fresh.set_defaults(run=start_fresh)
    upgrade = db.add_parser(
        "upgrade",
        help="migrate the database (--database URL, or the data folder's) to the newest "
        "schema, keeping every row",
    )
    upgrade.set_defaults(run=run_upgrade)


def run_upgrade(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.services.app import upgrade_database

    before, after = upgrade_database(locations)  # a fault: one line, from `ipquiz.cli.main`
    if before == after:
        print(f"the database is up to date (schema {after})")
    else:
        print(f"the database was upgraded from schema {before or 'none'} to {after}")
    return 0


def start_fresh(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.services.app import is_damaged
    from ipquiz.services.app import start_fresh as keep_aside_and_start_fresh

    if not is_damaged(locations):
        where = display_url(locations.database_url)
        raise CliError(f"the database {where} passed the check: nothing to do")
    try:
        kept = keep_aside_and_start_fresh(locations)
    except ValueError as exc:
        raise CliError(f"{exc}; a server database is repaired on the server") from exc
    with opened(locations) as services:
        count = services.sync.questions
    print(f"the damaged database was kept as {kept}")
    print(f"a fresh database with {count} questions is ready in its place")
    return 0
