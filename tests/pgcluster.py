"""A throwaway PostgreSQL cluster in a temporary folder, for the tests and benchmarks.

Debian's server binaries (package `postgresql`) are found under /usr/lib/postgresql.
PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres`
user and its commands run through `runuser`. It listens on a free loopback port with
fsync off: the data is thrown away, and the suite stays fast.

    python tests/pgcluster.py      # start one by hand; prints its URL, Ctrl-C stops it
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SERVER_ROOT = Path("/usr/lib/postgresql")
SUPERUSER = "postgres"
#: The tests' template: a database at the newest schema, copied for each test.
TEMPLATE = "ipquiz_head"


def server_bin() -> Path | None:
    """The newest installed server's bin folder, or None without a server."""
    found = sorted(
        (p for p in SERVER_ROOT.glob("*/bin") if (p / "pg_ctl").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1]
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """initdb, start, stop and URLs of one cluster; `owner` runs the server when root."""

    def __init__(self, folder: Path, *, port: int | None = None, durable: bool = False) -> None:
        bin_dir = server_bin()
        if bin_dir is None:
            raise RuntimeError("no PostgreSQL server found: install the `postgresql` package")
        self.bin = bin_dir
        self.folder = folder
        self.data = folder / "data"
        self.port = port or free_port()
        self.as_root = os.geteuid() == 0
        self.durable = durable  # fsync and synchronous commits on, as a real server runs

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True)

    def init(self) -> None:
        if self.as_root:
            shutil.chown(self.folder, SUPERUSER, SUPERUSER)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
            "-c max_connections=300 -c shared_buffers=64MB"
        )
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str) -> None:
        """One statement as the superuser, outside a transaction (CREATE DATABASE)."""
        self._run(
            "psql",
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            SUPERUSER,
            "-d",
            "postgres",
            "-v",
            "ON_ERROR_STOP=1",
            "-q",
            "-c",
            statement,
        )


@contextlib.contextmanager
def running_cluster(*, durable: bool = False) -> Iterator[Cluster]:
    """A started cluster in a new temporary folder; stopped and removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="ipquiz-pg-"))
    cluster = Cluster(folder, durable=durable)
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        cluster.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Postgres:
    """The session's cluster: hands out fresh databases, empty or at the newest schema."""

    cluster: Cluster
    names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def fresh(self, *, migrated: bool = True) -> str:
        name = f"t{next(self.names)}"
        template = TEMPLATE if migrated else "template0"
        self.cluster.sql(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
        return self.cluster.url(name)


if __name__ == "__main__":
    with running_cluster() as c:
        print(c.url(), flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
