"""Many rows into a sheet of a workbook openpyxl made: the report's Answers sheet.

openpyxl serialises each cell through an XML element tree, about 8 microseconds a cell:
100,000 answers of eight columns took 8 s of the workbook's 10. Here the rows of one
sheet are streamed as plain SheetML (numbers as values, text as inline strings, escaped
and cleaned of characters XML cannot hold) into the `<sheetData>` that openpyxl wrote
with the header, while every other part of the file is copied as openpyxl made it.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from xml.sax.saxutils import escape

from ipquiz.domain.spreadsheet_cells import neutralize

Value = str | int | float | None
#: Characters XML 1.0 cannot hold (openpyxl's own ILLEGAL_CHARACTERS_RE).
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_END = b"</sheetData>"


def _column(n: int) -> str:
    name = ""
    while n:
        n, rest = divmod(n - 1, 26)
        name = chr(65 + rest) + name
    return name


@functools.lru_cache(maxsize=1 << 16)
def _text(value: str) -> str:
    """Names, letters, choice texts and results repeat on every few rows: escaped once."""
    return escape(str(neutralize(_ILLEGAL.sub("", value))))


def sheet_rows(rows: Iterable[Sequence[Value]], *, first: int) -> Iterator[str]:
    """`rows` as SheetML <row> elements, numbered from `first`."""
    letters = [_column(n) for n in range(1, 27)]
    for r, values in enumerate(rows, start=first):
        cells = []
        for letter, v in zip(letters, values, strict=False):
            if v is None or v == "":
                continue
            if isinstance(v, bool) or not isinstance(v, int | float):
                cells.append(
                    f'<c r="{letter}{r}" t="inlineStr"><is><t xml:space="preserve">'
                    f"{_text(str(v))}</t></is></c>"
                )
            else:
                cells.append(f'<c r="{letter}{r}"><v>{v!r}</v></c>')
        yield f'<row r="{r}">{"".join(cells)}</row>'


def add_rows(book: bytes, sheet: int, rows: Iterable[Sequence[Value]], *, first: int) -> bytes:
    """`book` (an XLSX file's bytes) with `rows` appended to its `sheet`-th sheet (from 1),
    which must end at row `first - 1`."""
    name = f"xl/worksheets/sheet{sheet}.xml"
    out = io.BytesIO()
    found = False
    with (
        zipfile.ZipFile(io.BytesIO(book)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename != name:
                target.writestr(info, data)
                continue
            found = True
            head, end, tail = data.partition(_END)
            if not end:
                raise ValueError(f"{name} has no sheet data to add rows to")
            entry = zipfile.ZipInfo(name, info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with target.open(entry, "w") as part:
                part.write(head)
                batch: list[str] = []
                for row in sheet_rows(rows, first=first):
                    batch.append(row)
                    if len(batch) >= 2000:
                        part.write("".join(batch).encode("utf-8"))
                        batch.clear()
                part.write("".join(batch).encode("utf-8"))
                part.write(end + tail)
    if not found:
        raise ValueError(f"the workbook has no {name}")
    return out.getvalue()
