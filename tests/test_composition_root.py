"""The window and the commands get their services from the composition root, never the
storage `Database`: a database object handed around is how SQL leaks into screens."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "ipquiz"


def database_uses(folder: Path) -> list[str]:
    """Every `Database` name or import and every `.db` attribute under `folder`."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = (
                node.attr
                if isinstance(node, ast.Attribute) and node.attr == "db"
                else node.id
                if isinstance(node, ast.Name) and node.id == "Database"
                else node.name
                if isinstance(node, ast.alias) and node.name == "Database"
                else ""
            )
            if name:
                found.append(f"{path.relative_to(folder)}:{getattr(node, 'lineno', 0)} {name}")
    return found


@pytest.mark.parametrize("layer", ["gui", "cli"])
def test_no_database_above_the_services(layer: str) -> None:
    assert database_uses(SRC / layer) == []


def test_the_check_finds_a_database_handed_around(tmp_path: Path) -> None:
    (tmp_path / "screen.py").write_text(
        "from ipquiz.storage.database import Database\ndef f(services): return services.db\n",
        encoding="utf-8",
    )
    found = {use.split(" ")[1] for use in database_uses(tmp_path)}
    assert found == {"Database", "db"}
