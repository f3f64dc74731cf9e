"""What `afterview draft` prints for two bundled examples, as reviewed snapshots (syrupy): a change to
the drafts, the checks or their rendering shows as a diff in tests/__snapshots__/ to read and accept
(`pytest tests/test_output_snapshots.py --snapshot-update`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion
from typer.testing import CliRunner

from afterview.cli import app

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-11-24T16:00"
runner = CliRunner()


@pytest.mark.parametrize("output_format", ["text", "json"])
@pytest.mark.parametrize("example", ["single.yaml", "panel.md"])
def test_draft_output(
    example: str, output_format: str, snapshot: SnapshotAssertion, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the notes path the output names is the same on every machine
    notes = f"fixtures/examples/{example}"
    result = runner.invoke(
        app, ["draft", notes, "--now", NOW, "--format", output_format, "--provider", "template", "--grammar", "harper"]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == snapshot
