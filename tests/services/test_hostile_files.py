"""Question files built to crash or stall an import: each is refused with one clear
problem (or imported as plain text), fast, through the database and the command line."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from special_files import KINDS, make_special

from ipquiz.bank.interchange import MAX_YAML_BYTES, plain_text
from ipquiz.bank.problems import BankFileError
from ipquiz.bank.validation import validate_files
from ipquiz.cli import main
from ipquiz.config import resolve_locations
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.bank_files import export_file, import_file

BANK = Path(__file__).parents[1] / "fixtures" / "bank"
HEAD = "category: {id: t, name: {en: T}}\nquestions:\n"


def entry(qid: str = "q", **fields: str) -> str:
    values = {"type": "single", "difficulty": "1", "answer": "A", **fields}
    body = "".join(f"    {k}: {v}\n" for k, v in values.items() if k not in ("prompt", "choices"))
    prompt = fields.get("prompt", "P")
    choices = fields.get("choices", "[a, b]")
    return f"  - id: {qid}\n{body}    en:\n      prompt: {prompt}\n      choices: {choices}\n"


@pytest.fixture
def services(data_dir: Path) -> AppServices:
    s = open_services(resolve_locations(data_dir=str(data_dir)), bank=BANK)
    yield s  # type: ignore[misc]
    s.close()


def refused(services: AppServices, path: Path, data: bytes | str) -> list[str]:
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    started = time.monotonic()
    with pytest.raises(BankFileError) as caught:
        import_file(services.db, path)
    assert time.monotonic() - started < 2, "refused, but slowly"
    return [str(p) for p in caught.value.problems]


YAML_CASES = {
    "duplicate id": (HEAD + entry("q") + entry("q"), "q: id already used on line 3"),
    "infinite difficulty": (HEAD + entry(difficulty=".inf"), "difficulty must be 1, 2 or 3"),
    "not-a-number difficulty": (HEAD + entry(difficulty=".nan"), "difficulty must be 1, 2 or 3"),
    "30 February": (HEAD + entry(checked="2026-02-30"), "'2026-02-30' cannot be read"),
    "huge integer": (HEAD + entry(difficulty="9" * 5000), "cannot be read"),
    "huge category order": (
        "category: {id: t, order: 99999999999999999999999, name: {en: T}}\nquestions:\n" + entry(),
        "category 'order' must be a whole number",
    ),
    "huge weight": (
        HEAD + entry(type="multiple", answer="[A]", weights="[1" + "0" * 400 + ", 0]"),
        "'weights' must be a list of numbers from -1 to 1",
    ),
    "bad id": (HEAD + entry("Bad Id!"), "'Bad Id!' must be lower-case"),
    "long id": (HEAD + entry("q" * 200), "at most 128"),
    "script": (HEAD + entry(prompt="'<script>alert(1)</script>'"), "holds HTML markup"),
    "NUL": (HEAD + entry(prompt='"a\\0b"'), "control character (U+0000)"),
    "escape": (HEAD + entry(choices='["\\e[31mred", b]'), "control character (U+001B)"),
    "thousand choices": (
        HEAD + entry(choices="[" + ", ".join(f"c{i}" for i in range(1000)) + "]"),
        "1000 choices; at most 8",
    ),
    "aliases": (
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n"
            for p, n in zip("abcdefgh", "bcdefghi", strict=True)
        ),
        "aliases (*name) are not allowed",
    ),
    "deep nesting": (HEAD + entry(prompt="[" * 40 + "]" * 40), "nested more than 32"),
}


@pytest.mark.parametrize("case", sorted(YAML_CASES))
def test_hostile_yaml_is_refused_at_import_and_validate(
    case: str, services: AppServices, tmp_path: Path
) -> None:
    text, expected = YAML_CASES[case]
    path = tmp_path / "hostile.yaml"
    problems = refused(services, path, text)
    assert any(expected in p for p in problems), problems
    validated = [str(p) for p in validate_files([path], require_all_languages=False)]
    assert any(expected in p for p in validated), validated
    assert all("\x1b" not in p for p in problems + validated)


def test_a_yaml_file_over_its_limit_is_refused_unread(
    services: AppServices, tmp_path: Path
) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as out:
        out.truncate(MAX_YAML_BYTES + 1)
    assert any("the limit is 8 MB" in p for p in refused(services, path, path.read_bytes()))
    assert "the limit is 8 MB" in str(validate_files([path])[0])


def _rows(text: str) -> str:
    return f"id,answer,prompt_en,choice_a_en,choice_b_en\nq1,A,{text},yes,no\n"


def _xlsx(text: str) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in _rows(text).splitlines():
        sheet.append(row.split(","))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


MARKED = "What does <![CD mean?"
READERS = {
    "c.csv": _rows(MARKED).encode(),
    "c.xlsx": _xlsx(MARKED),
    "c.gift": f"::q1::{MARKED} {{=yes ~no}}\n".encode(),
    "c.aiken": f"{MARKED}\nA. yes\nB. no\nANSWER: A\n".encode(),
    "c.xml": (
        b'<?xml version="1.0"?><quiz><question type="multichoice"><name><text>q1</text></name>'
        b'<questiontext format="html"><text><![CDATA[What does <![CD mean?]]></text>'
        b'</questiontext><answer fraction="100"><text>yes</text></answer>'
        b'<answer fraction="0"><text>no</text></answer></question></quiz>'
    ),
}


@pytest.mark.parametrize("name", sorted(READERS))
def test_a_broken_html_declaration_is_text_in_every_reader(
    name: str, services: AppServices, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_bytes(READERS[name])
    assert import_file(services.db, path).imported == 1
    assert plain_text("<![ x") == "<![ x"
    out = tmp_path / "back.csv"
    export_file(services.db, out, lang="en")
    assert MARKED in out.read_text(encoding="utf-8-sig")


def test_an_xlsx_needing_an_unsupported_zip_version_is_a_problem(
    services: AppServices, tmp_path: Path
) -> None:
    data = bytearray(_xlsx("P"))
    at = data.index(b"PK\x01\x02")
    data[at + 6 : at + 8] = (99).to_bytes(2, "little")
    problems = refused(services, tmp_path / "new.xlsx", bytes(data))
    assert any("damaged" in p and "version" in p for p in problems), problems


def test_a_big5_csv_is_read_as_big5(services: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "big5.csv"
    text = (
        "id,answer,prompt_zh,choice_a_zh,choice_b_zh\nq1,A,發明專利權的期限是多少年？,二十年,十年\n"
    )
    path.write_bytes(text.encode("big5"))
    assert import_file(services.db, path).imported == 1
    out = tmp_path / "back.csv"
    export_file(services.db, out, lang="zh-CN")
    assert "發明專利權的期限是多少年？" in out.read_text(encoding="utf-8-sig")
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(text.replace("q1", "q2").replace("發明專利權", "发明专利权").encode("gbk"))
    assert import_file(services.db, gbk).imported == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", ["import", "validate"])
def test_special_files_are_refused_fast_by_the_cli(
    kind: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bank.yaml"
    make_special(path, kind)
    started = time.monotonic()
    assert main(["bank", command, str(path)]) == 1
    assert time.monotonic() - started < 5
    err = capsys.readouterr()
    said = err.out + err.err
    assert "only regular files are read" in said
    assert "Traceback" not in said


def test_escape_sequences_from_a_file_are_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "evil.csv"
    path.write_bytes(b"id,answer,prompt_en,choice_a_en,choice_b_en\nq1,\x1b]0;owned\x07,P,a,b\n")
    assert main(["bank", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "\x07" not in err
    assert "\\x1b]0;owned\\x07" in err


@pytest.mark.parametrize("case", ["aliases", "30 February", "infinite difficulty", "duplicate id"])
def test_no_traceback_from_the_command(case: str, tmp_path: Path) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(YAML_CASES[case][0], encoding="utf-8")
    env = {**os.environ, "IPQUIZ_DATA_DIR": str(tmp_path / "data")}
    for command in ("import", "validate"):
        run = subprocess.run(
            [sys.executable, "-m", "ipquiz", "bank", command, str(path)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )
        assert run.returncode == 1
        assert "Traceback" not in run.stderr
        assert YAML_CASES[case][1] in run.stdout + run.stderr


def test_a_huge_value_is_not_quoted_back_in_full(services: AppServices, tmp_path: Path) -> None:
    grade = "1" + "0" * 5000
    data = (
        '<?xml version="1.0"?><quiz><question type="multichoice"><name><text>q</text></name>'
        f'<questiontext><text>P</text></questiontext><answer fraction="{grade}"><text>a</text>'
        '</answer><answer fraction="0"><text>b</text></answer></question></quiz>'
    )
    problems = refused(services, tmp_path / "big.xml", data)
    assert all(len(p) < 500 for p in problems), [len(p) for p in problems]


def test_thousands_of_copies_of_one_gift_question_read_in_linear_time() -> None:
    from ipquiz.bank.gift import read_gift

    started = time.monotonic()
    read = read_gift(b"::q::P {=a ~b}\n\n" * 20_000, name="copies.gift")
    assert time.monotonic() - started < 10  # was about two minutes: each copy re-counted
    assert len({q.id for q in read.questions}) == 20_000
