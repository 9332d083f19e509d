from __future__ import annotations

from pathlib import Path

import pytest

from ipquiz.bank.validation import validate_files
from ipquiz.cli import main


def write(folder: Path, name: str, entries: str) -> Path:
    path = folder / name
    path.write_text(
        "category:\n  id: c\n  name:\n    en: C\n    zh-CN: 丙\nquestions:\n" + entries,
        encoding="utf-8",
    )
    return path


ENTRY = """  - id: {id}
    type: single
    difficulty: 1
    source: {{zh-CN: 来源, en: Source}}
    answer: A
    zh-CN: {{prompt: "{zh}", choices: [甲, 乙], explanation: 因为。}}
    en: {{prompt: "{en}", choices: [a, b], explanation: Because.}}
"""


def test_good_files_have_no_problems(small_bank: Path) -> None:
    problems = validate_files([small_bank / "alpha.yaml"])
    assert problems == []


def test_every_kind_of_problem_is_reported_with_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "bad.yaml",
        ENTRY.format(id="q-one", zh="世界知识产权日是哪一天？", en="When is World IP Day?")
        + ENTRY.format(id="q-one", zh="另一个问题", en="Another question")
        + ENTRY.format(id="q-dup", zh="世界知识产权日是哪一天?", en="When is world IP day")
        + "  - id: Q_Bad\n    type: single\n    difficulty: 1\n    answer: A\n"
        + "    en: {prompt: Only English, choices: [a, b]}\n"
        + "  - id: q-mismatch\n    type: single\n    difficulty: 1\n    answer: A\n"
        + "    source: {en: S, zh-CN: 源}\n"
        + "    en: {prompt: P, choices: [a, b, c], explanation: E}\n"
        + "    zh-CN: {prompt: 题, choices: [甲, 乙], explanation: 解}\n"
        + "  - id: q-two\n    type: true_false\n    difficulty: 2\n    answer: [A, B]\n"
        + "    en: {prompt: P}\n",
    )
    messages = [str(p) for p in validate_files([tmp_path])]
    name = str(path)
    assert f"{name}:14: q-one: id already used on line 7" in messages
    assert any(
        m.startswith(f"{name}:21: q-dup: zh-CN prompt nearly the same as q-one") for m in messages
    )
    assert any(
        m.startswith(f"{name}:21: q-dup: en prompt nearly the same as q-one") for m in messages
    )
    assert (
        f"{name}:28: 'Q_Bad': id 'Q_Bad' must be lower-case letters, digits, '-', '_' or '.'"
        in messages
    )
    assert f"{name}:28: Q_Bad: missing zh-CN text" in messages
    assert f"{name}:28: Q_Bad: en: missing source" in messages
    assert f"{name}:28: Q_Bad: en: missing explanation" in messages
    assert f"{name}:33: q-mismatch: languages differ in number of choices" in messages
    assert f"{name}:40: q-two: true_false answer must be true or false" in messages


def test_cli_validate_exit_codes(
    tmp_path: Path, small_bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bank", "validate", str(small_bank / "alpha.yaml")]) == 0
    bad = write(tmp_path, "x.yaml", "  - id: x\n    type: single\n")
    assert main(["bank", "validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:7: x: missing 'difficulty'" in out
    assert main(["bank", "validate", str(tmp_path / "nope.yaml")]) == 1


CASE = """  - id: {id}
    type: {type}
    difficulty: {level}
    tags: [scenario]
    source: {{zh-CN: 来源, en: Source}}
    answer: {answer}
    zh-CN: {{prompt: "{zh}", choices: [甲, 乙], explanation: 因为。}}
    en: {{prompt: "{en}", choices: [a, b], explanation: Because.}}
"""


def case(qid: str, zh: str, *, level: int = 1, kind: str = "single") -> str:
    answer = "[A, B]" if kind == "multiple" else "A"
    return CASE.format(id=qid, type=kind, level=level, answer=answer, zh=zh, en=f"Case {qid}?")


def test_a_level_one_case_must_stay_short_plain_and_figure_free(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "cases.yaml",
        case("which-right", "街边摊卖印着别人注册商标的包，这主要侵犯了哪种权利？")
        + case("dated", "小雨2023年5月写完一篇小说，著作权从哪天产生？")
        + case("several", "下列哪些行为侵犯了这家店的商标权？", kind="multiple")
        + case("long", "一家" + "很小的" * 25 + "面包店的配方受哪种权利保护？")
        + case("dated-at-two", "小雨2023年5月写完一篇小说，著作权从哪天产生？", level=2),
    )
    messages = [str(p) for p in validate_files([path]) if "level-1" in str(p)]
    name = str(path)
    assert messages == [
        f"{name}:15: dated: a level-1 case gives no figure (a date, a number, an amount): "
        "label it 2",
        f"{name}:23: several: a level-1 case has one answer or is true/false: label it 2",
        f"{name}:31: long: a level-1 case is told in at most 70 characters (91 here): "
        "shorten it or label it 2",
    ]


CULTURE_ENTRY = """  - id: {id}
    type: single
    difficulty: 2
    tags: [{tags}]
    source: {{zh-CN: 来源, en: Source, law: "{law}"{articles}}}
    answer: A
    zh-CN: {{prompt: "{id}？", choices: [甲, 乙], explanation: 因为。}}
    en: {{prompt: "{id}?", choices: [a, b], explanation: Because.}}
"""


def test_a_culture_question_resting_on_a_statute_alone_is_about_history_or_honesty(
    tmp_path: Path,
) -> None:
    def culture(qid: str, tags: str, law: str = "copyright-law@2020") -> str:
        articles = ', articles: ["12"]' if law != "none" else ""
        return CULTURE_ENTRY.format(id=qid, tags=tags, law=law, articles=articles)

    path = tmp_path / "culture.yaml"
    path.write_text(
        "category:\n  id: culture\n  name:\n    en: Culture\n    zh-CN: 文化\nquestions:\n"
        + culture("who-is-author", "authorship")  # a plain statute question
        + culture("copied-homework", "honesty, school")
        + culture("first-copyright-law", "history")
        + culture("ip-day", "events", law="none"),
        encoding="utf-8",
    )
    messages = [str(p) for p in validate_files([path]) if "culture question" in str(p)]
    assert messages == [
        f"{path}:7: who-is-author: a culture question citing only statutes must be about "
        "history or everyday honesty (tag it genuine-goods, history, honesty); otherwise "
        "move it to the category of its law"
    ]
    # the same statute question in its own category is not asked to be culture
    elsewhere = tmp_path / "copyright.yaml"
    elsewhere.write_text(
        path.read_text(encoding="utf-8").replace("id: culture", "id: copyright"), "utf-8"
    )
    assert not [p for p in validate_files([elsewhere]) if "culture question" in str(p)]
