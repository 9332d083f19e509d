"""A kiosk on PostgreSQL whose server really stops mid-round: the answer waits on screen
("Reconnecting…"), and once the server is back it is stored, exactly once, and the round
carries on."""

from __future__ import annotations

import pytest
from dbcheck import committed
from kiosk_driver import MakeKiosk
from pgcluster import Postgres
from PySide6.QtCore import Qt

from ipquiz.domain.quiz import Phase


@pytest.mark.slow
@pytest.mark.postgresql_only
def test_a_kiosk_rides_out_a_stopped_server(
    make_kiosk: MakeKiosk, database_url: str, postgres: Postgres
) -> None:
    kiosk = make_kiosk()  # IPQUIZ_DATABASE points at the test's PostgreSQL database
    window, qtbot = kiosk.window, kiosk.qtbot
    assert window.services is not None
    assert window.services.db.url.startswith("postgresql")
    window.calls.retry_delays_ms = (300,)
    kiosk.start()
    active = window.active
    assert active is not None
    kiosk.answer(right=True)  # a first answer while the server is up
    kiosk.tap(window.round.next_button)

    postgres.cluster.stop("fast")
    try:
        button = window.round.buttons[0]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if window.round.confirm_button.isVisible():  # a multiple-answer question
            qtbot.mouseClick(window.round.confirm_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.calls.reconnecting, timeout=30_000)
        assert window.busy.heading.text() == "Reconnecting…"
        qtbot.waitUntil(lambda: window.busy.showing_card, timeout=5_000)
        assert button.isChecked()  # the visitor's answer stays on screen…
        assert not window.round.feedback.isVisible()  # …unacknowledged
        assert active.quiz.phase is Phase.QUESTION
    finally:
        postgres.cluster.start()

    qtbot.waitUntil(lambda: window.calls.idle, timeout=30_000)
    assert window.round.feedback.isVisible()
    assert not window.busy.isVisible()
    kiosk.tap(window.round.next_button)
    while active.quiz.phase is not Phase.FINISHED:  # the round carries on to the end
        kiosk.answer(right=False)
        kiosk.tap(window.round.next_button)
    assert kiosk.screen is window.result

    rows = committed(
        database_url,
        "SELECT position, count(*) FROM responses WHERE attempt_id = :a GROUP BY position",
        a=active.attempt_id,
    )
    assert sorted(tuple(r) for r in rows) == [(p, 1) for p in range(active.quiz.total)]
    status = committed(
        database_url, "SELECT status FROM attempts WHERE id = :a", a=active.attempt_id
    )
    assert status == [("finished",)]
