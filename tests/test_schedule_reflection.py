"""After a rejection, `schedule` says where the reflection questions are instead of pointing at nothing."""

from __future__ import annotations

from typer.testing import CliRunner

from afterview.cli import app
from helpers import EXAMPLES, NOW

runner = CliRunner()


def test_schedule_after_a_rejection_points_to_draft_for_the_reflection() -> None:
    result = runner.invoke(app, ["schedule", str(EXAMPLES / "rejected.yaml"), "--now", NOW])
    assert result.exit_code == 0, result.stderr
    assert "you were not selected" in result.stdout
    assert "see the reflection" not in result.stdout  # schedule prints no reflection to see
    assert "`afterview draft` adds a few questions to think through" in result.stdout


def test_schedule_for_a_pending_process_says_nothing_of_a_reflection() -> None:
    result = runner.invoke(app, ["schedule", str(EXAMPLES / "panel.yaml"), "--now", NOW])
    assert result.exit_code == 0, result.stderr
    assert "questions to think through" not in result.stdout


def test_draft_after_a_rejection_still_prints_the_reflection_questions() -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLES / "rejected.yaml"), "--now", NOW])
    assert result.exit_code == 0, result.stderr
    assert "=== Reflection ===" in result.stdout
