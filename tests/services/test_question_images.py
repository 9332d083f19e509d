"""A question's picture from the file to the database and back out: native YAML keeps it,
Moodle XML's embedded picture is imported, formats without pictures say so."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from bank_pictures import MARK, picture

from ipquiz.bank.formats import FORMATS
from ipquiz.bank.moodle_images import UNRECORDED
from ipquiz.bank.native_yaml import read_native_file
from ipquiz.config import resolve_locations
from ipquiz.domain.question import ImageFormat
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.bank_files import export_file, import_file


@pytest.fixture
def services(data_dir: Path, small_bank: Path) -> Iterator[AppServices]:
    picture(small_bank)
    s = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank)
    yield s
    s.close()


def test_the_picture_reaches_the_quiz_and_the_yaml_export(
    services: AppServices, tmp_path: Path
) -> None:
    active = services.quiz.start(
        spec=QuizSpec.exam(question_ids=("a-single", "a-tf"), count=2, shuffle_questions=False),
        lang="en",
    )
    first, second = (p.question for p in active.quiz.planned)
    assert first.image is not None
    assert first.image.format is ImageFormat.SVG
    assert first.image.data == MARK.encode()
    assert (first.image.licence, first.image.describe("zh-CN")) == (
        "CC0 1.0, drawn for the test",
        "一个圆圈",
    )
    assert second.image is None

    report = export_file(services.db, tmp_path / "alpha.yaml", category="alpha", lang="en")
    assert report.without_images == 0
    back = {q.id: q for q in read_native_file(tmp_path / "alpha.yaml").questions}
    assert back["a-single"].image == first.image


def test_a_format_without_pictures_says_how_many_it_left_behind(
    services: AppServices, tmp_path: Path
) -> None:
    for name in ("bank.gift", "bank.csv", "bank.xlsx", "bank.aiken"):
        report = export_file(services.db, tmp_path / name, lang="en")
        assert report.without_images == 1, name  # a-single, a single-choice question


def test_moodle_xml_carries_the_picture_out_and_back_in(
    services: AppServices, tmp_path: Path
) -> None:
    path = tmp_path / "bank.xml"
    assert export_file(services.db, path, lang="en").without_images == 0
    read = FORMATS["moodle"].read(path.read_bytes(), name="bank.xml")
    back = {q.id: q for q in read.questions}
    original = {q.id: q for q in services.bank.questions()}["a-single"].image
    assert original is not None
    image = back["a-single"].image
    assert image is not None
    assert (image.format, image.data) == (original.format, original.data)
    assert image.licence == UNRECORDED.format("bank.xml")  # Moodle keeps no licence


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=="
)
MOODLE = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>mark</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>Is this mark a registered trademark symbol?</p>
      <img src="@@PLUGINFILE@@/{name}" alt="mark">]]></text>
      <file name="{name}" path="/" encoding="base64">{data}</file>
    </questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
"""


def test_moodle_xml_embedded_picture_is_imported(services: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "marks.xml"
    path.write_text(
        MOODLE.format(name="mark.png", data=base64.b64encode(PNG).decode()), encoding="utf-8"
    )
    report = import_file(services.db, path)
    assert report.imported == 1
    imported = [q for q in services.bank.questions() if q.image is not None and q.id != "a-single"]
    assert len(imported) == 1
    image = imported[0].image
    assert image is not None
    assert (image.format, image.data) == (ImageFormat.PNG, PNG)
    assert image.licence == UNRECORDED.format("marks.xml")
    assert "PLUGINFILE" not in imported[0].texts["en"].prompt


def test_a_hostile_moodle_picture_is_refused_with_the_reason(
    services: AppServices, tmp_path: Path
) -> None:
    hostile = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    path = tmp_path / "hostile.xml"
    path.write_text(
        MOODLE.format(name="x.svg", data=base64.b64encode(hostile.encode()).decode()),
        encoding="utf-8",
    )
    with pytest.raises(Exception, match="script") as caught:
        import_file(services.db, path)
    assert "<script>" in str(caught.value)
