"""Judging wrapped lines by Chinese rules, and choosing the width that breaks them better."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hypothesis import given
from hypothesis import strategies as st

from ipquiz.domain.line_breaks import fitting_width, line_faults


def monospace(text: str) -> Callable[[int], Sequence[str]]:
    """Lines of `text` at a width in characters, breaking anywhere a greedy breaker
    would, except before closing punctuation (as Qt does)."""

    def lines_at(width: int) -> list[str]:
        lines, line = [], ""
        for ch in text:
            if len(line) < width or (ch in "，。？" and len(line) > 1):
                line += ch
                if len(line) > width:  # keep the mark: carry the character before it down
                    lines.append(line[:-2])
                    line = line[-2:]
            else:
                lines.append(line)
                line = ch
        return [*lines, line] if line else lines

    return lines_at


def test_faults_closing_punctuation_first_opening_last_and_orphans() -> None:
    assert line_faults(["知识产权", "，尊重"]) == [
        "line 2 starts with '，'",
    ]
    assert line_faults(["知识产权（", "专利）为何"]) == ["line 1 ends with '（'"]
    assert line_faults(["涉及著作权中的哪项权", "利？"]) == ["line 2 is an orphan: '利？'"]
    assert line_faults(["A short question", "is it?"]) == []


def test_a_paragraphs_own_start_and_end_are_not_faults() -> None:
    assert line_faults(["第一段。\n", "？第二段"]) == []  # a new paragraph, not a break
    assert line_faults(["短。\n", "是"]) == []  # one-line paragraphs are not orphans
    assert line_faults(["第一段的第一行", "段。\n", "第二段"]) == ["line 2 is an orphan: '段。'"]


def test_fine_lines_keep_the_full_width() -> None:
    lines_at = monospace("知识产权保护创新成果")
    assert lines_at(5) == ["知识产权保", "护创新成果"]
    assert fitting_width(5, lines_at) == 5
    assert fitting_width(20, lines_at) == 20  # one line


def test_an_orphan_gets_a_balanced_width_with_as_many_lines() -> None:
    text = "把作品放到网上涉及著作权中的哪项权利？"  # 19 characters
    lines_at = monospace(text)
    assert lines_at(17)[-1] == "利？"
    width = fitting_width(17, lines_at)
    assert width < 17
    assert len(lines_at(width)) == 2
    assert line_faults(lines_at(width)) == []
    assert [len(line) for line in lines_at(width)] == [10, 9]


def test_no_balanced_break_keeps_the_width() -> None:
    def lines_at(width: int) -> list[str]:
        return ["一二三", "四"] if width >= 3 else ["一", "二", "三", "四"]

    assert fitting_width(5, lines_at) == 5


@given(st.text(alphabet="知识产权保护创新成果，。？", min_size=1, max_size=60), st.integers(2, 30))
def test_the_chosen_width_never_adds_a_line_and_is_fine_when_it_changes(
    text: str, width: int
) -> None:
    lines_at = monospace(text)
    chosen = fitting_width(width, lines_at)
    assert chosen <= width
    assert len(lines_at(chosen)) == len(lines_at(width))
    if chosen != width:
        assert line_faults(lines_at(chosen)) == []
