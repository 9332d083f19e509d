"""Running ipquiz (from source or frozen) as a user would, and judging what it prints.

Like qutebrowser's release smoke test, any output line that is neither the program's own
nor on the allow-list below fails the test: a missing file, plugin or library shows up
as a warning on stderr long before it shows up as a bug report.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SELF_TEST_PREFIX = "self-test:"

#: Output that is expected and harmless: a pattern per line, each with its reason. Empty
#: today; keep it short, since every entry is a warning these tests no longer see.
ALLOWED_NOISE: tuple[re.Pattern[str], ...] = ()


def unexpected_lines(text: str, *, own_prefix: str | None = None) -> list[str]:
    """Lines that are neither ours (starting with `own_prefix`) nor allowed noise."""
    return [
        line
        for line in text.splitlines()
        if line.strip()
        and not (own_prefix and line.startswith(own_prefix))
        and not any(p.search(line) for p in ALLOWED_NOISE)
    ]


def run(
    command: list[str], *, env: dict[str, str] | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """Run offscreen, never on the developer's database."""
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    full_env.pop("IPQUIZ_DATABASE", None)
    full_env.pop("IPQUIZ_STARTUP_REPORT", None)
    full_env.update(env or {})
    return subprocess.run(
        command,
        env=full_env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def source_command() -> list[str]:
    return [sys.executable, "-m", "ipquiz"]


def describe(done: subprocess.CompletedProcess[str]) -> str:
    return f"exit code {done.returncode}\n--- stdout\n{done.stdout}--- stderr\n{done.stderr}"
