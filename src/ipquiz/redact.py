"""Credentials never leave the process: database URLs and driver messages are masked
before they are shown, logged or written to a file.

Plain text functions (no database library), so the CLI, the window, the log and the
storage layer share one rule.
"""

from __future__ import annotations

import re

MASK = "***"

# scheme://user:password@host — the password runs to the last "@" before the host part.
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s/:@]*:)[^\s/]*@")
# libpq-style "password=secret" or password='sec ret' inside a connection string or message.
_KEY_PASSWORD = re.compile(
    r"(?P<head>\b(?:password|passwd|pwd)\s*=\s*)(?:'(?:[^'\\]|\\.)*'|\S+)", re.I
)


def redact(text: str) -> str:
    """`text` with every password in a URL or a key=value pair replaced by ***."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}{MASK}@", text)
    return _KEY_PASSWORD.sub(lambda m: f"{m['head']}{MASK}", text)


def display_url(url: str) -> str:
    """A database URL as shown to people: a SQLite URL as its file path, others masked."""
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            path = url.removeprefix(prefix).removeprefix("file:").split("?")[0]
            return path or "(in memory)"
    return redact(url)
