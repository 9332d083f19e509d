"""Mutated question files, in every format, through the database: each one is either
imported or refused with the importer's own error (BankFileError), never anything else.

Seeds are the corpus files, the fixture bank and the fixture bank exported to every
format; mutations truncate, flip bytes, shuffle lines and insert braces, tags, markup,
control characters, huge numbers and deep nesting. Hypothesis runs with a fixed seed
and a bounded number of examples, so the suite is repeatable and quick.
"""

from __future__ import annotations

import csv
import io
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, seed, settings
from hypothesis import strategies as st

from ipquiz.bank.formats import FORMATS
from ipquiz.bank.problems import BankFileError
from ipquiz.config import resolve_locations
from ipquiz.services.app import AppServices, open_services
from ipquiz.services.bank_files import export_file, import_file

CORPUS = Path(__file__).parents[1] / "fixtures" / "corpus"
BANK = Path(__file__).parents[1] / "fixtures" / "bank"
SEED = 20261203
#: Examples per format and test: about ten seconds each, the same ones on every run.
BUDGET = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

FRAGMENTS = [
    b"{",
    b"}",
    b"{{{{",
    b"=",
    b"~",
    b"#",
    b"->",
    b"::",
    b"<b>",
    b"</p>",
    b"<script>alert(1)</script>",
    b"<![CD",
    b"<![CDATA[",
    b"]]>",
    b"<!--",
    b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
    b"<?xml",
    b"&amp;",
    b"&#0;",
    b"&#x110000;",
    b"&nosuch;",
    b"\x00",
    b"\x1b[31m",
    b"\x1b]0;title\x07",
    b"\r",
    b"\x85",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"9" * 5000,
    b"1e999",
    b"-1e999",
    b".inf",
    b".nan",
    b"2026-02-30",
    b"99999999999999999999999",
    b"[" * 200 + b"]" * 200,
    b"{" * 200 + b"}" * 200,
    b"&a [*a]",
    b"*a",
    b"!!python/object:os.system",
    b"!!binary AAAA",
    b"ANSWER: Z",
    b"A) x\nB) y\nANSWER: A\n",
    b"\n\n",
    b'"',
    b",",
    b";",
    b"\t",
    b"- ",
    b": ",
    b"  - id: x\n",
    b"\xe4\xb8\xad\xe6\x96\x87",
    b"\xa4\xa4\xa4\xe5",  # Big5 bytes
]


def _export_seeds(tmp: Path) -> dict[str, list[bytes]]:
    services = open_services(resolve_locations(data_dir=str(tmp / "seed-data")), bank=BANK)
    out: dict[str, list[bytes]] = {}
    try:
        for name, fmt in FORMATS.items():
            target = tmp / f"seed{fmt.extensions[0]}"
            categories = [None] if name != "yaml" else ["alpha", "beta"]
            for category in categories:
                export_file(services.db, target, fmt=name, category=category, lang="en")
                out.setdefault(name, []).append(target.read_bytes())
    finally:
        services.close()
    return out


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[bytes]]:
    found = _export_seeds(tmp_path_factory.mktemp("seeds"))
    found["yaml"] += [p.read_bytes() for p in sorted(BANK.glob("*.yaml"))]
    found["gift"] += [p.read_bytes() for p in sorted((CORPUS / "gift").glob("*.gift"))]
    found["moodle"] += [p.read_bytes() for p in sorted((CORPUS / "moodle-xml").glob("*.xml"))]
    return found


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServices]:
    folder = tmp_path_factory.mktemp("fuzz-data")
    s = open_services(resolve_locations(data_dir=str(folder)), bank=BANK)
    yield s
    s.close()


def _mutate(data: bytes, rng: random.Random, steps: int) -> bytes:
    for _ in range(steps):
        kind = rng.randrange(7)
        at = rng.randrange(len(data) + 1)
        if kind == 0:
            data = data[:at]
        elif kind == 1 and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1 :]
        elif kind == 2:
            lines = data.split(b"\n")
            rng.shuffle(lines)
            data = b"\n".join(lines)
        elif kind == 3:
            lines = data.split(b"\n")
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
            data = b"\n".join(lines)
        elif kind in (4, 5):
            data = data[:at] + rng.choice(FRAGMENTS) + data[at:]
        else:
            data = _replace_a_value(data, rng)
    return data


def _replace_a_value(data: bytes, rng: random.Random) -> bytes:
    """A value in a random line (after `key: `, a comma or `=`) becomes a fragment."""
    lines = data.split(b"\n")
    i = rng.randrange(len(lines))
    line = lines[i]
    for mark in (b": ", b",", b"=", b">"):
        if mark in line:
            head, _, tail = line.partition(mark)
            rest = tail.split(b",", 1)[1:] if mark == b"," else []
            lines[i] = b"".join([head, mark, rng.choice(FRAGMENTS), *(b"," + r for r in rest)])
            break
    else:
        lines[i] = rng.choice(FRAGMENTS)
    return b"\n".join(lines)


def _as_zip(data: bytes) -> bytes:
    """A whole-bank zip holding `data` as its one category file."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("t.yaml", data)
    return buffer.getvalue()


def _as_xlsx(data: bytes) -> bytes:
    """A workbook whose cells are the (mutated) CSV text's cells."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    text = data.decode("utf-8", errors="replace").replace("\x00", "")
    for row in csv.reader(io.StringIO(text, newline="")):
        sheet.append([_xml_safe(cell) for cell in row[:40]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xml_safe(cell: str) -> str:
    return "".join(ch for ch in cell if ch in "\t\n\r" or ord(ch) >= 0x20)[:2000]


def _import_or_refuse(services: AppServices, folder: Path, name: str, data: bytes) -> None:
    fmt = FORMATS[name]
    path = folder / f"fuzz{fmt.extensions[0]}"
    path.write_bytes(data)
    try:
        import_file(services.db, path, fmt=name)
    except BankFileError as exc:
        refused: BankFileError | None = exc
    else:
        refused = None
    if refused is not None:
        assert refused.problems, "a refusal names at least one problem"
        assert not any("\x1b" in str(problem) for problem in refused.problems)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_importer_imports_or_refuses_mutated_files(
    name: str,
    seeds: dict[str, list[bytes]],
    services: AppServices,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp(f"fuzz-{name}")
    sources = seeds["csv"] if name == "xlsx" else seeds[name]

    @seed(SEED)
    @BUDGET
    @given(
        source=st.sampled_from(sources),
        mutation=st.integers(0, 2**32),
        steps=st.integers(1, 6),
        as_cells=st.booleans(),
    )
    def run(source: bytes, mutation: int, steps: int, as_cells: bool) -> None:
        data = _mutate(source, random.Random(mutation), steps)
        if name == "xlsx":
            data = (
                _as_xlsx(data)
                if as_cells
                else _mutate(seeds["xlsx"][0], random.Random(mutation), steps)
            )
        _import_or_refuse(services, folder, name, data)

    run()


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_importer_survives_markup_and_control_text(
    name: str,
    services: AppServices,
    tmp_path_factory: pytest.TempPathFactory,
    seeds: dict[str, list[bytes]],
) -> None:
    """Arbitrary text (markup fragments, control characters, any Unicode) in a question's
    prompt and choices, where each format puts them."""
    folder = tmp_path_factory.mktemp(f"text-{name}")
    template = {
        "yaml": "category: {{id: t, order: {v}, name: {{en: T}}}}\nquestions:\n  - id: q\n"
        "    type: single\n    difficulty: {v}\n    checked: {v}\n    answer: A\n    en:\n"
        "      prompt: {p}\n      choices: [{a}, {b}]\n",
        "csv": "id,answer,prompt_en,choice_a_en,choice_b_en,difficulty\nq1,A,{p},{a},{b},{v}\n",
        "xlsx": "id,answer,prompt_en,choice_a_en,choice_b_en,difficulty\nq1,A,{p},{a},{b},{v}\n",
        "gift": "::q::{p} {{=%{v}%{a} ~{b}}}\n",
        "moodle": '<?xml version="1.0"?><quiz><question type="multichoice"><name><text>q</text>'
        "</name><questiontext><text>{p}</text></questiontext>"
        '<answer fraction="{v}"><text>{a}</text></answer><answer fraction="0"><text>{b}</text>'
        "</answer></question></quiz>",
        "aiken": "{p}\nA. {a}\nB. {b}\nANSWER: {v}\n",
    }
    template["zip"] = template["yaml"]  # a category file inside a zip
    template = template[name]
    fragment = st.sampled_from([f.decode("utf-8", errors="replace") for f in FRAGMENTS])
    piece = st.one_of(fragment, fragment, fragment, st.text(max_size=20))
    text = st.lists(piece, min_size=1, max_size=5).map(" ".join)
    value = st.one_of(
        fragment,
        st.integers().map(str),
        st.floats().map(str),
        st.sampled_from(["1", "2", "A", "100", "2026-11-28"]),
    )

    @seed(SEED)
    @BUDGET
    @given(p=text, a=text, b=text, v=value)
    @example(p="What does <![CD mean?", a="yes", b="no", v="1")
    @example(p="P", a="<![ x", b="b", v="2026-02-30")
    @example(p="P", a="a", b="b", v=".inf")
    @example(p="P", a="a", b="b", v="9" * 5000)
    def run(p: str, a: str, b: str, v: str) -> None:
        data = template.format(p=p, a=a, b=b, v=v).encode("utf-8", errors="surrogatepass")
        if name == "xlsx":
            data = _as_xlsx(data)
        elif name == "zip":
            data = _as_zip(data)
        _import_or_refuse(services, folder, name, data)

    run()
