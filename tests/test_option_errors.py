"""Every command-line mistake is one `afterview: error: …` line and exit 2; --tone casual is the warm preset."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from helpers import EXAMPLES, NOW

PANEL = str(EXAMPLES / "panel.yaml")
runner = CliRunner()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["draft", PANEL, "--tone", "loud"],
            "--tone: 'loud' is not one of warm, formal, concise, enthusiastic, casual",
        ),
        (["draft", PANEL, "--tone", "casul"], "did you mean 'casual'?"),
        (["draft", PANEL, "--format", "pdf"], "--format: 'pdf' is not one of text, markdown, json, eml"),
        (
            ["draft", PANEL, "--kind", "thanks"],
            "--kind: 'thanks' is not one of thank_you, status_check, feedback_request",
        ),
        (["draft", PANEL, "--grammar", "grammarly"], "--grammar: 'grammarly' is not one of auto, harper, languagetool"),
        (["check", "d.txt", "--notes", PANEL, "--format", "xml"], "--format: 'xml' is not one of text, json"),
        (["revise", PANEL, "--kind", "x"], "--kind: 'x' is not one of"),
        (["batch", PANEL, "--concurrency", "0"], "--concurrency: should be at least 1"),
        (["batch", PANEL, "--concurrency", "many"], "--concurrency: "),
        (["batch", PANEL, "--poll", "-1"], "--poll: should be at least 0"),
        (["draft", PANEL, "--strickt"], "--strickt: no such option for afterview draft; did you mean '--strict'?"),
        (["draft", PANEL, "--now"], "--now: needs a value"),
        (["draft"], "afterview draft needs NOTES"),
        (["check", "d.txt"], "--notes: required"),
        (["drat", PANEL], "no such command 'drat'; did you mean 'draft'?"),
        (["fixtures", "verify"], "afterview fixtures verify needs FOLDER"),
        (["draft", PANEL, "--now", "tomorrow"], "--now: 'tomorrow' is not a date and time"),
        (["schedule", PANEL, "--now", "2026-11-24T25:00"], "--now: '2026-11-24T25:00' is not a date and time"),
        (["draft", PANEL, "--send-at", "soon"], "--send-at: 'soon' is not a date and time"),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else None,
)
def test_a_bad_flag_is_one_error_line_and_exit_2(args: list[str], expected: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("afterview: error: ") and expected in lines[0], lines[0]
    assert "Usage:" not in result.output and "Try '" not in result.output
    assert result.stdout == ""


def test_the_installed_command_reports_usage_errors_the_same_way() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "afterview", "draft", PANEL, "--tone", "loud"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("afterview: error: --tone: 'loud' is not one of") and done.stdout == ""


def test_no_arguments_still_shows_the_help() -> None:
    result = runner.invoke(app, [])
    assert "Usage: afterview" in result.output and "draft" in result.output


@pytest.mark.parametrize("command", ["draft", "batch"])
def test_tone_casual_is_the_warm_preset(command: str, tmp_path: Path) -> None:
    if command == "draft":
        casual = runner.invoke(app, ["draft", PANEL, "--now", NOW, "--tone", "casual", "--format", "json"])
        warm = runner.invoke(app, ["draft", PANEL, "--now", NOW, "--tone", "warm", "--format", "json"])
        assert casual.exit_code == 0, casual.stderr
        assert casual.stdout == warm.stdout
        assert {m["tone"] for m in json.loads(casual.stdout)["messages"]} == {"warm"}
    else:
        result = runner.invoke(app, ["batch", PANEL, "--out", str(tmp_path), "--now", NOW, "--tone", "casual"])
        assert result.exit_code == 0, result.stdout


def test_tone_casual_in_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text('tone = "casual"\n', encoding="utf-8")
    monkeypatch.setenv("AFTERVIEW_CONFIG", str(config))
    result = runner.invoke(app, ["draft", PANEL, "--now", NOW, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert {m["tone"] for m in json.loads(result.stdout)["messages"]} == {"warm"}


def test_revise_accepts_tone_casual() -> None:
    result = runner.invoke(app, ["revise", PANEL, "--now", NOW, "--tone", "casual"], input="quit\n")
    assert result.exit_code == 0, result.stderr
    assert "tone warm" in result.stdout
