"""Database faults in the window's language: one translated line per kind.

The storage layer classifies (`ipquiz.storage.faults`) and speaks English for the
command line and the log; the window shows these words instead. Kinds are compared
as strings so this module does not import the database layer before the first paint.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication


class Fault(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def where(self) -> str: ...


def fault_text(fault: Fault) -> str:
    """What is wrong and what to do, naming the file or the (masked) server."""
    texts = {
        "read-only": QCoreApplication.translate(
            "FaultText",
            "Cannot write to the database {0}: its folder or file is read-only. "
            "Make them writable, or start ipquiz with another data folder.",
        ),
        "locked": QCoreApplication.translate(
            "FaultText",
            "Another program holds the database {0}. Close it or wait for it to finish, "
            "then try again.",
        ),
        "disk-full": QCoreApplication.translate(
            "FaultText",
            "The disk holding the database {0} is full. Free some space, then try again.",
        ),
        "damaged": QCoreApplication.translate("FaultText", "The database {0} is damaged."),
        "cannot-open": QCoreApplication.translate(
            "FaultText",
            "Cannot open the database {0}. Check that the folder exists and is writable, "
            "and that the name, user and password are right.",
        ),
        "bad-url": QCoreApplication.translate("FaultText", "Cannot use the database address {0}."),
        "connection-lost": QCoreApplication.translate(
            "FaultText",
            "Lost the connection to the database {0}. Check that the server is running "
            "and reachable; trying again.",
        ),
        "conflict": QCoreApplication.translate(
            "FaultText", "The database {0} stopped a change that clashed with another station's."
        ),
    }
    return texts.get(
        str(fault.kind), QCoreApplication.translate("FaultText", "The database {0} failed.")
    ).format(fault.where)
