"""`ipquiz results report --format pdf`: Qt draws the pages in the command's own process
(offscreen, no window); Poppler's tools read the PDF back and rasterise it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_cli_certificate import first_page, loaded_after, poppler

from ipquiz.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture
def played(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    d = str(data_dir)
    assert (
        main(["--data-dir", d, "simulate", "--rounds", "8", "--mode", "exam", "--seed", "4"]) == 0
    )
    capsys.readouterr()
    return data_dir


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ipquiz", "--data-dir", str(data_dir), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


def text_of(pdf: Path, page: int) -> str:
    return subprocess.run(
        [poppler("pdftotext"), "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("zh-CN", ("班级测验报告", "成绩分布", "按主题", "需要关注的题目", "答卷数")),
        ("en", ("Class report", "Score distribution", "By topic", "Questions to look at")),
    ],
)
def test_summary_then_questions(
    played: Path, tmp_path: Path, lang: str, words: tuple[str, ...]
) -> None:
    out = tmp_path / f"{lang}.pdf"
    done = run(played, "results", "report", "-o", str(out), "--lang", lang)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no Qt warning, no font complaint
    fonts = subprocess.run([poppler("pdffonts"), str(out)], capture_output=True, text=True).stdout
    assert "ipquizSansSC" in fonts
    summary = text_of(out, 1)
    for expected in words:
        assert expected in summary
    questions = text_of(out, 2)
    assert ("题目 1" if lang == "zh-CN" else "Question 1") in questions
    assert ("解析" if lang == "zh-CN" else "Explanation") in questions


def test_chinese_summary_has_ink_where_the_title_is(played: Path, tmp_path: Path) -> None:
    out = tmp_path / "zh.pdf"
    assert run(played, "results", "report", "-o", str(out), "--lang", "zh-CN").returncode == 0
    page = first_page(out, tmp_path)
    assert page.height > page.width  # portrait
    assert page.ink(0.05, 0.09) > 100


def test_pdf_needs_no_widgets(played: Path, tmp_path: Path) -> None:
    code, _gui, widgets = loaded_after(played, "results", "report", "-o", str(tmp_path / "r.pdf"))
    assert (code, widgets) == ("0", "False")
