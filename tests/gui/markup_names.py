"""Names carrying markup, and a check that no label renders them (shared by the home
and the kiosk plain-text tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

IMG = '<img src="file:///etc/hostname">Alpha'
LINK = '<a href="https://example.com/">Beta</a>'
NICK = '<img src="x"><a href="y">Mallory</a>'


@pytest.fixture
def marked_bank(small_bank: Path) -> Path:
    """The fixture bank with markup in both category names, in both languages."""
    for name, text in (("alpha.yaml", IMG), ("beta.yaml", LINK)):
        path = small_bank / name
        yaml = path.read_text(encoding="utf-8")
        yaml = yaml.replace("en: Alpha", f"en: '{text}'").replace("en: Beta", f"en: '{text}'")
        yaml = yaml.replace("zh-CN: 甲类", f"zh-CN: '{text}'").replace(
            "zh-CN: 乙类", f"zh-CN: '{text}'"
        )
        path.write_text(yaml, encoding="utf-8")
        assert text in path.read_text(encoding="utf-8")
    return small_bank


def rich_labels(root: QWidget, *needles: str) -> list[str]:
    """Labels showing one of `needles` that Qt may render as rich text."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if any(n in text for n in needles) and label.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"{label.objectName() or type(label.parent()).__name__}: {text!r}")
    return found


def labels_showing(root: QWidget, needle: str) -> int:
    return sum(needle in label.text() for label in root.findChildren(QLabel))
