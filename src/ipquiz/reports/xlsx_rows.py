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
#: zlib's fastest level: the file is a little larger, written in a third of the time.
FAST = 1


@functools.lru_cache(maxsize=1 << 16)
def _cell(value: Value) -> str:
    """One cell's SheetML, without a reference: cells are written in column order, every
    column present (an empty one as <c/>). Names, letters, choice texts and results come
    back row after row, so each is escaped once."""
    if value is None or value == "":
        return "<c/>"
    if isinstance(value, bool) or not isinstance(value, int | float):
        text = escape(str(neutralize(_ILLEGAL.sub("", str(value)))))
        return f'<c t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
    return f"<c><v>{value!r}</v></c>"


def sheet_rows(rows: Iterable[Sequence[Value]], *, first: int) -> Iterator[str]:
    """`rows` as SheetML <row> elements, numbered from `first`."""
    for r, values in enumerate(rows, start=first):
        yield f'<row r="{r}">{"".join(map(_cell, values))}</row>'


def add_rows(book: bytes, sheet: int, rows: Iterable[Sequence[Value]], *, first: int) -> bytes:
    """`book` (an XLSX file's bytes) with `rows` appended to its `sheet`-th sheet (from 1),
    which must end at row `first - 1`."""
    name = f"xl/worksheets/sheet{sheet}.xml"
    out = io.BytesIO()
    found = False
    with (
        zipfile.ZipFile(io.BytesIO(book)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=FAST) as target,
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
            with target.open(name, "w") as part:  # deflated at the archive's level
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
