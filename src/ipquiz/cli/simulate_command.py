"""`ipquiz simulate`: scripted attempts through the real services, for soak and crash tests."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import Any

from ipquiz.cli.common import CliError, opened
from ipquiz.config import Locations
from ipquiz.domain.scoring import PROFILES
from ipquiz.domain.spec import Mode


def add_parser(commands: Any) -> None:
    sim = commands.add_parser("simulate", help="play scripted attempts headlessly")
    sim.add_argument("--mode", choices=[m.value for m in Mode], default=Mode.PRACTICE.value)
    sim.add_argument("--rounds", type=int, default=10, metavar="N")
    sim.add_argument("--seed", type=int, metavar="S")
    sim.add_argument("--profile", choices=sorted(PROFILES), metavar="P", help="scoring profile")
    sim.add_argument(
        "--player",
        metavar="NAME",
        help="one player for every round ('' for anonymous); default: 50 players in turn",
    )
    sim.add_argument(
        "--log-answers", action="store_true", help="print one JSON line per answer after its commit"
    )
    sim.add_argument("--json", action="store_true", help="print the summary as JSON")
    sim.set_defaults(run=run_simulation)


def run_simulation(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.services.simulation import simulate

    if args.rounds < 0:
        raise CliError("--rounds must be 0 or more")

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

    with opened(locations) as services:
        summary = simulate(
            services.quiz,
            mode=Mode(args.mode),
            rounds=args.rounds,
            seed=args.seed,
            profile=args.profile,
            player=args.player,
            on_answer=log if args.log_answers else None,
        )
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
