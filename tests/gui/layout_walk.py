"""What the layout walks check on every screen they visit: no clipped text, no control out
of reach, no touch target too small. Shared by the home and kiosk walks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from ipquiz.gui.widgets import ChoiceButton, WrappingButton

#: Screen sizes every walk visits (the kiosk adds a portrait one).
SIZES = ((1024, 768), (1366, 768), (1920, 1080), (3840, 2160))
CONTROLS = (QAbstractButton, QComboBox, QLineEdit)


def shown(root: QWidget, kind: type[QWidget]) -> Iterator[QWidget]:
    for widget in root.findChildren(kind):
        if widget.isVisible() and widget.width() > 0 and widget.window() is root.window():
            yield widget


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)) else ""
    return f"{type(widget).__name__}#{widget.objectName()} {text[:40]!r}"


def _inside(widget: QWidget) -> QWidget | None:
    """The scroll area's content `widget` is in, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QWidget) and isinstance(
            parent.parentWidget().parentWidget(), QScrollArea
        ):
            return parent
        parent = parent.parentWidget()
    return None


def clipped(root: QWidget) -> list[str]:
    """Text wider or taller than the room it has, unless shortened with "…" and its whole
    text in the tooltip."""
    problems = []
    for label in shown(root, QLabel):
        assert isinstance(label, QLabel)
        inside = label.parentWidget()
        if not label.text() or (
            isinstance(inside, WrappingButton) and not isinstance(inside, ChoiceButton)
        ):
            continue  # an answer tile's text, letter and mark are checked as labels
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()) - 1:
                problems.append(f"{_name(label)} cut at the bottom")
            elif label.width() < label.minimumSizeHint().width() - 1 and not label.toolTip():
                widest = label.minimumSizeHint().width()  # its longest word
                problems.append(f"{_name(label)} {label.width()} < {widest} px (a word cut)")
        elif label.width() < label.sizeHint().width() - 1 and not label.toolTip():
            problems.append(f"{_name(label)} {label.width()} < {label.sizeHint().width()} px")
        elif label.height() < label.sizeHint().height() - 1:
            problems.append(
                f"{_name(label)} {label.height()} px high < {label.sizeHint().height()}"
            )
    for button in shown(root, QAbstractButton):
        assert isinstance(button, QAbstractButton)
        if isinstance(button, WrappingButton):
            if button.height() < button.heightForWidth(button.width()) - 1:
                problems.append(f"{_name(button)} cut at the bottom")
        elif button.text() and button.height() < button.sizeHint().height() - 1:
            problems.append(
                f"{_name(button)} {button.height()} px high < {button.sizeHint().height()}"
            )
        elif (
            button.text()
            and button.width() < button.sizeHint().width() - 1
            and not ("…" in button.text() and button.toolTip())
        ):
            problems.append(f"{_name(button)} {button.width()} < {button.sizeHint().width()} px")
    return problems + _beyond_parent(root)


def _beyond_parent(root: QWidget) -> list[str]:
    """Text or a control reaching past the widget it sits in, which cuts it off there."""
    problems = []
    for widget in (w for kind in (QLabel, *CONTROLS) for w in shown(root, kind)):
        parent = widget.parentWidget()
        if (
            parent is None
            or parent is root.window()
            or isinstance(parent.parentWidget(), QScrollArea)
        ):
            continue
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else "x"
        if text and not parent.rect().adjusted(-1, -1, 1, 1).contains(widget.geometry()):
            problems.append(f"{_name(widget)} at {widget.geometry().getRect()} past its parent")
    return problems


def out_of_reach(root: QWidget) -> list[str]:
    """A control outside the window, or in a scroll area wider than its view (reachable
    only by a sideways scroll nobody expects)."""
    window = root.window()
    bounds = QRect(QPoint(0, 0), window.size())
    problems = []
    for control in (c for kind in CONTROLS for c in shown(root, kind)):
        content = _inside(control)
        if content is None:
            box = QRect(control.mapTo(window, QPoint(0, 0)), control.size())
            if not bounds.contains(box):
                problems.append(f"{_name(control)} at {box.getRect()} off the window")
            continue
        area = content.parentWidget().parentWidget()
        assert isinstance(area, QScrollArea)
        box = QRect(control.mapTo(content, QPoint(0, 0)), control.size())
        if box.right() > area.viewport().width() + 1:
            problems.append(f"{_name(control)} beyond the view's right edge ({box.right()})")
    return problems


def out_of_view(widgets: Iterable[QWidget]) -> list[str]:
    """What a screen shows first (a score, a card's heading, the field being typed into)
    cut by the view of a scroll area it is in: it must not take a scroll to read."""
    problems = []
    for widget in (w for w in widgets if w.isVisible()):
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                view = parent.viewport()
                box = QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())
                if not view.rect().adjusted(-1, -1, 1, 1).contains(box):
                    shown = view.size()
                    problems.append(
                        f"{_name(widget)} at {box.getRect()} cut by a view of "
                        f"{shown.width()}x{shown.height()}"
                    )
            parent = parent.parentWidget()
    return problems


def small_targets(root: QWidget, least: int) -> list[str]:
    return [
        f"{_name(b)} {b.width()}x{b.height()} px"
        for b in shown(root, QAbstractButton)
        if min(b.width(), b.height()) < least
    ]


def layout_problems(root: QWidget, *, least: int, first: Iterable[QWidget] = ()) -> list[str]:
    """`first`: widgets the screen must show without a scroll."""
    for _ in range(3):  # layouts that depend on a width settle over a few passes
        QApplication.processEvents()
    return clipped(root) + out_of_reach(root) + small_targets(root, least) + out_of_view(first)
