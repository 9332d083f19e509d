"""`ipquiz class …`: class lists imported from a file and listed, without a screen."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from ipquiz.domain.persons import Group
    from ipquiz.services.app import AppServices

IMPORT_HELP = """\
A CSV or XLSX file with a student number and a name per row. Headers may be Chinese or
English (学号/姓名, Student number/Name), other columns are ignored; without a header a
row is "number, name" or a name alone. UTF-8 (with or without BOM), GBK/GB18030, Big5 and
UTF-16 are read. Importing into a class that exists brings it up to date (nobody is
removed). A file with any problem is not imported; each problem names its line.
"""


def add_parser(commands: Any) -> None:
    cls = actions(commands, "class", "classes and their rosters")
    imp = cls.add_parser("import", help="import a class list", description=IMPORT_HELP)
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--name", required=True, metavar="NAME", help="the class, e.g. 初二(3)班")
    imp.add_argument(
        "--encoding", metavar="E", help="text encoding of a CSV file (default: detected)"
    )
    imp.set_defaults(run=class_import)

    export = cls.add_parser(
        "export", help="write a class's roster as CSV or XLSX (it imports back as it is)"
    )
    export.add_argument("name", metavar="NAME", help="the class")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help=".csv or .xlsx")
    export.add_argument(
        "--lang", dest="export_lang", type=language, metavar="LANG", help="header language"
    )
    export.set_defaults(run=class_export)

    listing = cls.add_parser("list", help="the classes, or the students of one")
    listing.add_argument("name", nargs="?", metavar="NAME", help="a class: list its students")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=class_list)


def class_import(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.services.rosters import RosterError

    path = input_path(args.file)
    with opened(locations) as services:
        try:
            report = services.rosters.import_file(path, name=args.name, encoding=args.encoding)
        except RosterError as exc:
            raise nothing_imported(path, exc.problems) from exc
        except ValueError as exc:
            raise CliError(str(exc)) from exc
        except OSError as exc:
            raise file_error(path, exc, "read") from exc
    for old, new in report.renamed:
        print(f"renamed: {old} -> {new}", file=sys.stderr)
    if report.not_on_list:
        print(
            f"{len(report.not_on_list)} student(s) of the class are not on this list and stay: "
            + ", ".join(report.not_on_list),
            file=sys.stderr,
        )
    notes = [f"{len(report.kept)} already in the class"] if report.kept else []
    if report.renamed:
        notes.append(f"{len(report.renamed)} renamed")
    if report.numbered:
        notes.append(f"{len(report.numbered)} given a student number")
    print(
        f"{report.group.name}: {len(report.added)} student(s) added"
        + "".join(f"; {n}" for n in notes)
    )
    return 0


def _group(services: AppServices, name: str) -> Group:
    found = next(
        (c.group for c in services.rosters.classes() if c.group.name == name.strip()), None
    )
    if found is None:
        raise CliError(f"no class is called {name!r}")
    return found


def class_export(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.cli.results_commands import interface_language

    path = output_path(args.output)
    lang = interface_language(args.export_lang or args.lang)
    with opened(locations) as services:
        group = _group(services, args.name)
        try:
            count = services.rosters.export(group.id, path, lang=lang)
        except OSError as exc:
            raise file_error(path, exc, "write") from exc
    print(f"{group.name}: {count} student(s) written to {path}")
    return 0


def class_list(args: argparse.Namespace, locations: Locations) -> int:
    with opened(locations) as services:
        classes = services.rosters.classes()
        if args.name is None:
            rows: list[dict[str, Any]] = [
                {"id": c.group.id, "name": c.group.name, "students": c.students} for c in classes
            ]
            if args.json:
                print(json.dumps(rows, ensure_ascii=False))
            for row in [] if args.json else rows:
                print(f"{row['name']}\t{row['students']} students")
            return 0
        group = _group(services, args.name)
        students = services.rosters.students(group.id)
    if args.json:
        data = [{"id": p.id, "number": p.roster_number, "name": p.name} for p in students]
        print(json.dumps({"class": group.name, "students": data}, ensure_ascii=False))
        return 0
    for person in students:
        print(f"{person.roster_number or ''}\t{person.name}")
    return 0
