"""Every interface string is translated, and the compiled file matches its source."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_translations_complete_and_compiled() -> None:
    spec = importlib.util.spec_from_file_location(
        "translations", REPO / "packaging" / "translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.check() == []
