"""The converter package imports nothing from Django or from the rest of the project."""

from __future__ import annotations

import ast
from pathlib import Path

INGEST = Path(__file__).resolve().parents[2] / "articles" / "ingest"


def _imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def test_converter_modules_import_neither_django_nor_the_project():
    offending = []
    for path in sorted(INGEST.glob("*.py")):
        for name in _imported_modules(path):
            top = name.split(".")[0]
            if top in ("django", "newsroom") or (top == "articles" and not name.startswith("articles.ingest")):
                offending.append(f"{path.name}: {name}")
    assert offending == []
