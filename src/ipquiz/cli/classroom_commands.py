"""`ipquiz classroom host|bots`: a live class without a window, and scripted students."""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import threading
import time
from typing import TYPE_CHECKING, Any

from ipquiz.cli.common import CliError, actions, opened
from ipquiz.config import Locations

if TYPE_CHECKING:
    from ipquiz.services.live import LiveRoom

#: Seconds a headless teacher-paced session shows a reveal before the next question.
REVEAL_SECONDS = 2.0


def add_parser(commands: Any) -> None:
    classroom = actions(commands, "classroom", "a live class")
    host = classroom.add_parser("host", help="host a live class until stopped")
    which = host.add_mutually_exclusive_group(required=True)
    which.add_argument("--set", metavar="NAME", help="a saved quiz set")
    which.add_argument("--count", type=int, metavar="N", help="N questions drawn from the bank")
    which.add_argument(
        "--resume", action="store_true", help="resume the session a crash left running"
    )
    host.add_argument("--pace", choices=("self", "teacher"), default="self")
    host.add_argument("--class", dest="group", metavar="NAME", help="the class whose roster joins")
    host.add_argument("--seconds", type=int, metavar="S", help="seconds a question (teacher pace)")
    host.add_argument(
        "--game",
        action="store_true",
        help="a game lesson: speed-and-streak points and a top-5 board (default: accuracy)",
    )
    host.add_argument(
        "--commands",
        action="store_true",
        help="take the teacher's commands on standard input, one a line: skip [N], "
        "remove NAME, free NAME, pause, continue, end (each answered by a JSON line)",
    )
    host.add_argument(
        "--headless", action="store_true", required=True, help="no window (the only way here)"
    )
    host.add_argument(
        "--host", default="127.0.0.1", metavar="ADDRESS", help="interface to listen on"
    )
    host.add_argument("--port", type=int, default=0, metavar="P", help="port (0: any free one)")
    host.add_argument("--json", action="store_true", help="print the JSON line {url, code}")
    host.set_defaults(run=classroom_host)

    bots = classroom.add_parser("bots", help="scripted students joining a live class")
    bots.add_argument("--url", required=True)
    bots.add_argument("--code", required=True)
    bots.add_argument("--players", type=int, default=10, metavar="N")
    bots.add_argument("--spread", type=float, default=2.0, metavar="S", help="answer within S s")
    bots.add_argument("--timeout", type=float, default=300.0, metavar="S")
    bots.set_defaults(run=classroom_bots)


def classroom_host(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.domain.live import Pace, Stage
    from ipquiz.domain.spec import Mode, QuizSpec
    from ipquiz.services.live import LiveError
    from ipquiz.services.live_server import LiveServer

    stop = threading.Event()
    with opened(locations) as services:
        room: LiveRoom
        if args.resume:
            running = services.live.resumable()
            if not running:
                raise CliError("no live session is left running on this station")
            room = services.live.resume(running[0][0])
        else:
            spec = _spec(services, args, Mode, QuizSpec)
            group_id = _group(services, args.group)
            try:
                room = services.live.open(
                    spec, pace=Pace(args.pace), group_id=group_id, game=args.game
                )
            except LiveError as exc:
                raise CliError(f"no live session: {exc.reason}") from exc
        server = LiveServer(room, host=args.host, port=args.port)
        revealed_at = [0.0]

        def tick() -> None:
            """Headless: the class starts at once; a teacher-paced question is revealed
            when everyone has answered or its time is up, and the next follows."""
            if room.stage is Stage.LOBBY:
                room.start()
            elif room.pace is Pace.TEACHER and room.stage is Stage.QUESTION:
                if room.everyone_answered() or room.remaining() == 0.0:
                    room.reveal()
                    revealed_at[0] = time.monotonic()
            elif room.stage is Stage.REVEAL and time.monotonic() - revealed_at[0] > REVEAL_SECONDS:
                room.next()

        server.on_tick = tick
        try:
            server.start()
        except OSError as exc:
            raise CliError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from exc
        line = {"url": server.url, "code": room.code}
        print(json.dumps(line) if args.json else f"{server.url}  code {room.code}", flush=True)
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        if args.commands:
            threading.Thread(target=_read_commands, args=(room,), daemon=True).start()
        stop.wait()
        server.stop()
    return 0


def _read_commands(room: Any) -> None:
    """The teacher's commands from standard input, each answered by one JSON line."""
    import sys

    for line in sys.stdin:
        if line.strip():
            print(json.dumps(teacher_command(room, line)), flush=True)


def teacher_command(room: LiveRoom, line: str) -> dict[str, Any]:
    """Do one teacher's command (see `--commands`); {"done": …} or {"error": …}."""
    from ipquiz.services.live import LiveError

    word, _, rest = line.strip().partition(" ")
    rest = rest.strip()
    try:
        if word == "skip":
            room.skip(int(rest) - 1 if rest else None)
        elif word in ("remove", "free"):
            seat = next((s for s in room.seats.values() if s.name == rest), None)
            if seat is None:
                return {"error": f"nobody in the class is called {rest!r}"}
            (room.remove if word == "remove" else room.free)(seat.id)
        elif word in ("pause", "continue"):
            room.set_paused(word == "pause")
        elif word == "end":
            room.end()
        else:
            return {"error": f"unknown command {word!r}"}
    except ValueError as exc:  # LiveError, or a question number that is not one
        return {"error": exc.reason if isinstance(exc, LiveError) else str(exc)}
    return {"done": line.strip(), "stage": room.stage.value, "skipped": sorted(room.skipped)}


def _spec(services: Any, args: argparse.Namespace, mode: Any, quiz_spec: Any) -> Any:
    if args.set:
        found = [s for s in services.sets.sets() if s.name == args.set]
        if not found:
            raise CliError(f"no quiz set is called {args.set!r}")
        spec = found[0]
    else:
        if not 1 <= args.count <= 500:
            raise CliError("--count is between 1 and 500")
        spec = quiz_spec(mode=mode.PRACTICE, count=args.count)
    if args.seconds:
        import dataclasses

        spec = dataclasses.replace(spec, question_seconds=args.seconds)
    return spec


def _group(services: Any, name: str | None) -> int | None:
    if not name:
        return None
    for summary in services.rosters.classes():
        if summary.group.name == name:
            return int(summary.group.id)
    raise CliError(f"no class is called {name!r}")


def classroom_bots(args: argparse.Namespace, locations: Locations) -> int:
    from ipquiz.services.live_bots import percentile, play_all

    if not 1 <= args.players <= 1000:
        raise CliError("--players is between 1 and 1000")
    reports = asyncio.run(
        play_all(args.url, args.code, args.players, spread_s=args.spread, deadline_s=args.timeout)
    )
    acks = [ms for r in reports for ms in r.ack_ms]
    print(
        json.dumps(
            {
                "players": len(reports),
                "finished": sum(r.finished for r in reports),
                "answers_acked": sum(len(r.acked) for r in reports),
                "reconnects": sum(r.reconnects for r in reports),
                "join_ms_max": round(max((r.join_ms for r in reports), default=0.0), 1),
                "ack_ms_p50": round(percentile(acks, 0.5), 1),
                "ack_ms_p99": round(percentile(acks, 0.99), 1),
                "errors": sorted({e for r in reports for e in r.errors}),
            }
        )
    )
    return 0 if all(r.finished for r in reports) else 1
