"""What the window says when a service call fails: one line, in the reader's language.

Database errors are classified once, in `storage/faults.py` (the kind, whether it may
pass by itself, where); the window words each kind itself, so it can say it in Chinese
and English. Anything that is not a database fault is shown as its first line.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ipquiz.gui.i18n import translate_to

log = logging.getLogger(__name__)

CONTEXT = "Failures"
#: The window's words for each kind of database fault (storage.faults.FaultKind values).
TEXTS = {
    "read-only": str(
        QT_TRANSLATE_NOOP(
            "Failures",
            "The data folder is read-only, so nothing can be saved ({0}). "
            "Make it writable, or start ipquiz with another data folder.",
        )
    ),
    "locked": str(
        QT_TRANSLATE_NOOP(
            "Failures",
            "Another program holds the database ({0}). Close it or wait for it, then try again.",
        )
    ),
    "disk-full": str(
        QT_TRANSLATE_NOOP("Failures", "The disk is full ({0}). Free some space, then try again.")
    ),
    "damaged": str(
        QT_TRANSLATE_NOOP(
            "Failures", "The database is damaged ({0}). Keep it aside and start on a fresh copy."
        )
    ),
    "cannot-open": str(
        QT_TRANSLATE_NOOP(
            "Failures",
            "Cannot open the database ({0}). Check the folder, the name, the user and the password.",
        )
    ),
    "bad-url": str(QT_TRANSLATE_NOOP("Failures", "The database address cannot be used ({0}).")),
    "connection-lost": str(
        QT_TRANSLATE_NOOP(
            "Failures",
            "Lost the connection to the database server ({0}). Check that it is running and reachable.",
        )
    ),
    "conflict": str(
        QT_TRANSLATE_NOOP(
            "Failures", "Another station changed the same data at the same moment. Try again."
        )
    ),
}
OTHER = str(QT_TRANSLATE_NOOP("Failures", "Something went wrong: {0}"))


@dataclass(frozen=True, slots=True)
class Failure:
    """A failed service call as the window shows it."""

    kind: str  # a database fault's kind, or "" for any other error
    where: str  # the database file or masked server address; else the error's first line
    transient: bool  # may pass by itself (server restarting, lock held): worth retrying
    error: Exception

    @property
    def message(self) -> str:
        """One line in the interface's language."""
        return QCoreApplication.translate(CONTEXT, TEXTS.get(self.kind, OTHER)).format(self.where)

    def text(self, lang: str) -> str:
        """One line in `lang`, whatever the interface's language (the kiosk shows both)."""
        return translate_to(lang, CONTEXT, TEXTS.get(self.kind, OTHER)).format(self.where)


def one_line(exc: BaseException) -> str:
    """The first line of an error's text (never a traceback), or its type's name."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def describe_failure(exc: Exception, *, database_url: str) -> Failure:
    """Classify `exc` (runs on the UI thread; storage is imported only when a call fails)."""
    from ipquiz.storage.faults import classify

    fault = classify(exc, url=database_url)
    if fault is None:
        log.error("service call failed: %s", one_line(exc), exc_info=exc)
        return Failure(kind="", where=one_line(exc), transient=False, error=exc)
    log.warning("database fault (%s): %s", fault.kind, fault.detail or fault.message)
    return Failure(kind=str(fault.kind), where=fault.where, transient=fault.transient, error=exc)
