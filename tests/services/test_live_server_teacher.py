"""The teacher's hand over real sockets: a device whose seat is freed or whose student is
removed hears it at once; a freed seat is taken again from another device with its
answers; a removed student's token brings nobody back in; a skipped question reaches
every device."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import aiohttp
import test_live_server

from ipquiz.services.live_server import LiveServer

#: The same fixture: a self-paced class of three questions, served on a free port.
server = test_live_server.server


class Device:
    """One student's browser: a socket and what it heard."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.heard: list[dict[str, Any]] = []

    async def send(self, **message: Any) -> None:
        await self.ws.send_str(json.dumps(message))

    async def until(self, test: Any, timeout: float = 5.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            msg = await self.ws.receive(timeout=max(0.01, deadline - time.monotonic()))
            assert msg.type is aiohttp.WSMsgType.TEXT, msg
            data: dict[str, Any] = json.loads(msg.data)
            self.heard.append(data)
            if test(data):
                return data


async def class_of_two(server: LiveServer) -> None:
    room = server.room
    url = f"ws://127.0.0.1:{server.port}/ws"
    async with aiohttp.ClientSession() as http:
        devices = []
        tokens = []
        for name in ("Tiger", "Panda"):
            device = Device(await http.ws_connect(url))
            await device.send(type="hello", code=room.code)
            await device.until(lambda d: d["type"] == "state")
            await device.send(type="claim", nickname=name)
            tokens.append((await device.until(lambda d: d["type"] == "seat"))["token"])
            devices.append(device)
        tiger, panda = devices
        await asyncio.to_thread(room.start)
        await tiger.until(lambda d: d["type"] == "state" and "question" in d)
        await tiger.send(type="answer", position=0, choices=[0])
        await tiger.until(lambda d: d["type"] == "ack")

        seats = {s.name: s.id for s, _ in room.grid()}
        await asyncio.to_thread(room.skip, 2)  # every device hears the skip
        state = await panda.until(lambda d: d["type"] == "state" and d["skipped"] == [2])
        assert state["name"] == "Panda"

        await asyncio.to_thread(room.free, seats["Tiger"])
        await tiger.until(lambda d: d.get("reason") == "seat_freed")
        picker = await tiger.until(lambda d: d["type"] == "state")
        assert picker["name"] is None
        await tiger.send(type="answer", position=1, choices=[0])  # holds no seat now
        closed = await tiger.ws.receive(timeout=5)
        assert closed.type is aiohttp.WSMsgType.CLOSE

        again = Device(await http.ws_connect(url))  # a new device, the same name
        await again.send(type="hello", code=room.code, token=tokens[0])  # the old token
        assert (await again.until(lambda d: d["type"] == "state"))["name"] is None
        await again.send(type="claim", nickname="Tiger")
        await again.until(lambda d: d["type"] == "seat")
        back = await again.until(lambda d: d["type"] == "state")
        assert back["name"] == "Tiger"
        assert back["question"]["position"] == 1  # the answer from the old device is kept

        await asyncio.to_thread(room.remove, seats["Panda"])
        await panda.until(lambda d: d.get("reason") == "removed")
        assert (await panda.until(lambda d: d["type"] == "state"))["removed"] is True
        gone = Device(await http.ws_connect(url))
        await gone.send(type="hello", code=room.code, token=tokens[1])
        assert (await gone.until(lambda d: d["type"] == "state"))["removed"] is True
        await gone.send(type="claim", nickname="Panda")
        assert (await gone.until(lambda d: d["type"] == "error"))["reason"] == "name_taken"
        for device in (again, panda, gone):
            await device.ws.close()


def test_freed_and_removed_devices_hear_it_and_a_freed_name_comes_back(
    server: LiveServer,
) -> None:
    asyncio.run(class_of_two(server))
    assert [s.name for s, _ in server.room.grid()] == ["Tiger"]
