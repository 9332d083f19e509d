"""Problems found in a question file, reported as `file:line: message`."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SHOWN = 300  # characters of a problem's message shown
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` with control characters shown as escapes (\\x1b, \\n): text from a file
    can never move the cursor, recolour or retitle the terminal, or break a line."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        message = self.message
        if len(message) > MAX_SHOWN:  # a value of thousands of characters quoted back
            message = message[:MAX_SHOWN] + f"… ({len(message)} characters)"
        return printable(f"{self.file}:{self.line}: {message}")


def yaml_line(exc: Exception) -> int:
    """The line a YAML error points at (1 when it points nowhere)."""
    mark = getattr(exc, "problem_mark", None)
    return int(mark.line) + 1 if mark is not None else 1


class BankFileError(Exception):
    """A file that cannot be read at all, or whose problems block an import."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
