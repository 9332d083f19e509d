"""Which server hosts a live class: Qt's own on the window's event loop, or aiohttp on a
thread of its own (the app's). The measurement behind the choice (README, "Performance").

    python benchmarks/live_server_choice.py --players 200 --runs 3 --json
    python benchmarks/live_server_choice.py --make-venv /tmp/ipquiz-qt-server   # first time

Both hosts serve the same room through the same services, with the same protocol as far
as the benchmark needs it (hello, claim a seat, the state with the question, answer ->
commit -> ack with the result, the new state, next; a stage change to every device), and both
are driven by the same `ipquiz classroom bots` while the projector draws its grid
(benchmarks/live_class.py: join time, acknowledgement p50/p99, the window's longest
frame). Runs alternate, aiohttp then Qt, each in a fresh process, so both see the same
load on the machine; the load average is printed with each run.

- aiohttp: `ipquiz.services.live_server.LiveServer`, the app's server.
- Qt: `QtHost` below. The students' socket is a QWebSocketServer (QtWebSockets) and the
  page a QHttpServer (QtHttpServer), both on the window's event loop; the commits go to
  a pool of threads as the app's do (one on the window's thread would hold it for every
  answer), and their results come back to the event loop by a queued signal. QHttpServer
  upgrades to a WebSocket on its own port only through nextPendingWebSocketConnection()
  and addWebSocketUpgradeVerifier(), which PySide6 6.11 does not bind (the upgrade is
  refused), so here the socket listens on the URL's port and the page on a second one.
  The first QWebSocket made loads the system's CA certificates (100-200 ms of the
  window's thread here, even for a plain ws:// socket): the host loads them when it
  starts, before the first student connects.

Both need PySide6-Addons (QtHttpServer, QtWebSockets) of exactly the installed
PySide6-Essentials version, which ipquiz does not depend on: `--make-venv DIR` makes a
throwaway virtual environment with ipquiz and that Addons, and runs the benchmark there.

The bundle cost of each is the size of the files a bundle would carry for it: the Qt
libraries and their PySide6 modules, or aiohttp and the packages only it brings.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import live_class

ROOT = Path(__file__).resolve().parents[1]

#: What a bundle carries for Qt's server (besides QtCore/QtNetwork, which ipquiz has).
QT_FILES = (
    "Qt/lib/libQt6HttpServer.so.6",
    "Qt/lib/libQt6WebSockets.so.6",
    "QtHttpServer.abi3.so",
    "QtWebSockets.abi3.so",
)
#: Packages a bundle carries for aiohttp only (no other dependency of ipquiz needs them);
#: their modules and extensions count, not the sources of those (.pyx, .pxd, .h, .pyi).
AIOHTTP_PACKAGES = (
    "aiohttp",
    "aiohappyeyeballs",
    "aiosignal",
    "attrs",
    "frozenlist",
    "idna",
    "multidict",
    "propcache",
    "yarl",
)


def qt_server_installed() -> bool:
    return all(
        importlib.util.find_spec(f"PySide6.{m}") is not None
        for m in ("QtHttpServer", "QtWebSockets")
    )


def make_qt_host(room: Any) -> Any:
    """The Qt host of `room` (a class made here: QObject needs PySide6 imported)."""
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtHttpServer import QHttpServer, QHttpServerResponse
    from PySide6.QtNetwork import QHostAddress, QSslConfiguration, QTcpServer
    from PySide6.QtWebSockets import QWebSocket, QWebSocketProtocol, QWebSocketServer

    from ipquiz.assets import resource
    from ipquiz.domain.live import Answer, Claim, Hello, Pace, ProtocolError, RateLimit
    from ipquiz.domain.live import parse_message as parse
    from ipquiz.services.live import LiveError, Seat
    from ipquiz.services.live_server import serving_ends, serving_starts

    violated = QWebSocketProtocol.CloseCode.CloseCodePolicyViolated

    class Peer:
        def __init__(self, socket: QWebSocket) -> None:
            self.socket = socket
            self.seat: Seat | None = None
            self.greeted = False
            self.limit = RateLimit(time.monotonic())

        def send(self, message: dict[str, Any]) -> None:
            self.socket.sendTextMessage(json.dumps(message))

    class QtHost(QObject):
        finished = Signal(object, object)  # (what to do next, the finished future)
        stage_changed = Signal()

        def __init__(self) -> None:
            super().__init__()
            self.room, self.host, self.port = room, "127.0.0.1", 0
            self.on_tick: Callable[[], None] | None = None
            self._sockets = QWebSocketServer("ipquiz", QWebSocketServer.SslMode.NonSecureMode)
            self._sockets.newConnection.connect(self._on_connection)
            self._pages = QHttpServer()
            page = resource("live", "index.html").read_bytes()
            self._pages.route("/", lambda: QHttpServerResponse(b"text/html", page))
            self._page_port = QTcpServer()
            self._peers: dict[QWebSocket, Peer] = {}
            self._answers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="qt-answers")
            self._joins = ThreadPoolExecutor(max_workers=2, thread_name_prefix="qt-joins")
            self.finished.connect(self._on_finished)  # queued from the pool's threads
            self.stage_changed.connect(self._broadcast)
            room.listen(lambda what: what == "stage" and self.stage_changed.emit())
            self._ticker = QTimer()
            self._ticker.setInterval(500)
            self._ticker.timeout.connect(self._on_tick)

        @property
        def url(self) -> str:
            return f"http://{self.host}:{self.port}/?code={self.room.code}"

        def start(self) -> None:
            # The first QWebSocket loads the system's CA certificates (100-200 ms here):
            # loaded now, not on the first student's connection.
            QSslConfiguration.defaultConfiguration()
            address = QHostAddress(self.host)
            if not self._sockets.listen(address, self.port):
                raise OSError(self._sockets.errorString())
            self.port = self._sockets.serverPort()
            if not (self._page_port.listen(address, 0) and self._pages.bind(self._page_port)):
                raise OSError(self._page_port.errorString())
            self._ticker.start()
            serving_starts()  # the collector and the threads' turns, as for the app's server

        def stop(self) -> None:
            self._ticker.stop()
            for socket in list(self._peers):
                socket.close()
            self._sockets.close()
            self._page_port.close()
            self._answers.shutdown(wait=True)
            self._joins.shutdown(wait=True)
            serving_ends()

        def _later(
            self, pool: ThreadPoolExecutor, then: Callable[[Future[Any]], None], *work: Any
        ) -> None:
            future = pool.submit(*work)
            future.add_done_callback(lambda done: self.finished.emit(then, done))

        def _on_finished(self, then: Callable[[Future[Any]], None], done: Future[Any]) -> None:
            then(done)

        def _on_tick(self) -> None:
            if self.on_tick is not None:
                self._later(self._answers, lambda done: done.result(), self.on_tick)

        def _on_connection(self) -> None:
            while self._sockets.hasPendingConnections():
                socket = self._sockets.nextPendingConnection()
                peer = self._peers[socket] = Peer(socket)
                socket.textMessageReceived.connect(lambda text, p=peer: self._on_text(p, text))
                socket.binaryMessageReceived.connect(
                    lambda _data, s=socket: s.close(violated, "text frames only")
                )
                socket.disconnected.connect(lambda s=socket: self._on_gone(s))

        def _on_gone(self, socket: QWebSocket) -> None:
            peer = self._peers.pop(socket, None)
            if peer is not None and peer.seat is not None:
                peer.seat.connected -= 1
            socket.deleteLater()

        def _on_text(self, peer: Peer, text: str) -> None:
            if not peer.limit.allow(time.monotonic()):
                peer.socket.close(violated, "too many messages")
                return
            try:
                message = parse(text)
                if not peer.greeted and not isinstance(message, Hello):
                    raise ProtocolError("hello first")
                peer.greeted = True
                if isinstance(message, Hello):
                    self._on_hello(peer, message)
                elif isinstance(message, Claim):
                    if peer.seat is not None:
                        raise ProtocolError("this device already has a seat")
                    self._later(
                        self._joins,
                        lambda done: self._on_seated(peer, done),
                        lambda: room.claim(person_id=message.person_id, nickname=message.nickname),
                    )
                elif isinstance(message, Answer):
                    if peer.seat is None:
                        raise ProtocolError("take a seat first")
                    self._later(
                        self._answers,
                        lambda done: self._on_stored(peer, message.position, done),
                        room.answer,
                        peer.seat,
                        message.position,
                        message.choices,
                    )
                else:  # Next: the student read the result (self-paced)
                    if peer.seat is None:
                        raise ProtocolError("take a seat first")
                    self._later(
                        self._answers,
                        lambda _done: peer.send(room.state_for(peer.seat)),
                        self._go_on,
                        peer.seat,
                        message.position,
                    )
            except ProtocolError as exc:
                peer.socket.close(violated, str(exc)[:120])

        def _go_on(self, seat: Seat, position: int) -> None:
            with contextlib.suppress(LiveError):  # too early: the state says what holds
                room.go_on(seat, position)

        def _on_hello(self, peer: Peer, hello: Hello) -> None:
            if hello.code != room.code:
                peer.send({"type": "error", "reason": "wrong_code"})
                return
            if peer.seat is None and hello.token and (seat := room.seat_of(hello.token)):
                seat.connected += 1
                peer.seat = seat
            peer.send(room.state_for(peer.seat))

        def _on_seated(self, peer: Peer, done: Future[tuple[Seat, str]]) -> None:
            try:
                seat, token = done.result()
            except LiveError as exc:
                peer.send({"type": "error", "reason": exc.reason})
                return
            seat.connected += 1
            peer.seat = seat
            peer.send({"type": "seat", "token": token, "name": seat.name})
            peer.send(room.state_for(seat))

        def _on_stored(self, peer: Peer, position: int, done: Future[Any]) -> None:
            try:
                record = done.result()
            except LiveError as exc:
                peer.send({"type": "error", "reason": exc.reason, "position": position})
                peer.send(room.state_for(peer.seat))
                return
            ack: dict[str, Any] = {"type": "ack", "position": record.position}
            if room.pace is Pace.SELF:
                ack["result"] = room.result_view(peer.seat, record.position)
            peer.send(ack)
            peer.send(room.state_for(peer.seat))

        def _broadcast(self) -> None:
            for peer in list(self._peers.values()):
                peer.send(room.state_for(peer.seat))

    return QtHost()


def one_class(kind: str, args: argparse.Namespace) -> dict[str, object]:
    serve = make_qt_host if kind == "qt" else None
    figures = live_class.run(args.players, args.questions, args.spread, serve=serve)
    return {"server": kind, **figures}


def files_size(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths if p.is_file())


def bundle_costs() -> dict[str, float]:
    """MiB of the files a bundle would carry for each server."""
    mib = 1024 * 1024
    out: dict[str, float] = {}
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None
    assert spec.origin is not None
    pyside = Path(spec.origin).parent
    if qt_server_installed():
        out["qt_server_mib"] = round(files_size([pyside / f for f in QT_FILES]) / mib, 1)
    found: list[Path] = []
    for name in AIOHTTP_PACKAGES:
        dist = importlib.metadata.distribution(name)
        found += [
            Path(str(dist.locate_file(f)))
            for f in dist.files or ()
            if f.suffix in (".py", ".so") and "__pycache__" not in str(f)
        ]
    out["aiohttp_mib"] = round(files_size(found) / mib, 1)
    return out


def make_venv(folder: Path) -> Path:
    """A throwaway environment: ipquiz, and PySide6-Addons of the installed version."""
    version = importlib.metadata.version("PySide6-Essentials")
    python = folder / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    subprocess.run(
        [
            *(str(python), "-m", "pip", "install", "--quiet", "-e", str(ROOT)),
            *(f"PySide6-Essentials=={version}", f"PySide6-Addons=={version}"),
        ],
        check=True,
    )
    return python


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    live_class.class_arguments(parser)
    parser.add_argument("--runs", type=int, default=3, help="runs of each server")
    parser.add_argument("--make-venv", type=Path, metavar="DIR")
    parser.add_argument("--one", choices=("aiohttp", "qt"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.one:
        print(json.dumps(one_class(args.one, args)))
        return 0
    if not qt_server_installed():
        if args.make_venv is None:
            print(
                "PySide6-Addons (QtHttpServer, QtWebSockets) is not installed here: "
                "run again with --make-venv DIR",
                file=sys.stderr,
            )
            return 2
        python = make_venv(args.make_venv)
        rest = [a for a in sys.argv[1:] if a not in ("--make-venv", str(args.make_venv))]
        return subprocess.run([str(python), __file__, *rest], check=False).returncode
    variants = {"aiohttp": ["--one", "aiohttp"], "qt": ["--one", "qt"]}
    result = live_class.alternate(__file__, variants, args, args.runs)
    result.update(bundle_costs())
    return live_class.report(result, as_json=args.json)


if __name__ == "__main__":
    raise SystemExit(main())
