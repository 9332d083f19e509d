"""The start screen's topics as last loaded, kept beside the database.

The window shows them at once, before the database layer is even imported (that
import alone takes longer than Qt needs to paint the window); the live list replaces
them a moment later, when loading has finished.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from ipquiz.domain.question import Category
from ipquiz.redact import redact
from ipquiz.safe_files import write_bytes

FILE_NAME = "topics.json"
log = logging.getLogger(__name__)


def read_topics(data_dir: Path, database_url: str) -> list[tuple[Category, int]]:
    """The cached topics of that database, or [] when there is no usable cache."""
    try:
        raw = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
        if raw.get("database") != redact(database_url):
            return []
        return [
            (
                Category(id=str(t["id"]), names={str(k): str(v) for k, v in t["names"].items()}),
                int(t["count"]),
            )
            for t in raw["topics"]
        ]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return []


def write_topics(data_dir: Path, database_url: str, topics: list[tuple[Category, int]]) -> None:
    data = {
        "database": redact(database_url),  # a password never lands in a file
        "topics": [{"id": c.id, "names": dict(c.names), "count": n} for c, n in topics],
    }
    path = data_dir / FILE_NAME
    try:
        write_bytes(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except OSError as exc:  # a cache: never worth failing for
        log.warning("cannot write %s: %s", path, exc)
