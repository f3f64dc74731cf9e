"""Rough edges a new user hit on a first run (a trial from a fresh clone, README only), each through the CLI."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from afterview.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "examples"
runner = CliRunner()


def test_help_lists_commands_in_the_order_a_new_user_meets_them() -> None:
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "100"})
    listed = [line.split()[0] for line in result.stdout.split("Commands:")[1].splitlines() if line.startswith("  ")]
    assert listed[:4] == ["new", "init", "draft", "check"]


def test_the_grammar_engine_is_named_once_per_run_not_under_every_message() -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLES / "panel.yaml"), "--now", "2026-11-24T16:00"])
    assert result.exit_code == 0
    assert result.stdout.count("checked by Harper") == 1
    head = result.stdout.split("=== 1.")[0]
    assert "checked by Harper" in head
    as_json = runner.invoke(
        app, ["draft", str(EXAMPLES / "panel.yaml"), "--now", "2026-11-24T16:00", "--format", "json"]
    )
    assert as_json.stdout.count('"code": "engine"') == 4  # JSON keeps it on every message


def test_a_timezone_word_in_markdown_notes_is_named_as_the_problem(tmp_path: Path) -> None:
    notes = tmp_path / "n.md"
    text = (EXAMPLES / "panel.md").read_text(encoding="utf-8").replace("America/New_York", "Eastern", 1)
    notes.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["draft", str(notes), "--now", "2026-11-24T16:00"])
    assert result.exit_code == 2
    assert "'Eastern' is not a timezone name" in result.stderr and "America/New_York" in result.stderr


def test_init_names_its_own_file_in_the_next_step(tmp_path: Path) -> None:
    target = tmp_path / "acme notes.md"
    assert runner.invoke(app, ["init", "--format", "md", str(target)]).exit_code == 0
    assert f"afterview draft '{target}'" in target.read_text(encoding="utf-8")
