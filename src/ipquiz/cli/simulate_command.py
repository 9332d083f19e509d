"""`ipquiz simulate`: scripted attempts through the real services, for soak and crash tests."""

from __future__ import annotations

import argparse
import dataclasses
import json
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ipquiz.cli.common import CliError, moment, opened
from ipquiz.config import Locations
from ipquiz.domain.scoring import PROFILES
from ipquiz.domain.spec import Mode

MAX_ROUNDS = 1_000_000  # a soak of days; more is a typo, not a plan
MAX_SEED = 2**63 - 1


def bounded(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number in [low, high], else a usage error (exit 2)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is out of range: {low} to {high:,}")
        return value

    return parse


class _StopRequestedError(Exception):
    """Ctrl+C arrived: leave at the next answer, after its commit."""


class StopSwitch:
    """Ctrl+C during the answers asks the loop to stop after the answer being saved;
    before the loop (opening the database), or a second time, it stops at once.
    Installed explicitly, so a SIGINT that a parent shell set to be ignored still works."""

    def __init__(self) -> None:
        self.requested = False
        self.graceful = False  # True while answers are being played

    def on_sigint(self, _signum: int, _frame: object) -> None:
        if self.requested or not self.graceful:
            raise KeyboardInterrupt
        self.requested = True


@contextmanager
def stop_switch() -> Iterator[StopSwitch]:
    switch = StopSwitch()
    previous = signal.signal(signal.SIGINT, switch.on_sigint)
    try:
        yield switch
    finally:
        signal.signal(signal.SIGINT, previous)


def add_parser(commands: Any) -> None:
    sim = commands.add_parser("simulate", help="play scripted attempts headlessly")
    # a live seat is played through a live class (`classroom bots`), not simulated alone
    sim.add_argument(
        "--mode", choices=[m.value for m in Mode if m is not Mode.LIVE], default=Mode.PRACTICE.value
    )
    sim.add_argument(
        "--rounds",
        type=bounded(0, MAX_ROUNDS),
        default=10,
        metavar="N",
        help=f"attempts to play, 0 to {MAX_ROUNDS:,} (default 10)",
    )
    sim.add_argument("--seed", type=bounded(0, MAX_SEED), metavar="S", help="0 to 2**63-1")
    sim.add_argument("--profile", choices=sorted(PROFILES), metavar="P", help="scoring profile")
    sim.add_argument(
        "--player",
        metavar="NAME",
        help="one player for every round: the profile of that name if there is one, else a "
        "guest so called ('' for anonymous); default: 50 guests in turn",
    )
    sim.add_argument(
        "--now",
        type=moment,
        metavar="TIME",
        help="play as if it were TIME (e.g. 2026-12-04T19:30): the review deck's schedule",
    )
    sim.add_argument(
        "--log-answers", action="store_true", help="print one JSON line per answer after its commit"
    )
    sim.add_argument("--json", action="store_true", help="print the summary as JSON")
    sim.set_defaults(run=run_simulation)


def profile_id(services: Any, player: str | None, *, mode: Mode) -> int | None:
    """The kept profile called `player`, if there is one (a review needs one)."""
    from ipquiz.domain.persons import UnknownPersonError

    name = (player or "").strip()
    if name:
        try:
            return int(services.persons.find(name).id)
        except UnknownPersonError:
            pass
    if mode is Mode.REVIEW:
        who = f"no profile called {name}" if name else "give --player NAME"
        raise CliError(f"a review is played by a profile: {who}")
    return None


def run_simulation(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.services.simulation import simulate

    answers = 0

    def after_answer(active: Any, record: Any) -> None:
        nonlocal answers
        answers += 1
        if args.log_answers:
            log(active, record)
        if switch.requested:
            raise _StopRequestedError

    def log(active: Any, record: Any) -> None:
        line = {
            "attempt": active.attempt_id,
            "position": record.position,
            "question": record.question_id,
            "correct": record.correct,
            "points": record.points,
        }
        sys.stdout.write(json.dumps(line) + "\n")
        sys.stdout.flush()

    with stop_switch() as switch, opened(locations, now=args.now) as services:
        person_id = profile_id(services, args.player, mode=Mode(args.mode))
        switch.graceful = True
        try:
            summary = simulate(
                services.quiz,
                mode=Mode(args.mode),
                rounds=args.rounds,
                seed=args.seed,
                profile=args.profile,
                player=args.player,
                person_id=person_id,
                review=services.review,
                on_answer=after_answer,
            )
        except _StopRequestedError:
            print(
                f"ipquiz: interrupted after {answers} answers, each one saved; "
                "the next run finishes the attempt left open",
                file=sys.stderr,
            )
            return 130
        finally:
            switch.graceful = False
    if args.json:
        print(json.dumps(dataclasses.asdict(summary)))
    else:
        print(
            f"{summary.rounds} {summary.mode} rounds, {summary.answers} answers, "
            f"mean score {summary.mean_score:.0%}, {summary.seconds:.2f} s"
            + (
                f"; {summary.recovered} interrupted attempt(s) finished"
                if summary.recovered
                else ""
            )
        )
    return 0
