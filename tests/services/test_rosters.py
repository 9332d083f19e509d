"""Classes through the services: a class list becomes persons of a group, kept and
brought up to date by the next list; a bad list changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices
from ipquiz.services.rosters import RosterError

CLASS = "学号,姓名\n2023002,李雷\n2023001,王芳\n2023010,韩梅梅\n"


def write(tmp_path: Path, text: str, *, encoding: str = "utf-8-sig") -> Path:
    path = tmp_path / "class.csv"
    path.write_text(text, encoding=encoding)
    return path


def roster(services: AppServices, group_id: int) -> list[tuple[str | None, str]]:
    return [(p.roster_number, p.name) for p in services.rosters.students(group_id)]


def test_a_class_list_becomes_students_who_are_persons(
    services: AppServices, tmp_path: Path
) -> None:
    report = services.rosters.import_file(
        write(tmp_path, CLASS, encoding="gbk"), name=" 初二(3)班 "
    )
    assert report.group.name == "初二(3)班"
    assert report.added == ["李雷", "王芳", "韩梅梅"]
    (summary,) = services.rosters.classes()
    assert (summary.group, summary.students) == (report.group, 3)
    assert roster(services, report.group.id) == [
        ("2023001", "王芳"),
        ("2023002", "李雷"),
        ("2023010", "韩梅梅"),
    ]
    # A roster student is a kept person of the class: no second table of people.
    wang = services.persons.find("王芳", group_id=report.group.id)
    assert (wang.guest, wang.group_name, wang.roster_number) == (False, "初二(3)班", "2023001")
    assert services.persons.kept() == []  # not a home profile
    active = services.quiz.start(spec=QuizSpec.practice(count=1), lang="zh-CN", person_id=wang.id)
    assert active.person_id == wang.id


def test_the_next_list_brings_the_class_up_to_date(services: AppServices, tmp_path: Path) -> None:
    first = services.rosters.import_text("王芳\n2023002 李雷\n韩梅梅", name="初二(3)班")
    again = services.rosters.import_file(
        write(tmp_path, "姓名,学号\n王芳,2023001\n李 蕾,2023002\n张伟,2023020\n"), name="初二(3)班"
    )
    assert again.group == first.group
    assert again.numbered == ["王芳"]  # gets the number the list gives
    assert again.renamed == [("李雷", "李 蕾")]  # same number, new spelling
    assert again.added == ["张伟"]
    assert again.not_on_list == ["韩梅梅"]  # stays: a student's history is never dropped
    assert roster(services, first.group.id) == [
        ("2023001", "王芳"),
        ("2023002", "李 蕾"),
        ("2023020", "张伟"),
        (None, "韩梅梅"),
    ]
    same = services.rosters.import_text("2023001 王芳", name="初二(3)班")
    assert (same.added, same.kept) == ([], ["王芳"])


def test_a_list_that_clashes_with_the_class_changes_nothing(
    services: AppServices, tmp_path: Path
) -> None:
    group = services.rosters.import_text("1 王芳\n2 李雷", name="初二(3)班").group
    with pytest.raises(RosterError) as caught:
        services.rosters.import_file(
            write(tmp_path, "学号,姓名\n3,张伟\n9,王芳\n2,韩梅梅\n1,李雷\n"), name="初二(3)班"
        )
    assert [str(p) for p in caught.value.problems] == [
        "class.csv:3: 王芳 is in the class already with student number 1, not 9",
        "class.csv:5: 李雷 is the name of another student of the class (number 2)",
    ]
    assert roster(services, group.id) == [("1", "王芳"), ("2", "李雷")]  # 张伟 not added
    with pytest.raises(RosterError, match="typed list:2: student number 1 is on line 1 too"):
        services.rosters.import_text("1 甲\n1 乙", name="初二(4)班")
    assert [c.group.name for c in services.rosters.classes()] == ["初二(3)班"]
    with pytest.raises(ValueError, match="the class name"):
        services.rosters.import_text("1 甲", name="  ")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_exported_roster_imports_back_as_it_was(
    services: AppServices, tmp_path: Path, suffix: str
) -> None:
    typed = "007 王芳\n=1+1 Eve\n2023002 李雷\n@韩梅梅"
    group = services.rosters.import_text(typed, name="初二(3)班").group
    path = tmp_path / f"roster{suffix}"
    assert services.rosters.export(group.id, path, lang="zh-CN") == 4
    copy = services.rosters.import_file(path, name="copy").group
    assert roster(services, copy.id) == roster(services, group.id)
    assert (None, "@韩梅梅") in roster(services, copy.id)  # a formula-looking name survives
    assert ("007", "王芳") in roster(services, copy.id)  # leading zeros too


def test_two_classes_may_have_the_same_names(services: AppServices) -> None:
    a = services.rosters.import_text("1 王芳", name="一班").group
    b = services.rosters.import_text("1 王芳", name="二班").group
    assert roster(services, a.id) == roster(services, b.id) == [("1", "王芳")]
