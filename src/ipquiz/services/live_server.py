"""The live class's server: the students' page and its WebSocket, on the chosen
interface, only while a session runs.

aiohttp on an asyncio loop of its own thread, so neither the window nor the headless
host waits on the network; database work goes to a small pool of threads, and an
answer is acknowledged only after its commit. Every frame is validated (size, type,
rate per device); a bad one closes that connection and nothing else.

While a class is served, everything alive when it started (the app, the bank, the room,
the server) is kept out of the garbage collector's way (`gc.freeze`): a full collection
then walks only what the class made. Before, one full collection early in a class
walked the whole app and held every thread, the window's too, for 90-370 ms
(benchmarks/live_class.py --compare).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aiohttp import WSMsgType, web

from ipquiz.assets import resource
from ipquiz.domain.live import (
    MAX_MESSAGE_BYTES,
    Answer,
    Claim,
    Hello,
    Next,
    Pace,
    ProtocolError,
    RateLimit,
    SeatStatus,
    parse_message,
)
from ipquiz.domain.question import ImageFormat
from ipquiz.services.live import LEFT_REASONS, LiveError, LiveRoom, Seat

log = logging.getLogger(__name__)

#: The page's files: nothing else is served.
FILES = {
    "/": ("index.html", "text/html"),
    "/live.js": ("live.js", "text/javascript"),
    "/live.css": ("live.css", "text/css"),
}
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
#: A question's picture: its own type, never sniffed as another; opened by itself (not
#: in the page's <img>, where it cannot run anything anyway) it still runs no script and
#: reaches nothing outside itself. The address holds the session's code: cached per session.
PICTURE_TYPES = {ImageFormat.PNG: "image/png", ImageFormat.SVG: "image/svg+xml"}
PICTURE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "private, max-age=86400",
}
#: Close codes a device sees: 1008 = a message it should not have sent.
POLICY_VIOLATION = 1008

_serving = 0
_serving_lock = threading.Lock()


def serving_starts() -> None:
    """Every object alive now goes out of the collector's sight (a server starts)."""
    global _serving
    with _serving_lock:
        _serving += 1
        gc.freeze()


def serving_ends() -> None:
    """The last server stopped: the collector sees everything again."""
    global _serving
    with _serving_lock:
        _serving -= 1
        if _serving == 0:
            gc.unfreeze()


class LiveServer:
    """Serves one room on (host, port) from its own thread until `stop`."""

    def __init__(
        self,
        room: LiveRoom,
        *,
        host: str,
        port: int,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.room = room
        self.host = host
        self.port = port
        self._monotonic = monotonic
        self._pages = {
            path: (resource("live", name).read_bytes(), kind)
            for path, (name, kind) in FILES.items()
        }
        self._loop = asyncio.new_event_loop()
        # Joins and answers wait in separate queues: a class joining at once never holds
        # up the answers of those already in.
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="live-answers")
        self._joins = ThreadPoolExecutor(max_workers=2, thread_name_prefix="live-joins")
        self._sockets: weakref.WeakKeyDictionary[web.WebSocketResponse, Seat | None] = (
            weakref.WeakKeyDictionary()
        )
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="live-server", daemon=True
        )
        self._ticker: asyncio.Task[None] | None = None
        self._counted = False
        #: Called twice a second off the loop (the headless host moves on with it).
        self.on_tick: Callable[[], None] | None = None
        room.listen(self._room_changed)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/?code={self.room.code}"

    # -- starting and stopping -------------------------------------------------------
    def start(self) -> None:
        """Listen (raises OSError when the port is taken); returns once listening."""
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=30)
        serving_starts()
        self._counted = True

    async def _start(self) -> None:
        app = web.Application(client_max_size=MAX_MESSAGE_BYTES)
        app.router.add_get("/ws", self._socket)
        app.router.add_get("/image/{code:[0-9]{6}}/{position:[0-9]{1,5}}", self._picture)
        app.router.add_get("/{path:.*}", self._page)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, reuse_address=True)
        await site.start()
        if self.port == 0:  # a free port was asked for: the one given
            self.port = int(self._runner.addresses[0][1])
        self._ticker = asyncio.ensure_future(self._tick())

    def stop(self) -> None:
        """Close every connection and stop listening."""
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()
        self._pool.shutdown(wait=True)
        self._joins.shutdown(wait=True)
        if self._counted:
            self._counted = False
            serving_ends()

    async def _stop(self) -> None:
        if self._ticker:
            self._ticker.cancel()
        for ws in list(self._sockets):
            await ws.close()
        if self._runner:
            await self._runner.cleanup()

    # -- the page ----------------------------------------------------------------
    async def _page(self, request: web.Request) -> web.Response:
        found = self._pages.get(request.path)
        if found is None:
            return web.Response(status=404, text="not found", headers=HEADERS)
        body, kind = found
        return web.Response(body=body, content_type=kind, charset="utf-8", headers=HEADERS)

    async def _picture(self, request: web.Request) -> web.Response:
        """The picture of one of this session's questions, and nothing else."""
        image = None
        if request.match_info["code"] == self.room.code:
            image = self.room.picture(int(request.match_info["position"]))
        if image is None:
            return web.Response(status=404, text="not found", headers=HEADERS)
        return web.Response(
            body=image.data, content_type=PICTURE_TYPES[image.format], headers=PICTURE_HEADERS
        )

    # -- the socket ----------------------------------------------------------------
    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=MAX_MESSAGE_BYTES, heartbeat=20.0)
        await ws.prepare(request)
        self._sockets[ws] = None
        limit = RateLimit(self._monotonic())
        greeted = False
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    await ws.close(code=POLICY_VIOLATION, message=b"text frames only")
                    break
                if not limit.allow(self._monotonic()):
                    await ws.close(code=POLICY_VIOLATION, message=b"too many messages")
                    break
                try:
                    message = parse_message(msg.data)
                    if not greeted and not isinstance(message, Hello):
                        raise ProtocolError("hello first")
                    greeted = True
                    await self._handle(ws, message)
                except ProtocolError as exc:
                    await ws.close(code=POLICY_VIOLATION, message=str(exc).encode()[:120])
                    break
        except ConnectionError:
            pass  # the device went while it was answered (what was stored stays stored)
        finally:
            seat = self._sockets.pop(ws, None)
            if seat is not None:
                seat.connected -= 1
        return ws

    async def _handle(
        self, ws: web.WebSocketResponse, message: Hello | Claim | Answer | Next
    ) -> None:
        room = self.room
        seat = self._sockets.get(ws)
        if isinstance(message, Hello):
            if message.code != room.code:
                await ws.send_json({"type": "error", "reason": "wrong_code"})
                return
            if seat is None and message.token:
                seat = room.seat_of(message.token)
                if seat is not None and seat.status is SeatStatus.SEATED:
                    seat.connected += 1
                    self._sockets[ws] = seat
            await ws.send_json(room.state_for(seat))
        elif isinstance(message, Claim):
            if seat is not None:
                raise ProtocolError("this device already has a seat")
            try:
                seat, token = await self._run_on(
                    self._joins, room.claim, person_id=message.person_id, nickname=message.nickname
                )
            except LiveError as exc:
                await ws.send_json({"type": "error", "reason": exc.reason})
                return
            seat.connected += 1
            self._sockets[ws] = seat
            await ws.send_json({"type": "seat", "token": token, "name": seat.name})
            await ws.send_json(room.state_for(seat))
        elif isinstance(message, Next):
            if seat is None:
                raise ProtocolError("take a seat first")
            with contextlib.suppress(LiveError):  # too early: the state says what holds
                await self._run(room.go_on, seat, message.position)
            await ws.send_json(room.state_for(seat))
        else:
            if seat is None:
                raise ProtocolError("take a seat first")
            try:
                record = await self._run(room.answer, seat, message.position, message.choices)
            except LiveError as exc:
                await ws.send_json(
                    {"type": "error", "reason": exc.reason, "position": message.position}
                )
                await ws.send_json(room.state_for(seat))
                return
            ack: dict[str, Any] = {"type": "ack", "position": record.position}
            if room.pace is Pace.SELF:  # the student sees each question's result at once
                ack["result"] = room.result_view(seat, record.position)
            await ws.send_json(ack)
            await ws.send_json(room.state_for(seat))

    async def _run(self, work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return await self._run_on(self._pool, work, *args, **kwargs)

    async def _run_on(
        self, pool: ThreadPoolExecutor, work: Callable[..., Any], *args: Any, **kwargs: Any
    ) -> Any:
        return await self._loop.run_in_executor(pool, lambda: work(*args, **kwargs))

    # -- telling every device ----------------------------------------------------------
    def _room_changed(self, what: str) -> None:
        """A stage change or a seat freed or removed (the teacher's, on any thread) goes
        to every device."""
        if what in ("stage", "seats") and self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(self._broadcast(), self._loop)

    async def _broadcast(self) -> None:
        for ws, seat in list(self._sockets.items()):
            if ws.closed:
                continue
            with contextlib.suppress(ConnectionError):
                if seat is not None and seat.status is not SeatStatus.SEATED:
                    # the device is told, and holds the seat no more
                    self._sockets[ws] = None
                    seat.connected -= 1
                    await ws.send_json({"type": "error", "reason": LEFT_REASONS[seat.status]})
                await ws.send_str(json.dumps(self.room.state_for(seat)))

    async def _tick(self) -> None:
        """The countdown: an out-of-time question is revealed when the host is headless
        (`on_tick`), and the devices hear once that the time is up (their own countdown
        said so already; a self-paced student then sees the result)."""
        told = False
        while True:
            await asyncio.sleep(0.5)
            late = self.room.time_up()
            if late and not told:
                await self._broadcast()
            told = late
            if self.on_tick is not None:
                try:
                    await self._run(self.on_tick)
                except Exception:
                    log.exception("the live session's timer failed")
