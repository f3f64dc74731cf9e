"""Rough edges a new user hit on a first run (a trial from a fresh clone, README only), each through the CLI."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from afterview.cli import app
from helpers import EXAMPLES

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


# --- what a review found -----------------------------------------------------------------------------


def test_import_never_writes_over_the_file_it_reads(tmp_path: Path) -> None:
    source = tmp_path / "notes.md"
    source.write_text("Met Dana from Acme today about the backend role; she liked my Kafka work.\n", encoding="utf-8")
    before = source.read_bytes()
    for args in (["import", str(source)], ["import", str(source), str(source), "--yes", "--force"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and "being imported" in result.stderr
    assert source.read_bytes() == before


import pytest  # noqa: E402


@pytest.mark.parametrize("now", ["2026-11-24", "9999-12-31T23:59"])
def test_import_and_new_read_now_as_every_command_does(tmp_path: Path, now: str) -> None:
    for args in (["import", str(EXAMPLES / "panel.md"), str(tmp_path / "o.md")], ["new", str(tmp_path / "n.md")]):
        result = runner.invoke(app, [*args, "--now", now], input="")
        assert result.exit_code == 2 and "--now" in result.stderr, (args, result.stderr)


def test_new_asks_again_for_an_email_the_notes_would_refuse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_new_command import ANSWERS

    monkeypatch.setenv("TZ", "America/New_York")  # the answers take the machine's timezone
    answers = list(ANSWERS)
    good = "Dana Lee, Engineering Manager, dana@acme.example"
    answers[answers.index(good)] = "Dana Lee, Engineering Manager, dana@acme.example>,x\n" + good
    target = tmp_path / "n.md"
    result = runner.invoke(
        app, ["new", str(target), "--now", "2026-11-24T16:00"], input="\n".join(["", *answers]) + "\n"
    )
    assert result.exit_code == 0, result.stderr
    assert "'dana@acme.example>,x' is not one email address" in result.stdout


def test_new_reads_an_offset_in_now_in_the_interviews_timezone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_new_command import ANSWERS

    monkeypatch.setenv("TZ", "America/New_York")

    answers = list(ANSWERS)  # answers 'today 2pm' in New York; --now is 16:00 UTC = 11:00 there: too late
    result = runner.invoke(
        app, ["new", str(tmp_path / "n.md"), "--now", "2026-11-24T16:00Z"], input="\n".join(["", *answers])
    )
    assert "later than now" in result.stdout


def test_revise_never_waits_on_a_pipe_in_its_output_folder(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    out = tmp_path / "rv"
    out.mkdir()
    os.mkfifo(out / "thank_you-tomas-ibarra.txt")
    args = ["revise", str(EXAMPLES / "single.yaml"), "--out", str(out), "--now", "2026-11-24T16:00"]
    done = subprocess.run(  # a real process with a time limit: waiting on the pipe would end the test, not hang it
        [sys.executable, "-m", "afterview", *args],
        input="save\nquit\ny\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert "not a regular file" in done.stdout + done.stderr, done.stdout[-2000:] + done.stderr[-2000:]
    assert (out / "thank_you-tomas-ibarra.txt").is_fifo()


def test_import_reads_a_timezone_said_in_words_as_the_region_meant() -> None:
    """The real local model answers 'New York time' from '2pm New York time' (recorded 2026-12-02)."""
    from afterview.notes.importing import Checked, notes_data

    kept = Checked("interview.timezone", "New York time", "2pm New York time", 1, "")
    assert notes_data([kept])["interview"]["timezone"] == "America/New_York"
