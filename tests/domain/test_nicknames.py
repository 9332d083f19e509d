"""Board nicknames: generated ones are clean and bilingual; the filter sees through disguises."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipquiz.domain.nicknames import (
    MAX_NICKNAME,
    NicknameVerdict,
    check_nickname,
    generate_nicknames,
    tidy,
)


@given(st.integers(min_value=0, max_value=10_000))
def test_generated_nicknames_are_bilingual_distinct_and_allowed(seed: int) -> None:
    names = generate_nicknames(random.Random(seed), 4)
    assert len({n.label for n in names}) == 4
    for n in names:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in n.zh)
        assert n.en.isascii()
        assert n.label == f"{n.zh} {n.en}"
        assert check_nickname(n.label) is NicknameVerdict.OK


@pytest.mark.parametrize(
    "name",
    [
        "fuck",
        "FUCK",
        "Fuuuuck",
        "f u c k",
        "f.u.c.k",
        "f_u-c_k",
        "ＦＵＣＫ",  # full-width
        "ｆｕｃｋ ｙｏｕ",
        "sh1t",
        "5h!t",
        "$hit",
        "b1tch",
        "a s s",
        "Ass",
        "d1ck",
        "big dick",
        "傻逼",
        "傻 逼",
        "傻８",  # full-width digit, leet for B
        "草泥马",
        "你妈的",
        "王八蛋123",
        "SB",
        "s b",
        "nmsl",
    ],
)
def test_offensive_names_are_blocked(name: str) -> None:
    assert check_nickname(name) is NicknameVerdict.BLOCKED


@pytest.mark.parametrize(
    "name",
    [
        "李雷",
        "韩梅梅",
        "Class Act",
        "Dickens Fan",
        "Peacock",
        "Grapes",
        "Fast As Light",
        "Hello",
        "妈妈的宝贝",
        "节日你好",
        "Jacobs Bay",
        "Niger Delta",
        "Team 42",
    ],
)
def test_ordinary_names_pass(name: str) -> None:
    assert check_nickname(name) is NicknameVerdict.OK


@pytest.mark.parametrize(
    ("name", "verdict"),
    [
        ("", NicknameVerdict.EMPTY),
        ("   ", NicknameVerdict.EMPTY),
        ("!!!", NicknameVerdict.EMPTY),
        ("x" * (MAX_NICKNAME + 1), NicknameVerdict.TOO_LONG),
        ("13800138000", NicknameVerdict.PERSONAL),
        ("138-0013-8000", NicknameVerdict.PERSONAL),
        ("lilei@example.com", NicknameVerdict.PERSONAL),
    ],
)
def test_empty_long_and_personal_names(name: str, verdict: NicknameVerdict) -> None:
    assert check_nickname(name) is verdict


def test_tidy_normalises_width_and_spacing() -> None:
    assert tidy("  Ｌｉ   Ｌｅｉ ") == "Li Lei"


@given(st.text(max_size=40))
def test_the_filter_never_crashes(name: str) -> None:
    assert check_nickname(name) in set(NicknameVerdict)
