"""`ipquiz certificate`: the PDF a person gets, and `verify` for whoever checks it.

The PDF is written by a separate `ipquiz` process, as a user runs it: Qt's offscreen
platform starts inside the command (this test process stays free of a Qt application).
Poppler's tools (packaging/linux/system-deps.sh installs them) read the PDF back.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from ipquiz.cli import main
from ipquiz.config import resolve_locations
from ipquiz.services.app import open_services

pytestmark = pytest.mark.slow


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.fail(f"{tool} is missing: sh packaging/linux/system-deps.sh installs poppler-utils")
    return found


@dataclass(frozen=True)
class Page:
    """A PDF's first page rasterised in grey at 40 dpi, one byte a pixel."""

    width: int
    height: int
    pixels: bytes

    def ink(self, top: float, bottom: float) -> int:
        """How many dark pixels lie in the band from `top` to `bottom` (shares of the height)."""
        band = self.pixels[
            int(self.height * top) * self.width : int(self.height * bottom) * self.width
        ]
        return sum(1 for p in band if p < 128)


def first_page(pdf: Path, tmp_path: Path) -> Page:
    """Poppler's rendering of the first page of `pdf`."""
    subprocess.run(
        [poppler("pdftoppm"), "-r", "40", "-gray", "-f", "1", "-l", "1", str(pdf),
         str(tmp_path / "page")],
        check=True,
    )  # fmt: skip
    (image,) = tmp_path.glob("page*.pgm")
    header, pixels = image.read_bytes().split(b"\n255\n", 1)
    width, height = (int(n) for n in header.split()[1:3])
    return Page(width, height, pixels)


@pytest.fixture
def passed(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> int:
    """Six simulated exams by one person; the number of one that passed."""
    d = str(data_dir)
    assert main(["--data-dir", d, "simulate", "--mode", "exam", "--rounds", "6", "--seed", "3",
                 "--player", "张三 <b>Zhang</b>"]) == 0  # fmt: skip
    capsys.readouterr()
    services = open_services(resolve_locations(data_dir=d))
    try:
        for attempt in range(1, 7):
            try:
                return services.certificates.issue(attempt).attempt_id
            except ValueError:
                continue
    finally:
        services.close()
    raise AssertionError("no simulated exam passed")


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ipquiz", "--data-dir", str(data_dir), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_pdf_in_both_languages_with_the_bundled_font(
    data_dir: Path, passed: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "证书.pdf"
    done = run(data_dir, "certificate", "--attempt", str(passed), "-o", str(out), "--lang", "both")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no Qt warning, no font complaint
    code = done.stdout.split()[1]
    assert done.stdout == f"certificate {code} for 张三 <b>Zhang</b> written to {out}\n"
    assert out.read_bytes().startswith(b"%PDF-")

    fonts = subprocess.run([poppler("pdffonts"), str(out)], capture_output=True, text=True).stdout
    assert "ipquizSansSC-Regular" in fonts
    assert "ipquizSansSC-Bold" in fonts
    pages = []
    for page in (1, 2):
        text = subprocess.run(
            [poppler("pdftotext"), "-f", str(page), "-l", str(page), str(out), "-"],
            capture_output=True,
            text=True,
        ).stdout
        pages.append(text)
    chinese, english = pages
    for expected in ("合格证书", "兹证明", "张三 <b>Zhang</b>", "考查主题", f"验证码：{code}"):
        assert expected in chinese
    for expected in ("Certificate", "This certifies that", "张三 <b>Zhang</b>", code):
        assert expected in english
    assert "合格证书" not in english

    assert main(["--data-dir", str(data_dir), "certificate", "verify", code.lower(), "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["valid"] is True
    assert (facts["attempt"], facts["name"]) == (passed, "张三 <b>Zhang</b>")
    assert f"{facts['percent']}%" in english


def test_pdf_pages_render_chinese(data_dir: Path, passed: int, tmp_path: Path) -> None:
    """Rasterised, the Chinese page has ink where the title is (not an empty or failed page)."""
    out = tmp_path / "zh.pdf"
    assert (
        run(
            data_dir, "certificate", "--attempt", str(passed), "-o", str(out), "--lang", "zh-CN"
        ).returncode
        == 0
    )
    page = first_page(out, tmp_path)
    assert page.width > page.height  # landscape
    assert page.ink(0.17, 0.27) > 200


def test_no_certificate_for_a_failed_or_unknown_attempt(
    data_dir: Path, passed: int, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    d = str(data_dir)
    out = str(tmp_path / "x.pdf")
    assert main(["--data-dir", d, "certificate", "--attempt", "999", "-o", out]) == 1
    assert "no certificate: there is no attempt 999" in capsys.readouterr().err
    assert not Path(out).exists()
    assert main(["--data-dir", d, "certificate", "verify", "16J-K7QD-2M9X"]) == 1
    assert "no certificate of this database has the code 16J-K7QD-2M9X" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["--data-dir", d, "certificate", "--attempt", str(passed)])
    assert usage.value.code == 2


def loaded_after(data_dir: Path, *args: str) -> list[str]:
    """The command's exit code, and whether it loaded QtGui and QtWidgets."""
    script = (
        "import sys; from ipquiz.cli import main; "
        f"code = main(['--data-dir', {str(data_dir)!r}, *{list(args)!r}]); "
        "print(code, 'PySide6.QtGui' in sys.modules, 'PySide6.QtWidgets' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()[-1].split()


def test_pdf_needs_no_widgets_and_verify_no_qt(data_dir: Path, passed: int, tmp_path: Path) -> None:
    """The PDF is drawn with QtGui alone (no display, no widget); checking a code is a
    database lookup that does not load Qt at all."""
    pdf = str(tmp_path / "c.pdf")
    made = loaded_after(data_dir, "certificate", "--attempt", str(passed), "-o", pdf)
    assert made == ["0", "True", "False"]
    checked = loaded_after(data_dir, "certificate", "verify", "1-0000-0000")
    assert checked == ["1", "False", "False"]
