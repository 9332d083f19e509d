"""Never a traceback on screen: an unexpected error becomes one line that says what
failed and where the full report went, a rotating log file in the data folder.

Used by the command line and by the window (sys.excepthook, failed background work).
Every record is masked (`ipquiz.redact`) before it reaches the screen or the file.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import NamedTuple

from ipquiz.redact import redact

LOG_DIRNAME = "logs"
LOG_FILENAME = "ipquiz.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3  # ipquiz.log.1 … .3: at most 4 MB of history
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

logger = logging.getLogger("ipquiz")


class RedactingFormatter(logging.Formatter):
    """Masks passwords in the message and in the traceback text alike."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _LogFile(logging.handlers.RotatingFileHandler):
    """A log file that never prints Python's "--- Logging error ---" when it cannot write
    (a read-only or full data folder): it remembers why, and the one line says so."""

    failure: BaseException | None = None

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        self.failure = sys.exc_info()[1]

    def write(self, record: logging.LogRecord) -> BaseException | None:
        """Handle one record; returns why it could not be written, or None."""
        self.failure = None
        self.handle(record)
        return self.failure

    def emit(self, record: logging.LogRecord) -> None:
        try:
            Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.failure = exc
            return
        super().emit(record)


def _not_file_only(record: logging.LogRecord) -> bool:
    return not getattr(record, "file_only", False)


def note(message: str, *args: object, level: int = logging.WARNING) -> None:
    """Log to the file only: the screen already got its own line."""
    logger.log(level, message, *args, extra={"file_only": True})


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_DIRNAME / LOG_FILENAME


def install(data_dir: Path, *, stderr_level: int = logging.WARNING) -> Path:
    """Send warnings to stderr and everything from INFO up to the rotating log file.

    The file and its folder are created only when the first record arrives. Calling it
    again (another data folder, a second window) replaces the earlier handlers.
    """
    uninstall()
    root = logging.getLogger()
    path = log_path(data_dir)
    formatter = RedactingFormatter(FORMAT)
    screen = logging.StreamHandler()
    screen.setLevel(stderr_level)
    screen.addFilter(_not_file_only)
    screen.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
    file = _LogFile(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    file.setLevel(logging.INFO)
    file.setFormatter(formatter)
    for handler in (screen, file):
        setattr(handler, "_ipquiz", True)  # noqa: B010 (a mark on a library object)
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def uninstall() -> None:
    """Close the handlers `install` added (the end of a command, or of a test)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_ipquiz", False):
            root.removeHandler(handler)
            handler.close()


def _log_file() -> _LogFile | None:
    return next((h for h in logging.getLogger().handlers if isinstance(h, _LogFile)), None)


class UnexpectedReport(NamedTuple):
    what: str
    summary: str  # "ValueError: …", masked
    log: Path | None  # where the full report went; None if it could not be written
    problem: str = ""  # why it could not be written

    @property
    def line(self) -> str:
        head = f"{self.what} failed unexpectedly: {self.summary}"
        if self.log is not None:
            return f"{head}; the full report is in {self.log}"
        return f"{head} (the report could not be written: {self.problem or 'no log file'})"


def record_unexpected(error: BaseException, *, what: str) -> UnexpectedReport:
    """Write the full report (with the traceback) to the log file only, never the screen.

    `what` names the action that failed ("`ipquiz bank import`", "Start").
    """
    summary = redact(_first_line(error))
    file = _log_file()
    if file is None:
        return UnexpectedReport(what, summary, None, "no log file is set up")
    record = logger.makeRecord(
        logger.name, logging.ERROR, "(error_log)", 0, f"{what} failed", (), None
    )
    record.exc_info = (type(error), error, error.__traceback__)
    failure = file.write(record)
    if failure is not None:
        return UnexpectedReport(what, summary, None, redact(_first_line(failure)))
    return UnexpectedReport(what, summary, Path(file.baseFilename))


def report_unexpected(error: BaseException, *, what: str) -> str:
    """The one line to show for an unexpected error, after writing its full report."""
    return record_unexpected(error, what=what).line


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    first = text.splitlines()[0] if text else ""
    return f"{type(error).__name__}: {first}" if first else type(error).__name__
