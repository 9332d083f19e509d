"""`ipquiz sets …`: the saved quiz sets, listed and carried to another PC as a file."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ipquiz.cli.common import (
    CliError,
    actions,
    file_error,
    input_path,
    nothing_imported,
    opened,
    output_path,
)
from ipquiz.config import Locations
from ipquiz.domain.spec import QuizSpec


def add_parser(commands: Any) -> None:
    sets = actions(commands, "sets", "saved quiz sets")
    listing = sets.add_parser("list", help="the saved quiz sets, one a line")
    listing.add_argument("--json", action="store_true", help="print one JSON list")
    listing.set_defaults(run=sets_list)

    export = sets.add_parser("export", help="write quiz sets to a file for another PC")
    export.add_argument("names", nargs="*", metavar="NAME", help="the sets (default: all)")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    export.set_defaults(run=sets_export)

    imp = sets.add_parser("import", help="save the quiz sets of a file made by `sets export`")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--replace",
        action="store_true",
        help="a set whose name is taken replaces the saved one (default: saved as 'NAME (2)')",
    )
    imp.set_defaults(run=sets_import)


def describe(spec: QuizSpec) -> str:
    """One line: what a set asks for."""
    what = f"{len(spec.question_ids)} hand-picked" if spec.hand_picked else f"{spec.count} drawn"
    parts = [spec.mode.value, f"{what} questions"]
    if spec.categories and not spec.hand_picked:
        parts.append("topics " + ", ".join(spec.categories))
    if spec.question_seconds:
        parts.append(f"{spec.question_seconds} s a question")
    if spec.total_seconds:
        parts.append(f"{spec.total_seconds // 60} min in all")
    parts += [f"scoring {spec.scoring}", f"pass {round(spec.pass_mark * 100)} %"]
    return "; ".join(parts)


def sets_list(args: argparse.Namespace, locations: Locations) -> int:
    with opened(locations) as services:
        specs = services.sets.sets()
    if args.json:
        print(json.dumps([s.to_dict() for s in specs], ensure_ascii=False))
        return 0
    for spec in specs:
        print(f"{spec.name}\t{describe(spec)}")
    if not specs:
        print("no saved quiz sets", file=sys.stderr)
    return 0


def sets_export(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.services.quiz_sets import UnknownSetError

    path = output_path(args.output)
    with opened(locations) as services:
        try:
            written = services.sets.export(path, names=args.names)
        except UnknownSetError as exc:
            raise CliError(str(exc.args[0])) from exc
        except OSError as exc:
            raise file_error(path, exc, "write") from exc
    print(f"{len(written)} quiz set(s) written to {path}")
    return 0


def sets_import(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.bank.set_file import SetFileError

    path = input_path(args.file)
    with opened(locations) as services:
        try:
            report = services.sets.import_file(path, replace=args.replace)
        except SetFileError as exc:
            raise nothing_imported(path, [f"{path}: {p}" for p in exc.problems]) from exc
        except OSError as exc:
            raise file_error(path, exc, "read") from exc
    for old, new in report.renamed:
        print(f"{old!r} is taken by another set: saved as {new!r}", file=sys.stderr)
    for name, missing in report.missing_questions.items():
        print(
            f"{name!r}: {missing} hand-picked question(s) are not in this bank "
            "(import them too; the set asks the others)",
            file=sys.stderr,
        )
    for name, topics in report.missing_topics.items():
        print(f"{name!r}: topics not in this bank: {', '.join(topics)}", file=sys.stderr)
    notes = [f"{len(report.replaced)} replaced"] if report.replaced else []
    if report.unchanged:
        notes.append(f"{len(report.unchanged)} already here")
    print(f"{len(report.saved)} quiz set(s) imported" + "".join(f"; {n}" for n in notes))
    return 0
