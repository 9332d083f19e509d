"""Scripted students: they join a live class over the same WebSocket protocol as the
page, answer every question within a spread of seconds, and come back with their token
when the connection drops (a host restarted after a crash)."""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from ipquiz.domain.nicknames import generate_nicknames


@dataclass(slots=True)
class BotReport:
    """What one scripted student saw: join time, each acknowledgement's delay."""

    name: str = ""
    join_ms: float = 0.0
    ack_ms: list[float] = field(default_factory=list)
    acked: set[int] = field(default_factory=set)
    reconnects: int = 0
    refused: int = 0  # names refused (taken, or not allowed) before one was given
    freed: int = 0  # times the teacher freed this bot's seat (it took the name again)
    points: int = 0  # a game lesson's points, as the last state said
    errors: list[str] = field(default_factory=list)
    finished: bool = False


async def play(
    url: str,
    code: str,
    *,
    index: int,
    spread_s: float = 2.0,
    rng: random.Random | None = None,
    deadline_s: float = 300.0,
) -> BotReport:
    """Join as "Bot N" (or a free roster name), answer until the session ends or
    `deadline_s` passes (then "timed out" is among its errors); reconnect with the seat's token whenever the socket drops."""
    rng = rng or random.Random(index)
    report = BotReport()
    token: str | None = None
    ws_url = url.split("?")[0].rstrip("/").replace("http://", "ws://", 1) + "/ws"
    began = time.monotonic()
    sent_at: dict[int, float] = {}
    async with aiohttp.ClientSession() as http:
        while not report.finished and time.monotonic() - began < deadline_s:
            left = deadline_s - (time.monotonic() - began)
            try:
                async with asyncio.timeout(left), http.ws_connect(ws_url, heartbeat=20) as ws:
                    hello: dict[str, Any] = {"type": "hello", "code": code}
                    if token:
                        hello["token"] = token
                    await ws.send_str(json.dumps(hello))
                    async for msg in ws:
                        if msg.type is not aiohttp.WSMsgType.TEXT:
                            break
                        data = json.loads(msg.data)
                        kind = data["type"]
                        if kind == "seat":
                            token = data["token"]
                            report.name = data["name"]
                            report.join_ms = (time.monotonic() - began) * 1000
                        elif kind == "ack":
                            position = data["position"]
                            if position in sent_at:
                                report.ack_ms.append((time.monotonic() - sent_at[position]) * 1000)
                            report.acked.add(position)
                        elif kind == "error" and data["reason"] in (
                            "name_taken",
                            "nickname_refused",
                        ):
                            report.refused += 1  # the names again, and another one
                            await ws.send_str(json.dumps(hello))
                        elif kind == "error" and data["reason"] == "seat_freed":
                            token = None  # the teacher freed the seat: claim the name again
                            report.freed += 1
                        elif kind == "error":
                            report.errors.append(data["reason"])
                        elif kind == "state" and await _on_state(
                            ws, data, token, index, rng, spread_s, sent_at, report
                        ):
                            break
            except TimeoutError:
                report.errors.append("timed out")
                break
            except (aiohttp.ClientError, OSError):
                pass
            if not report.finished:
                report.reconnects += 1
                await asyncio.sleep(0.3 + rng.random() * 0.4)
    return report


async def _on_state(
    ws: aiohttp.ClientWebSocketResponse,
    state: dict[str, Any],
    token: str | None,
    index: int,
    rng: random.Random,
    spread_s: float,
    sent_at: dict[int, float],
    report: BotReport,
) -> bool:
    """Act on a state; True when the session is over for this bot."""
    report.points = state.get("points", report.points)
    if state.get("removed"):  # the teacher took this bot out of the class
        report.finished = True
        return True
    if state["stage"] == "finished":
        report.finished = True
        return True
    if state.get("name") is None:
        if token is not None:
            return False  # the seat was taken with this token; wait for its state
        free = [r for r in state.get("roster", []) if not r["taken"]]
        claim = (
            {"person": free[index % len(free)]["person"]}
            if free
            else {"nickname": _nickname(index, report, rng)}
        )
        if state.get("roster") and not free:
            report.errors.append("no free name")
            report.finished = True
            return True
        await ws.send_str(json.dumps({"type": "claim", **claim}))
        return False
    reading = state.get("reading")
    if reading is not None and not state.get("paused"):  # self-paced: on to the next one
        await ws.send_str(json.dumps({"type": "next", "position": reading["position"]}))
        return False
    question = state.get("question")
    if state.get("paused") or not question or state.get("answered") is not None:
        return False
    position = question["position"]
    if position in report.acked:
        return False
    await asyncio.sleep(rng.random() * spread_s)
    count = len(question["texts"]["en"]["choices"])
    sent_at[position] = time.monotonic()
    await ws.send_str(
        json.dumps({"type": "answer", "position": position, "choices": [rng.randrange(count)]})
    )
    return False


async def play_all(
    url: str, code: str, players: int, *, spread_s: float = 2.0, deadline_s: float = 300.0
) -> list[BotReport]:
    return list(
        await asyncio.gather(
            *(
                play(url, code, index=i + 1, spread_s=spread_s, deadline_s=deadline_s)
                for i in range(players)
            )
        )
    )


def _nickname(index: int, report: BotReport, rng: random.Random) -> str:
    """ "Bot N"; after a refusal, one of the kiosk's generated names."""
    if not report.refused:
        return f"Bot {index}"
    return generate_nicknames(rng, 1)[0].en


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (0 when there are no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]
