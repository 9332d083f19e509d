"""A kiosk whose database is damaged: out of order, nothing written to the file, and
the operator's PIN (read from the damaged file) keeps it aside and starts afresh."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from kiosk_driver import PIN, MakeKiosk

from ipquiz.services.pin_hash import pin_matches


def damage_question_texts(path: Path) -> None:
    """Garbage over the root page of a big table; the kiosk settings stay readable."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'question_texts'"
        ).fetchone()
    conn.close()
    with path.open("r+b") as f:
        f.seek(page_size * (root - 1))
        f.write(b"\xa5" * page_size)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_operators_pin_starts_a_damaged_kiosk_afresh(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(damage=damage_question_texts)
    window, qtbot = kiosk.window, kiosk.qtbot
    db = kiosk.data_dir / "ipquiz.db"
    before = digest(db)
    qtbot.waitUntil(lambda: window._damaged is not None, timeout=20_000)
    assert kiosk.screen is window.broken
    assert window.kiosk is None  # nothing opened on the damaged file

    window.open_pin_pad()
    assert kiosk.screen is window.pin_pad
    kiosk.enter_pin("1357")
    qtbot.waitUntil(lambda: "Wrong PIN" in window.pin_pad.message.text(), timeout=10_000)
    assert digest(db) == before  # a wrong try is counted in memory, not in the file

    kiosk.enter_pin(PIN)
    qtbot.waitUntil(lambda: window.kiosk is not None, timeout=30_000)
    qtbot.waitUntil(lambda: kiosk.screen is window.attract, timeout=10_000)
    (kept,) = kiosk.data_dir.glob("ipquiz-damaged-*.db")
    assert digest(kept) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    conn.close()
    # The PIN came along (nobody else can set one), and it is the operator's.
    ((stored,),) = kiosk.sql("SELECT value FROM kiosk_settings WHERE key = 'pin_hash'")
    assert pin_matches(PIN, str(stored))
    qtbot.waitUntil(lambda: window.calls.idle, timeout=20_000)  # nothing left running
