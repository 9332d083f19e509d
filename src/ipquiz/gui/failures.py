"""What the window says when a service call fails: one line, in the interface language."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Failure:
    """A failed service call as the window shows it."""

    message: str  # one line, translated
    transient: bool  # may pass by itself (server restarting, lock held): worth retrying
    error: Exception


def one_line(exc: BaseException) -> str:
    """The first line of an error's text (never a traceback), or its type's name."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def describe_failure(exc: Exception) -> Failure:
    log.error("service call failed: %s", one_line(exc), exc_info=exc)
    return Failure(
        message=QCoreApplication.translate("Failures", "Something went wrong: {0}").format(
            one_line(exc)
        ),
        transient=False,
        error=exc,
    )
