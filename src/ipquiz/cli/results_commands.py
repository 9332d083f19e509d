"""`ipquiz results …`: results for people, without a screen."""

from __future__ import annotations

import argparse
from typing import Any

from ipquiz.cli.common import CliError, opened, output_path
from ipquiz.config import Locations


def add_parser(commands: Any) -> None:
    results = commands.add_parser("results", help="quiz results").add_subparsers(
        dest="results_command", metavar="ACTION", required=True
    )
    export = results.add_parser("export", help="export every finished attempt")
    export.add_argument("--format", choices=["csv"], default="csv")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    export.set_defaults(run=export_results)


def export_results(args: argparse.Namespace, locations: Locations) -> int:
    path = output_path(args.output)
    with opened(locations) as services:
        try:
            count = services.results.export_csv(path)
        except OSError as exc:
            raise CliError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    print(f"{count} answers written to {path}")
    return 0
