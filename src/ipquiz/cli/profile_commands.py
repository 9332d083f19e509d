"""`ipquiz profile …` and `ipquiz review due`: the home profiles and their review decks,
scriptable as on the start screen."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import TYPE_CHECKING, Any

from ipquiz.cli.common import CliError, actions, moment, opened
from ipquiz.config import Locations
from ipquiz.domain.persons import COLOURS

if TYPE_CHECKING:
    from ipquiz.domain.persons import Person
    from ipquiz.services.app import AppServices


def add_parser(commands: Any) -> None:
    profile = actions(commands, "profile", "home profiles")
    listing = profile.add_parser("list", help="the profiles, one a line")
    listing.add_argument("--json", action="store_true", help="print one JSON list")
    listing.set_defaults(run=profile_list)

    create = profile.add_parser("create", help="make a profile")
    create.add_argument("name", metavar="NAME")
    create.add_argument("--colour", choices=COLOURS, help="avatar colour")
    create.add_argument(
        "--pin", action="store_true", help="ask for a 4-digit PIN (read from standard input)"
    )
    create.add_argument("--json", action="store_true", help="print the profile as JSON")
    create.set_defaults(run=profile_create)

    rename = profile.add_parser("rename", help="rename a profile (its history stays)")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW_NAME")
    rename.add_argument("--json", action="store_true", help="print the profile as JSON")
    rename.set_defaults(run=profile_rename)

    delete = profile.add_parser(
        "delete", help="delete a profile with its attempts, answers and review deck"
    )
    delete.add_argument("name", metavar="NAME")
    delete.add_argument(
        "--yes", action="store_true", help="really delete (without it: only say what would go)"
    )
    delete.add_argument("--json", action="store_true", help="print the counts as JSON")
    delete.set_defaults(run=profile_delete)

    review = actions(commands, "review", "a profile's review deck")
    due = review.add_parser("due", help="the questions due for review today")
    due.add_argument("--profile", required=True, metavar="NAME")
    due.add_argument("--now", type=moment, metavar="TIME", help="as if it were TIME")
    due.add_argument("--json", action="store_true", help='print {"due": N, "questions": [...]}')
    due.set_defaults(run=review_due)


def as_json(person: Person) -> dict[str, object]:
    return {
        "id": person.id,
        "name": person.name,
        "colour": person.colour,
        "pin": person.has_pin,
        "created": person.created_at.isoformat() if person.created_at else None,
        "last_seen": person.last_seen_at.isoformat() if person.last_seen_at else None,
    }


def find(services: AppServices, name: str) -> Person:
    from ipquiz.domain.persons import UnknownPersonError

    try:
        return services.persons.find(name)
    except UnknownPersonError as exc:
        raise CliError(str(exc)) from exc


def person_errors() -> tuple[type[Exception], ...]:
    from ipquiz.domain.persons import PersonError, UnknownPersonError

    return (PersonError, UnknownPersonError)


def read_pin() -> str:
    if sys.stdin.isatty():
        pin = getpass.getpass("PIN (4 digits): ")
        if getpass.getpass("PIN again: ") != pin:
            raise CliError("the two PINs differ")
        return pin
    return sys.stdin.readline().strip()


def profile_list(args: argparse.Namespace, locations: Locations) -> int:
    with opened(locations) as services:
        people = services.persons.kept()
    if args.json:
        print(json.dumps([as_json(p) for p in people], ensure_ascii=False))
        return 0
    for person in people:
        marks = [person.colour or "", "PIN" if person.has_pin else ""]
        print("\t".join([person.name, *[m for m in marks if m]]))
    if not people:
        print("no profiles", file=sys.stderr)
    return 0


def profile_create(args: argparse.Namespace, locations: Locations) -> int:
    pin = read_pin() if args.pin else None
    with opened(locations) as services:
        try:
            person = services.persons.create(args.name, colour=args.colour, pin=pin)
        except person_errors() as exc:
            raise CliError(str(exc)) from exc
    print(
        json.dumps(as_json(person), ensure_ascii=False) if args.json else f"created {person.name}"
    )
    return 0


def profile_rename(args: argparse.Namespace, locations: Locations) -> int:
    with opened(locations) as services:
        try:
            person = services.persons.rename(find(services, args.name).id, args.new_name)
        except person_errors() as exc:
            raise CliError(str(exc)) from exc
    print(
        json.dumps(as_json(person), ensure_ascii=False)
        if args.json
        else f"renamed to {person.name}"
    )
    return 0


def profile_delete(args: argparse.Namespace, locations: Locations) -> int:
    with opened(locations) as services:
        person = find(services, args.name)
        try:
            data = (services.persons.delete if args.yes else services.persons.data_of)(person.id)
        except person_errors() as exc:
            raise CliError(str(exc)) from exc
    counts = {"attempts": data.attempts, "answers": data.answers, "review_cards": data.review_cards}
    if args.json:
        print(json.dumps({"name": person.name, "deleted": args.yes} | counts, ensure_ascii=False))
    else:
        what = (
            f"{data.attempts} attempt(s), {data.answers} answer(s) and "
            f"{data.review_cards} review card(s)"
        )
        verb = "deleted" if args.yes else "would delete"
        print(f"{verb} {person.name} with {what}")
    if not args.yes:
        print("nothing deleted: add --yes to delete", file=sys.stderr)
        return 1
    return 0


def review_due(args: argparse.Namespace, locations: Locations) -> int:
    with opened(locations, now=args.now) as services:
        person = find(services, args.profile)
        ids = services.review.due(person.id)
        due = {card.question_id: card.due for card in services.review.deck(person.id)}
    if args.json:
        questions = [{"id": q, "due": due[q].isoformat()} for q in ids]
        print(json.dumps({"due": len(ids), "questions": questions}, ensure_ascii=False))
        return 0
    print(f"{len(ids)} question(s) to review today for {person.name}")
    for q in ids:
        print(f"{q}\t{due[q].isoformat(sep=' ')}")
    return 0
