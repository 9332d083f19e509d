"""Spreadsheet cells that are safe to open: text Excel would run as a formula is
prefixed with an apostrophe.

A cell starting with = + - @ (or a tab or carriage return) is taken by Excel, WPS
and LibreOffice as a formula, which a crafted question or a student's name could
use to run commands ("CSV injection"). `neutralize` puts one apostrophe in front of
such text; `restore` takes it off again on import, so writing and reading a
spreadsheet gives back the same text. Text that already starts with apostrophes
before a risky character gets one more, so `restore(neutralize(x)) == x` always.
"""

from __future__ import annotations

from typing import overload

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _risky(text: str) -> bool:
    return text.lstrip("'").startswith(FORMULA_PREFIXES)


@overload
def neutralize(value: str) -> str: ...


@overload
def neutralize(value: object) -> object: ...


def neutralize(value: object) -> object:
    """Prefix risky text with an apostrophe; numbers, booleans and safe text pass unchanged."""
    if isinstance(value, str) and _risky(value):
        return "'" + value
    return value


def restore(value: str) -> str:
    """Undo `neutralize`: drop the one apostrophe it put before risky text."""
    if value.startswith("'") and _risky(value[1:]):
        return value[1:]
    return value
