"""What a screen reader hears for each control: walks a screen's widget tree through Qt's
accessibility interfaces and lists every control with no name, or (in Chinese) a name
left in English."""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QHeaderView, QScrollBar, QWidget

from ipquiz.gui.focus_ring import CONTROLS

#: Parts of another control, named by it (a table's header, a scroll area's bars).
PARTS = (QHeaderView, QScrollBar)
#: Words that are the same in both languages: the language switch names itself.
SAME_IN_BOTH = {"English"}
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
HAN = re.compile(r"[\u4e00-\u9fff]")


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def unnamed_controls(root: QWidget, lang: str, *, data: set[str] = frozenset()) -> list[str]:
    """Visible controls with no spoken name, or with an English one on a Chinese screen.
    `data` holds texts from the bank or a person (question text, names): not translated."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, PARTS) or not widget.isVisible():
            continue
        name = spoken_name(widget)
        if not name:
            found.append(f"{describe(widget)}: no name")
        elif (
            lang == "zh-CN"
            and not HAN.search(name)
            and set(ENGLISH_WORD.findall(name)) - SAME_IN_BOTH
            and not any(d and d in name for d in data)
        ):
            found.append(f"{describe(widget)}: English name {name!r} on a Chinese screen")
    return found
