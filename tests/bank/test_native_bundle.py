"""A whole bank as a zip of YAML category files: written, read back, and bad zips refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from ipquiz.bank import native_bundle
from ipquiz.bank.bundle import read_bank
from ipquiz.bank.native_bundle import read_native_zip, write_native_zip
from ipquiz.domain.language import EN

SHIPPED_BANK = Path(__file__).resolve().parents[2] / "questions"


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buffer.getvalue()


def test_the_shipped_bank_goes_into_a_zip_and_back_unchanged() -> None:
    bank = read_bank(SHIPPED_BANK)
    data = write_native_zip(bank.questions, {c.id: c for c in bank.categories}, lang=EN)
    back = read_native_zip(data, name="bank.zip")
    assert back.problems == ()
    assert back.questions == bank.questions
    assert back.categories == bank.categories


CATEGORY = b"category: {id: c, name: {en: C}}\nquestions:\n"
GOOD = b"  - {id: q1, type: single, difficulty: 1, answer: A, en: {prompt: P, choices: [a, b]}}\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 not really", "not a zip file"),
        (zipped({"readme.txt": b"hello"}), "no .yaml category file"),
        (zipped({"a.yaml": CATEGORY + GOOD, "b.yaml": CATEGORY + GOOD}), "q1: id already used"),
    ],
    ids=["broken", "no-yaml", "same-id"],
)
def test_bad_zips_are_refused_with_a_reason(data: bytes, message: str) -> None:
    result = read_native_zip(data, name="bank.zip")
    assert not result.ok
    assert message in str(result.problems[0])


def test_a_zip_that_unpacks_too_big_is_refused_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native_bundle, "MAX_FILE_BYTES", 100)
    data = zipped({"a.yaml": CATEGORY + GOOD * 20})
    assert "unpacks to more than" in str(read_native_zip(data, name="z.zip").problems[0])
