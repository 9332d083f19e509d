"""Classes as a teacher keeps them: an Excel-made GBK CSV imported into a new class, a list
typed into it, a bad list refused with its lines; the roster shown is the roster stored,
and the students play as themselves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
from off_ui_thread import unguarded
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from taps import click

from ipquiz.domain.spec import QuizSpec
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.screens.classes import ClassesScreen


def open_classes(qtbot: QtBot, window: MainWindow) -> ClassesScreen:
    click(qtbot, window.start.classes_button)
    assert window.stack.currentWidget() is window.classes
    return window.classes


def test_a_class_list_is_imported_typed_into_and_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    screen = open_classes(qtbot, window)
    assert screen.empty.isVisible()
    assert screen.list.count() == 0
    path = tmp_path / "初二3班.csv"
    path.write_bytes("学号,姓名,性别\n2023002,李雷,男\n2023001,王芳,女\n".encode("gbk"))
    asked: list[str] = []
    screen.ask_import_path = lambda: path  # type: ignore[method-assign]
    screen.ask_class_name = lambda suggested: asked.append(suggested) or "初二(3)班"  # type: ignore[method-assign]
    click(qtbot, screen.import_button)
    assert asked == ["初二3班"]  # the file's name is offered
    assert screen.status.text() == "初二(3)班: students added: 2."
    assert screen.class_title.text() == "初二(3)班"
    assert screen.shown_roster() == [("2023001", "王芳"), ("2023002", "李雷")]
    assert not screen.empty.isVisible()

    reports: list[str] = []
    screen.show_report = reports.append  # type: ignore[method-assign]
    screen.ask_typed_list = lambda: ("初二(3)班", "2023010 韩梅梅\n2023001 王芳")  # type: ignore[method-assign]
    click(qtbot, screen.type_button)
    assert screen.shown_roster() == [
        ("2023001", "王芳"),
        ("2023002", "李雷"),
        ("2023010", "韩梅梅"),
    ]
    assert reports == [
        "初二(3)班: students added: 1.\nAlready in the class: 1.\n"
        "In the class but not on this list (they stay): 李雷"
    ]
    card = screen.list.itemWidget(screen.list.item(0))
    assert (card.name.text(), card.summary.text()) == ("初二(3)班", "Students: 3")  # type: ignore[union-attr]

    # What the screen shows is what is stored, and the students are persons of the class.
    assert window.services is not None
    rosters = unguarded(window.services.rosters)
    (summary,) = rosters.classes()
    stored = [(p.roster_number, p.name) for p in rosters.students(summary.group.id)]
    assert stored == screen.shown_roster()
    wang = unguarded(window.services.persons).find("王芳", group_id=summary.group.id)
    active = unguarded(window.services.quiz).start(
        spec=QuizSpec.practice(count=1), lang="zh-CN", person_id=wang.id
    )
    assert active.person_id == wang.id

    # Exported, the file holds what the screen shows, and imports back as it is.
    exported = tmp_path / "roster.xlsx"
    screen.ask_export_path = lambda name: exported  # type: ignore[method-assign]
    click(qtbot, screen.export_button)
    assert screen.status.text() == f"3 students written to {exported}"
    book = openpyxl.load_workbook(exported)
    sheet = book.active
    assert sheet is not None
    rows = [tuple(str(c or "") for c in r) for r in sheet.iter_rows(values_only=True)]
    assert rows == [("Student number", "Name"), *screen.shown_roster()]
    again = rosters.import_file(exported, name="copy")
    assert [(p.roster_number, p.name) for p in rosters.students(again.group.id)] == stored

    refusals: list[str] = []
    screen.show_refusal = refusals.append  # type: ignore[method-assign]
    screen.ask_typed_list = lambda: ("初二(3)班", "1 张伟\n1 赵敏")  # type: ignore[method-assign]
    click(qtbot, screen.type_button)
    assert refusals == [
        "Nothing was imported: the typed list has problems.\n\n"
        "typed list:2: student number 1 is on line 1 too"
    ]
    assert len(screen.shown_roster()) == 3


def test_a_second_class_is_listed_and_chosen(qtbot: QtBot, window: MainWindow) -> None:
    screen = open_classes(qtbot, window)
    screen.show_report = lambda text: None  # type: ignore[method-assign]
    for name, text in (("一班", "1 王芳\n2 李雷"), ("二班", "王芳")):
        screen.ask_typed_list = lambda n=name, t=text: (n, t)  # type: ignore[method-assign]
        click(qtbot, screen.type_button)
    assert screen.class_title.text() == "二班"
    assert screen.shown_roster() == [("—", "王芳")]
    screen.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: screen.class_title.text() == "一班")
    assert screen.shown_roster() == [("1", "王芳"), ("2", "李雷")]
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start


def test_a_chinese_window_lists_names_with_the_dunhao(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(lang="zh-CN")
    screen = open_classes(qtbot, window)
    reports: list[str] = []
    screen.show_report = reports.append  # type: ignore[method-assign]
    for text in ("1 王芳\n2 李雷\n3 韩梅梅", "1 王芳"):
        screen.ask_typed_list = lambda t=text: ("初二(3)班", t)  # type: ignore[method-assign]
        click(qtbot, screen.type_button)
    assert reports[-1].endswith("在班级中但不在本名单上（保留）：李雷、韩梅梅")
