"""Certificate codes: made from the sealed facts, read forgivingly, refused when changed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipquiz.domain.certificates import ALPHABET, CertificateError, Sealed, read_code

KEY = b"k" * 32
SEALED = Sealed(
    attempt_id=1234,
    finished_at=dt.datetime(2026, 12, 3, 17, 18, 42),
    score=18.0,
    max_score=20.0,
    quiz_set="初二(3)班 · 专利",
)


def test_code_names_the_attempt_and_reads_back() -> None:
    code = SEALED.code(KEY)
    number, mac = read_code(code)
    assert number == 1234
    assert code.split("-")[0] == "16J"  # 1234 = 1*32*32 + 6*32 + 18 (J)
    assert len(mac) == 8
    assert SEALED.matches(KEY, mac)


def test_reading_forgives_case_spaces_and_look_alikes() -> None:
    code = SEALED.code(KEY)
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert read_code(typed) == read_code(code)


@pytest.mark.parametrize(
    "change",
    [
        {"score": 19.0},
        {"max_score": 10.0},
        {"quiz_set": "another set"},
        {"finished_at": dt.datetime(2026, 12, 4, 17, 18, 42)},
        {"attempt_id": 1235},
    ],
)
def test_any_changed_fact_no_longer_matches(change: dict[str, object]) -> None:
    _, mac = read_code(SEALED.code(KEY))
    assert not dataclasses.replace(SEALED, **change).matches(KEY, mac)  # type: ignore[arg-type]


def test_another_database_key_does_not_match() -> None:
    _, mac = read_code(SEALED.code(KEY))
    assert not SEALED.matches(b"x" * 32, mac)
    assert SEALED.code(b"x" * 32) != SEALED.code(KEY)


@pytest.mark.parametrize("typed", ["", "ABC", "K7QD-2M9X", "3F-K7QD-2M9U", "证书-1234-5678"])
def test_what_cannot_be_a_code_is_refused(typed: str) -> None:
    with pytest.raises(CertificateError, match="not a certificate code"):
        read_code(typed)


@given(st.integers(min_value=1, max_value=2**40), st.binary(min_size=16, max_size=32))
def test_every_attempt_number_round_trips(number: int, key: bytes) -> None:
    sealed = dataclasses.replace(SEALED, attempt_id=number)
    code = sealed.code(key)
    assert all(c in ALPHABET for c in code.replace("-", ""))
    found, mac = read_code(code)
    assert found == number
    assert sealed.matches(key, mac)
