"""Every interface string is translated, and the compiled file matches its source."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ipquiz.domain.language import EN, ZH
from ipquiz.gui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


def test_translations_complete_and_compiled() -> None:
    spec = importlib.util.spec_from_file_location(
        "translations", REPO / "packaging" / "translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.check() == []


def test_qt_standard_buttons_speak_the_windows_language(qtbot: QtBot, window: MainWindow) -> None:
    """Qt's own translation is loaded with ours: a dialog's standard buttons follow the
    language chosen on the start screen, and go back with it."""
    buttons = {b.property("value"): b for b in window.start.language.group.buttons()}
    standard = QDialogButtonBox.StandardButton

    def texts() -> list[str]:
        box = QDialogButtonBox(standard.Ok | standard.Cancel | standard.Close)
        return [box.button(b).text() for b in (standard.Ok, standard.Cancel, standard.Close)]

    assert texts() == ["OK", "Cancel", "Close"]
    qtbot.mouseClick(buttons[ZH], Qt.MouseButton.LeftButton)
    assert texts() == ["确定", "取消", "关闭"]
    qtbot.mouseClick(buttons[EN], Qt.MouseButton.LeftButton)
    assert texts() == ["OK", "Cancel", "Close"]
