"""Services that fail the test when the window calls them on the UI thread.

Every GUI test opens its window on services wrapped here, so a service call that skips
`ServiceCalls` (and would freeze the window while the database answers) fails the suite.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any

from pytestqt.qtbot import QtBot

from ipquiz.gui.service_calls import ServiceCalls
from ipquiz.services.app import AppServices

#: Every window's ServiceCalls made in the running test (conftest.py registers them).
live_calls: weakref.WeakSet[ServiceCalls] = weakref.WeakSet()

#: Calls made on the UI thread, as "Class.method"; a test fixture fails on any.
violations: list[str] = []


def settle(qtbot: QtBot) -> None:
    """Wait until every window's service calls have answered (as a person waits for the
    busy state to clear); a call waiting to reconnect is left waiting."""

    def quiet() -> bool:
        return all(calls.idle or calls.reconnecting for calls in list(live_calls))

    qtbot.waitUntil(quiet, timeout=10_000)


class OffUiThread:
    """Proxy for a service object: its methods (and its services' methods) check the thread."""

    def __init__(self, target: object) -> None:
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name: str) -> Any:
        target = object.__getattribute__(self, "_target")
        value = getattr(target, name)
        if type(value).__module__.startswith("ipquiz.services.") and not callable(value):
            return OffUiThread(value)  # a service held by a service (kiosk.quiz, kiosk.pin)
        if not callable(value) or name.startswith("__"):
            return value
        where = f"{type(target).__name__}.{name}"

        def checked(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                violations.append(where)
                raise AssertionError(f"{where} was called on the UI thread")
            return value(*args, **kwargs)

        return checked

    def __setattr__(self, name: str, value: object) -> None:
        setattr(object.__getattribute__(self, "_target"), name, value)


def guarded(services: AppServices) -> AppServices:
    """`services` with every service behind the thread check (closing stays unchecked)."""
    real_quiz = services.quiz
    services.quiz = OffUiThread(real_quiz)  # type: ignore[assignment]
    services.bank = OffUiThread(services.bank)  # type: ignore[assignment]
    services.results = OffUiThread(services.results)  # type: ignore[assignment]
    services.sets = OffUiThread(services.sets)  # type: ignore[assignment]
    services.rosters = OffUiThread(services.rosters)  # type: ignore[assignment]
    make_kiosk = services.kiosk

    def kiosk(**options: Any) -> Any:
        """The kiosk service on the real quiz service, behind one check (so `unguarded`
        gives a test a kiosk service that checks nothing)."""
        guarded_quiz, services.quiz = services.quiz, real_quiz
        try:
            return OffUiThread(make_kiosk(**options))
        finally:
            services.quiz = guarded_quiz

    services.kiosk = kiosk  # type: ignore[method-assign]
    return services


def unguarded(service: Any) -> Any:
    """The real object behind a proxy, for a test's own checks on the UI thread."""
    return (
        object.__getattribute__(service, "_target") if isinstance(service, OffUiThread) else service
    )
