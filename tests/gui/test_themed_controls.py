"""Drop-down lists and scroll bars wear the theme, at home and in the kiosk, instead of
the platform style's grey."""

from __future__ import annotations

from collections import Counter

import pytest
from contrast import contrast
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QListWidget,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ipquiz.domain.accessibility import AccessPreset
from ipquiz.gui.accessibility import put_in_force
from ipquiz.gui.kiosk.scale import scale_for, stylesheet
from ipquiz.gui.prompts import message_box
from ipquiz.gui.theme import apply_theme
from ipquiz.gui.widgets import MIN_TARGET_PX

HANDLE, TRACK, FIELD = "#5b78d0", "#e4e9f4", "#ffffff"  # resources/themes/light.qss


def colours(image: QImage, widget: QWidget, host: QWidget, xs: range, y: int) -> Counter[str]:
    return Counter(image.pixelColor(widget.mapTo(host, QPoint(x, y))).name() for x in xs)


class Host(QWidget):
    """A drop-down list above a list long enough to scroll."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.combo = QComboBox()
        self.combo.addItems(["保留题库中的版本", "Replace them", "导入为新题"])
        self.combo.setMinimumHeight(MIN_TARGET_PX)
        self.items = QListWidget()
        self.items.addItems([f"第 {n} 题" for n in range(80)])
        layout.addWidget(self.combo)
        layout.addWidget(self.items)


@pytest.fixture(params=["home", "kiosk", "high contrast"])
def host(request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot) -> Host:
    put_in_force(AccessPreset(high_contrast=request.param == "high contrast"))
    apply_theme(qapp)
    host = Host()
    if request.param == "kiosk":
        host.setStyleSheet(stylesheet(scale_for(QSize(1920, 1080))))
    qtbot.addWidget(host)
    host.resize(600, 400)
    host.show()
    qtbot.waitExposed(host)
    return host


def test_scroll_bar_is_a_blue_handle_on_a_pale_track(host: Host) -> None:
    bar = host.items.verticalScrollBar()
    assert bar.isVisible()
    image = host.grab().toImage()
    middle = range(bar.width() // 2 - 1, bar.width() // 2 + 2)

    def at(y: int) -> str:
        return colours(image, bar, host, middle, y).most_common(1)[0][0]

    handle, track = at(bar.height() // 40), at(bar.height() - 10)  # the list is at its top
    assert (handle, track) == (HANDLE, TRACK)
    assert contrast(handle, track) >= 3.0  # WCAG 1.4.11: a control's parts


def test_drop_down_is_the_fields_white_with_an_arrow_and_large_rows(host: Host) -> None:
    combo = host.combo
    image = host.grab().toImage()
    right = range(combo.width() - 90, combo.width() - 8)
    # Above the arrow, the drop-down part is the field's own white, not a grey button.
    assert set(colours(image, combo, host, right, combo.height() // 5)) == {FIELD}
    # The arrow is drawn, dark on white.
    middle = colours(image, combo, host, right, combo.height() // 2)
    assert any(int(c[1:3], 16) < 0x60 for c in middle), middle
    # A list under the field (not a menu over the field), with rows a finger can hit.
    popup_over_field = QStyle.StyleHint.SH_ComboBox_Popup
    assert not combo.style().styleHint(popup_over_field, None, combo)
    view = combo.view()
    view.ensurePolished()
    assert view.sizeHintForRow(1) >= MIN_TARGET_PX - 4


def test_a_warning_is_white_with_a_touch_sized_button(host: Host, qtbot: QtBot) -> None:
    box = message_box(
        host, QMessageBox.Icon.Warning, "导出失败", "设备已拔出。", QMessageBox.StandardButton.Ok
    )
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    (ok,) = box.buttons()
    assert ok.height() >= MIN_TARGET_PX
    assert box.grab().toImage().pixelColor(box.width() // 2, 3).name() == FIELD
