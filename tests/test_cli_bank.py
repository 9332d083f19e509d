"""`ipquiz bank import|export` as a user types them: file kinds, conflicts, whole banks."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from ipquiz.assets import bank_dir
from ipquiz.bank.bundle import read_bank
from ipquiz.cli import main

#: The questions in the bundled files.
SHIPPED = len(read_bank(bank_dir()).questions)

AIKEN = """Which office grants patents in China?
A. CNIPA
B. The courts
ANSWER: A

哪一部法律保护商标？
A. 商标法
B. 专利法
ANSWER: A
"""

TSV = (
    "id\tcategory\ttype\tdifficulty\tanswer\tprompt_en\tchoice_a_en\tchoice_b_en\n"
    "tsv-one\tmine\tsingle\t1\tA\tWhich one?\tThis\tThat\n"
)


def run(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)


def count(capsys: pytest.CaptureFixture[str]) -> int:
    capsys.readouterr()
    assert run("bank", "stats", "--json") == 0
    return int(json.loads(capsys.readouterr().out)["questions"])


@pytest.mark.parametrize(("text", "added"), [(AIKEN, 2), (TSV, 1)], ids=["aiken", "tsv"])
def test_a_txt_file_is_read_by_its_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, added: int
) -> None:
    path = tmp_path / "questions.txt"
    path.write_text(text, encoding="utf-8")
    before = count(capsys)
    assert run("bank", "import", str(path)) == 0
    assert f"{added} questions imported" in capsys.readouterr().out
    assert count(capsys) == before + added


def test_the_whole_bank_exports_to_yaml_files_and_imports_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, archive = tmp_path / "bank", tmp_path / "bank.zip"
    assert run("bank", "export", "--format", "yaml", "-o", str(folder)) == 0
    assert run("bank", "export", "-o", str(archive)) == 0
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 8
    assert "patents.yaml" in names
    with zipfile.ZipFile(archive) as z:
        assert sorted(z.namelist()) == names
    assert run("bank", "export", "-o", str(tmp_path / "bank.yaml")) == 1
    assert "folder or a .zip" in capsys.readouterr().err
    for source in (archive, folder):
        assert run("bank", "import", str(source)) == 0
        assert (
            f"0 questions imported; {SHIPPED} already in the bank and kept"
            in capsys.readouterr().out
        )
    assert run("bank", "import", str(archive), "--on-conflict", "new") == 0
    assert f"{SHIPPED} questions imported" in capsys.readouterr().out
    assert count(capsys) == 2 * SHIPPED


def test_a_poorer_replacement_is_refused_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gift = tmp_path / "bank.gift"
    assert run("bank", "export", "-o", str(gift), "--category", "patents") == 0
    capsys.readouterr()
    assert run("bank", "import", str(gift), "--on-conflict", "replace") == 1
    err = capsys.readouterr().err
    assert "replacing it would drop the zh-CN text" in err
    assert "nothing imported" in err
    assert "Traceback" not in err
    assert count(capsys) == SHIPPED


def test_on_conflict_takes_only_the_three_choices(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("bank", "import", "x.gift", "--on-conflict", "merge") == 2
    assert "keep" in capsys.readouterr().err
