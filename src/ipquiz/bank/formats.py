"""The question-file formats the app reads and writes, found by name or file extension.

Format modules are imported only when used, so start-up never pays for openpyxl or
the XML parser.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ipquiz.bank.interchange import MAX_FILE_BYTES, MAX_YAML_BYTES, ReadResult
from ipquiz.domain.question import Category, Question

Reader = Callable[..., ReadResult]
Writer = Callable[..., bytes]


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    label: str
    extensions: tuple[str, ...]
    module: str
    reader: str
    writer: str
    carries: str = ""  # a predicate (question, lang=) for formats that hold only some questions
    max_bytes: int = MAX_FILE_BYTES  # larger files are refused before they are read
    holds_images: bool = False  # writes a question's picture (else it is left behind)

    def _load(self, attr: str) -> Any:
        return getattr(importlib.import_module(f"ipquiz.bank.{self.module}"), attr)

    def read(
        self, data: bytes, *, name: str, category: str | None = None, encoding: str | None = None
    ) -> ReadResult:
        reader: Reader = self._load(self.reader)
        return reader(data, name=name, category=category, encoding=encoding)

    def can_carry(self, question: Question, *, lang: str) -> bool:
        if not self.carries:
            return True
        predicate: Callable[..., bool] = self._load(self.carries)
        return predicate(question, lang=lang)

    def write(
        self, questions: Sequence[Question], categories: Mapping[str, Category], *, lang: str
    ) -> bytes:
        writer: Writer = self._load(self.writer)
        return writer(questions, categories, lang=lang)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "yaml",
            "ipquiz YAML",
            (".yaml", ".yml"),
            "native_yaml",
            "read_native",
            "write_native",
            max_bytes=MAX_YAML_BYTES,
            holds_images=True,
        ),
        Format("csv", "CSV", (".csv", ".txt"), "spreadsheet", "read_csv", "write_csv"),
        Format("xlsx", "Excel / WPS", (".xlsx",), "spreadsheet", "read_xlsx", "write_xlsx"),
        Format("gift", "Moodle GIFT", (".gift",), "gift", "read_gift", "write_gift"),
        Format(
            "moodle",
            "Moodle XML",
            (".xml",),
            "moodle_xml",
            "read_moodle_xml",
            "write_moodle_xml",
            holds_images=True,
        ),
        Format(
            "aiken", "Aiken", (".aiken",), "aiken", "read_aiken", "write_aiken", "aiken_can_carry"
        ),
        Format(
            "zip",
            "ipquiz YAML, one file per topic (.zip)",
            (".zip",),
            "native_bundle",
            "read_native_zip",
            "write_native_zip",
            holds_images=True,
        ),
    )
}


class UnknownFormatError(ValueError):
    pass


def format_for(path: Path, name: str | None = None, *, data: bytes | None = None) -> Format:
    """The format asked for, or the one the file's extension says.

    A `.txt` file is Aiken or CSV/TSV text: given the file's bytes, its content decides.
    """
    if name:
        try:
            return FORMATS[name.lower()]
        except KeyError:
            known = ", ".join(FORMATS)
            raise UnknownFormatError(f"unknown format {name!r}; use one of {known}") from None
    suffix = path.suffix.lower()
    if suffix == ".txt" and data is not None:
        from ipquiz.bank.aiken import looks_like_aiken

        return FORMATS["aiken" if looks_like_aiken(data) else "csv"]
    for fmt in FORMATS.values():
        if suffix in fmt.extensions:
            return fmt
    raise UnknownFormatError(
        f"{path.name}: cannot tell the format from '{suffix or 'no extension'}'; give --format"
    )
