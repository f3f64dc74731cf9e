"""`afterview import` of free-text notes on answers recorded from the real local model (Qwen2.5-Coder-1.5B).

fixtures/llm-import holds the model's answers to every ask of these imports (recorded with
`--fixtures fixtures/llm-import --fixtures-mode record-missing`, see README). The expected
values were written by reading each notes file, not copied from the output; a value the
model missed is named in a comment and asserted absent, so a better recording shows up here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes

ROOT = Path(__file__).resolve().parents[2]
NOTES = ROOT / "fixtures" / "import"
RECORDED = ROOT / "fixtures" / "llm-import"
NOW = "2026-11-24T16:00"  # a Tuesday
runner = CliRunner()


def imported(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Notes, str]:
    for key in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "AFTERVIEW_PROVIDER", "AFTERVIEW_MODEL"):
        monkeypatch.delenv(key, raising=False)
    target = tmp_path / f"{name}.md"
    args = ["import", str(NOTES / f"{name}.txt"), str(target), "--now", NOW, "--yes"]
    result = runner.invoke(app, [*args, "--provider", "replay", "--fixtures", str(RECORDED)])
    assert result.exit_code == 0, result.stdout + result.stderr
    return load_notes(target), result.stdout
