"""A question's picture is on screen, with its description, in the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bank_pictures import picture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.question_image import QuestionImageView


def shows_picture_when_it_has_one(view: QuestionImageView, qid: str, description: str) -> bool:
    """True if the question (the fixture bank's a-single) has a picture and it is shown."""
    if qid != "a-single":
        assert not view.isVisible(), qid
        return False
    assert view.isVisible()
    assert not view.pixmap().isNull()
    assert view.accessibleName() == description
    return True


def test_the_window_shows_the_picture_of_the_question_that_has_one(
    open_window: Callable[..., MainWindow], small_bank: Path, qtbot: QtBot
) -> None:
    def click(widget: QWidget) -> None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    picture(small_bank)
    window = open_window(lang="zh-CN")
    window.start.name.setText("李雷")
    click(window.start.length.group.buttons()[0])  # 5 questions: the whole fixture bank
    click(window.start.start_button)
    screen = window.question
    seen = []
    for _ in range(5):
        assert window.active is not None
        qid = window.active.quiz.current.question.id
        seen.append(shows_picture_when_it_has_one(screen.image, qid, "一个圆圈"))
        click(screen._buttons[0])
        click(screen.action_button)
        click(screen.action_button)
    assert seen.count(True) == 1
