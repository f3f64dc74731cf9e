"""The house rules that tools can check: ruff (lint, format, the openai import ban) and mypy --strict."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT

BIN = Path(sys.executable).parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(shutil.which("ruff", path=str(BIN)) is None, reason="ruff is in the test extra")
def test_ruff_lint_and_format() -> None:
    lint = run(str(BIN / "ruff"), "check", "src", "tests", "bench")
    assert lint.returncode == 0, lint.stdout
    fmt = run(str(BIN / "ruff"), "format", "--check", "src", "tests", "bench")
    assert fmt.returncode == 0, fmt.stdout


@pytest.mark.skipif(shutil.which("mypy", path=str(BIN)) is None, reason="mypy is in the test extra")
def test_mypy_strict() -> None:
    result = run(str(BIN / "mypy"), "--strict", "src/afterview")
    assert result.returncode == 0, result.stdout
