"""This machine's own settings, not shared with the other stations of a stand.

Everything the operator sets for the stand lives in the shared database; what belongs
to one machine (its name among the stations) lives in a small JSON file in its data
folder, written atomically. A missing or unreadable file means "nothing set".
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from ipquiz.safe_files import atomic_text, read_limited

log = logging.getLogger(__name__)

LOCAL_FILE = "local-settings.json"
MAX_BYTES = 64 * 1024  # a few names; anything bigger is not ours


def read_local(data_dir: Path) -> dict[str, str]:
    path = data_dir / LOCAL_FILE
    try:
        stored = json.loads(read_limited(path, MAX_BYTES).decode("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("ignoring the local settings in %s: %s", path, exc)
        return {}
    if not isinstance(stored, dict):
        return {}
    return {str(k): v for k, v in stored.items() if isinstance(v, str)}


def write_local(data_dir: Path, **values: str) -> None:
    """Set `values`, keeping the others; the file is replaced whole or not at all."""
    merged = read_local(data_dir) | values
    data_dir.mkdir(parents=True, exist_ok=True)
    with atomic_text(data_dir / LOCAL_FILE) as out:
        json.dump(merged, out, ensure_ascii=False, indent=2, sort_keys=True)
        out.write("\n")
