"""The live class's server over real sockets: the page and its policy, a student's way
through a session, and malformed, oversized and too many messages closing only the
connection that sent them."""

from __future__ import annotations

import asyncio
import gc
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from bank_pictures import MARK, picture
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipquiz.domain.conflicts import OnConflict
from ipquiz.domain.live import BURST, MAX_MESSAGE_BYTES, Pace
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices
from ipquiz.services.live_bots import play, play_all
from ipquiz.services.live_server import LiveServer


@pytest.fixture
def server(services: AppServices) -> Iterator[LiveServer]:
    room = services.live.open(QuizSpec(count=3), pace=Pace.SELF)
    running = LiveServer(room, host="127.0.0.1", port=0)
    running.start()
    yield running
    running.stop()


def ws_url(server: LiveServer) -> str:
    return f"ws://127.0.0.1:{server.port}/ws"


async def exchange(
    server: LiveServer, frames: list[Any]
) -> tuple[list[dict[str, Any]], int | None]:
    """Send `frames` (str, bytes or objects as JSON) one by one; what came back and the
    close code."""
    got: list[dict[str, Any]] = []
    async with aiohttp.ClientSession() as http, http.ws_connect(ws_url(server)) as ws:
        for frame in frames:
            if isinstance(frame, bytes):
                await ws.send_bytes(frame)
            else:
                await ws.send_str(frame if isinstance(frame, str) else json.dumps(frame))
            while True:  # what this frame brought, until the line is quiet
                try:
                    msg = await ws.receive(timeout=0.5)
                except TimeoutError:
                    break
                if msg.type is not aiohttp.WSMsgType.TEXT:
                    return got, ws.close_code
                got.append(json.loads(msg.data))
        if not ws.closed:
            await ws.close()
        return got, ws.close_code


def test_the_page_is_served_with_a_policy_that_forbids_inline_scripts(
    server: LiveServer,
) -> None:
    async def fetch(path: str) -> tuple[int, dict[str, str], str]:
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"http://127.0.0.1:{server.port}{path}") as r,
        ):
            return r.status, dict(r.headers), await r.text()

    status, headers, body = asyncio.run(fetch("/?code=123456"))
    assert status == 200
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert '<script src="/live.js"' in body
    assert "<script>" not in body
    assert asyncio.run(fetch("/live.js"))[0] == 200
    for other in ("/../pyproject.toml", "/ipquiz.db", "/index.html", "/static/x"):
        assert asyncio.run(fetch(other))[0] == 404


def test_a_student_joins_answers_and_gets_each_result(server: LiveServer) -> None:
    server.room.start()
    code = server.room.code
    got, _ = asyncio.run(
        exchange(
            server,
            [
                {"type": "hello", "code": code},
                {"type": "claim", "nickname": "<b>Tiger</b>"},
                {"type": "answer", "position": 0, "choices": [0]},
                {"type": "next", "position": 0},
            ],
        )
    )
    kinds = [m["type"] for m in got]
    assert kinds == ["state", "seat", "state", "ack", "state", "state"]
    assert got[1]["name"] == "<b>Tiger</b>"  # kept as text; the page inserts it as text
    assert got[2]["question"]["position"] == 0
    assert got[3]["result"]["chosen"] == [0]
    assert got[4]["reading"]["chosen"] == [0]  # its result, for as long as it is read
    assert got[5]["question"]["position"] == 1  # then on to the next question
    seat = next(iter(server.room.seats.values()))
    assert seat.record(0) is not None  # committed before the ack went out


BAD_FRAMES = [
    "not json",
    "[]",
    json.dumps({"type": "hello"}),
    json.dumps({"type": "hello", "code": "12345"}),
    json.dumps({"type": "hello", "code": "123456", "token": "short"}),
    json.dumps({"type": "hello", "code": "123456", "extra": 1}),
    json.dumps({"type": "answer", "position": 0, "choices": [0]}),  # before hello
    json.dumps({"type": "next", "position": 0}),  # before hello
    json.dumps({"type": "nope"}),
    "x" * (MAX_MESSAGE_BYTES + 1),
    b"\x00\x01binary",
]


@pytest.mark.parametrize("frame", BAD_FRAMES)
def test_a_malformed_message_closes_that_connection_only(
    server: LiveServer, frame: str | bytes
) -> None:
    async def scenario() -> tuple[int | None, list[dict[str, Any]]]:
        async with aiohttp.ClientSession() as http, http.ws_connect(ws_url(server)) as good:
            await good.send_str(json.dumps({"type": "hello", "code": server.room.code}))
            await good.receive(timeout=3)
            _, code = await exchange(server, [frame])
            await good.send_str(json.dumps({"type": "claim", "nickname": "Still here"}))
            seat = json.loads((await good.receive(timeout=3)).data)
            return code, [seat]

    close_code, after = asyncio.run(scenario())
    assert close_code in (1008, 1009)  # policy violation / too big
    assert after[0]["type"] == "seat"  # the other device goes on


def test_a_device_sending_too_fast_is_closed(server: LiveServer) -> None:
    hello = json.dumps({"type": "hello", "code": server.room.code})

    async def flood() -> tuple[int, int | None]:
        answered = 0
        async with aiohttp.ClientSession() as http, http.ws_connect(ws_url(server)) as ws:
            for _ in range(BURST + 5):
                await ws.send_str(hello)
            while (await ws.receive(timeout=5)).type is aiohttp.WSMsgType.TEXT:
                answered += 1
            return answered, ws.close_code

    answered, code = asyncio.run(flood())
    assert answered == BURST  # the burst is served, the rest closes the connection
    assert code == 1008


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.text(max_size=300),
        st.dictionaries(
            st.sampled_from(["type", "code", "token", "person", "nickname", "position", "choices"]),
            st.one_of(st.none(), st.integers(), st.text(max_size=20), st.lists(st.integers())),
        ).map(json.dumps),
    )
)
def test_any_frame_gets_an_answer_or_a_close_never_a_crash(server: LiveServer, frame: str) -> None:
    got, code = asyncio.run(exchange(server, [frame]))
    assert got or code in (1008, 1009, None)
    page = asyncio.run(exchange(server, [{"type": "hello", "code": server.room.code}]))[0]
    assert page[0]["type"] == "state"  # the server still answers


def test_bots_play_a_self_paced_session_through(server: LiveServer) -> None:
    server.room.start()

    def tick() -> None:
        if server.room.seats and all(s.next_position is None for s in server.room.seats.values()):
            server.room.end()

    server.on_tick = tick
    reports = asyncio.run(
        play_all(
            f"http://127.0.0.1:{server.port}/", server.room.code, 5, spread_s=0.2, deadline_s=60
        )
    )
    assert all(r.finished for r in reports)
    assert sorted(len(r.acked) for r in reports) == [3] * 5
    assert sum(len([x for x in row if x is not None]) for _, row in server.room.grid()) == 15


def test_a_bot_whose_name_is_refused_takes_another(server: LiveServer) -> None:
    server.room.start()
    server.on_tick = lambda: (
        server.room.end()
        if server.room.seats and all(s.next_position is None for s in server.room.seats.values())
        else None
    )
    # "Bot 58" is refused by the nickname filter (it reads as something else)
    report = asyncio.run(
        play(
            f"http://127.0.0.1:{server.port}/",
            server.room.code,
            index=58,
            spread_s=0.1,
            deadline_s=10,
        )
    )
    assert report.refused >= 1
    assert report.name
    assert report.name != "Bot 58"
    assert sorted(report.acked) == [0, 1, 2]


def test_what_was_alive_when_the_class_started_is_out_of_the_collectors_way(
    services: AppServices,
) -> None:
    """A full collection during a class walks only what the class made (the room, the
    app and the server are frozen while it is served), and everything is collectable
    again once the last server stops."""
    room = services.live.open(QuizSpec(count=3), pace=Pace.SELF)
    first = LiveServer(room, host="127.0.0.1", port=0)
    second = LiveServer(room, host="127.0.0.1", port=0)
    assert gc.get_freeze_count() == 0
    first.start()
    second.start()
    try:
        assert gc.get_freeze_count() > 10_000
        assert gc.is_tracked(room)
        assert not any(o is room for o in gc.get_objects())  # not walked by a collection
        first.stop()
        assert gc.get_freeze_count() > 10_000  # a server is still running
    finally:
        first.stop()
        second.stop()
    assert gc.get_freeze_count() == 0
    assert any(o is room for o in gc.get_objects())


def test_a_question_picture_is_served_as_itself_only_once_the_class_sees_it(
    services: AppServices, small_bank: Path
) -> None:
    picture(small_bank)
    services.bank.import_file(small_bank / "alpha.yaml", on_conflict=OnConflict.REPLACE)
    room = services.live.open(
        QuizSpec(count=2, question_ids=("b-single", "a-single"), shuffle_questions=False),
        pace=Pace.TEACHER,
    )
    server = LiveServer(room, host="127.0.0.1", port=0)
    server.start()

    async def fetch(path: str) -> tuple[int, dict[str, str], bytes]:
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"http://127.0.0.1:{server.port}{path}") as r,
        ):
            return r.status, dict(r.headers), await r.read()

    try:
        address = room.question_view(1)["image"]["src"]
        assert address == f"/image/{room.code}/1"
        assert room.question_view(1)["image"]["alt"] == {"zh-CN": "一个圆圈", "en": "A circle"}
        assert room.question_view(0)["image"] is None
        assert asyncio.run(fetch(address))[0] == 404  # the lobby: not shown yet
        room.start()
        assert asyncio.run(fetch(address))[0] == 404  # the class is on the first question
        room.reveal()
        room.next()
        status, headers, body = asyncio.run(fetch(address))
        assert status == 200
        assert body == MARK.encode()
        assert headers["Content-Type"] == "image/svg+xml"
        assert headers["X-Content-Type-Options"] == "nosniff"
        policy = headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy
        assert "sandbox" in policy
        assert "script" not in policy  # no script source at all
        other = "111111" if room.code != "111111" else "222222"
        for wrong in (f"/image/{room.code}/0", f"/image/{other}/1", f"/image/{room.code}/2"):
            assert asyncio.run(fetch(wrong))[0] == 404  # no picture, another session, none
    finally:
        server.stop()
