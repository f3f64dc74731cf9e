"""The import direction ARCHITECTURE.md describes, checked with import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT

LINT = Path(sys.executable).parent / "lint-imports"


@pytest.mark.skipif(shutil.which(str(LINT)) is None, reason="import-linter is in the test extra")
def test_the_import_contracts_hold() -> None:
    result = subprocess.run([str(LINT)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:]
    contracts = (ROOT / "pyproject.toml").read_text(encoding="utf-8").count("[[tool.importlinter.contracts]]")
    assert contracts >= 5 and f"{contracts} kept, 0 broken" in result.stdout


def test_no_module_imports_its_way_back_to_itself() -> None:
    grimp = pytest.importorskip("grimp")
    graph = grimp.build_graph("afterview")
    cycles = [
        (m, i)
        for m in sorted(graph.modules)
        for i in graph.find_modules_directly_imported_by(m)
        if graph.chain_exists(importer=i, imported=m)
    ]
    assert cycles == []
