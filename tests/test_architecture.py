"""The architecture, enforced: the import contracts in pyproject.toml ([tool.importlinter]).

- the converter (articles.ingest) imports nothing from Django or the rest of the project;
- the domain (articles.domain) imports neither the site, the desk, the API nor the importer;
- the reader site, the desk and the importer never import each other;
- the API never imports the desk or the importer.
"""

import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def test_the_import_contracts_are_kept():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--config", str(BASE_DIR / "pyproject.toml"), "--no-cache"],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
