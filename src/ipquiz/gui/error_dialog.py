"""One line, never a traceback: an unexpected error in the window becomes a dialog that
says what failed and where the full report was written (`ipquiz.error_log`).

`install_excepthook` catches what escapes a slot or an event handler (PySide6 hands
those to sys.excepthook) and shows it with `show_unexpected`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ipquiz.error_log import UnexpectedReport, record_unexpected

_shown: set[QMessageBox] = set()


def unexpected_text(report: UnexpectedReport) -> str:
    """The dialog's words in the window's language; the English line goes to details."""
    head = QCoreApplication.translate("ErrorDialog", "Something went wrong: {0}").format(
        report.summary
    )
    if report.log is not None:
        return (
            head
            + "\n"
            + QCoreApplication.translate(
                "ErrorDialog", "The full report was written to {0}"
            ).format(report.log)
        )
    return (
        head
        + "\n"
        + QCoreApplication.translate("ErrorDialog", "The report could not be written: {0}").format(
            report.problem
        )
    )


def show_unexpected(parent: QWidget | None, error: BaseException, *, what: str) -> QMessageBox:
    """Log `error` in full and show the one line; the dialog does not block the caller."""
    report = record_unexpected(error, what=what)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Unexpected error"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote a file's content
    box.setText(unexpected_text(report))
    box.setDetailedText(report.line)
    box.setObjectName("unexpectedError")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _shown.add(box)  # a parentless box would be collected before anyone read it
    box.finished.connect(lambda _result: _shown.discard(box))
    box.open()
    return box


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(*, dialog: bool = True) -> ExceptHook:
    """Route errors that escape Qt callbacks to the log and (unless `dialog` is False, as
    on an unattended kiosk) to a dialog. Returns the hook it replaced."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: as before
            previous(kind, error, tb)
            return
        if error.__traceback__ is None:
            error.__traceback__ = tb
        what = QCoreApplication.translate("ErrorDialog", "The last action")
        if dialog and QApplication.instance() is not None:
            show_unexpected(QApplication.activeWindow(), error, what=what)
        else:
            record_unexpected(error, what=what)

    sys.excepthook = hook
    return previous
