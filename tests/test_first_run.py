"""A first run looks right: a good plan shows no error at its natural --now, and a date alone is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from helpers import EXAMPLES, NOW

PANEL = str(EXAMPLES / "panel.yaml")

# The moment a user would naturally run each example: the first message it plans is due.
NATURAL_NOW = {
    "no-follow-up.yaml": "2026-11-23T12:00",  # two hours after the interview ended
    "panel.yaml": NOW,  # the README's first command
    "rejected.yaml": "2026-11-12T09:00",  # after the rejection
    "second-status-check.yaml": "2026-11-13T10:00",  # the final status check's window opens
    "single.yaml": "2026-11-20T13:15",  # two hours after the interview ended
}

runner = CliRunner()


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_is_ready_at_its_natural_now_under_strict(path: Path) -> None:
    assert path.name in NATURAL_NOW, f"add the natural --now of {path.name} to NATURAL_NOW"
    now = NATURAL_NOW[path.name]
    for output in ("text", "json"):
        result = runner.invoke(app, ["draft", str(path), "--now", now, "--strict", "--format", output])
        assert result.exit_code == 0, (path.name, result.stdout[-3000:], result.stderr)
        if output == "text":
            assert "NOT READY" not in result.stdout
            assert "  error " not in result.stdout


def test_readme_first_command_shows_the_status_check_not_yet_and_ready() -> None:
    result = runner.invoke(app, ["draft", PANEL, "--now", NOW, "--format", "json", "--strict"])
    assert result.exit_code == 0, result.stdout
    status = next(m for m in json.loads(result.stdout)["messages"] if m["kind"] == "status_check")
    assert status["send"]["state"] == "not_yet"  # JSON keeps the send state
    assert status["ready"] is True
    assert "too_early" not in {f["code"] for f in status["findings"]}


def test_send_at_now_checks_every_message_at_that_moment() -> None:
    result = runner.invoke(app, ["draft", PANEL, "--now", NOW, "--send-at", "now", "--format", "json", "--strict"])
    assert result.exit_code == 1
    messages = json.loads(result.stdout)["messages"]
    status = next(m for m in messages if m["kind"] == "status_check")
    assert [f["code"] for f in status["findings"] if f["severity"] == "error"] == ["too_early"]
    assert all(m["ready"] for m in messages if m["kind"] == "thank_you")


def test_an_explicit_time_checks_every_message_at_that_time() -> None:
    early = runner.invoke(app, ["draft", PANEL, "--now", NOW, "--send-at", "2026-11-30T10:00", "--format", "json"])
    assert early.exit_code == 0
    messages = json.loads(early.stdout)["messages"]
    status = next(m for m in messages if m["kind"] == "status_check")
    assert "too_early" in {f["code"] for f in status["findings"]}
    # the thank-yous, six days after the interview, are overdue at that time
    assert all("overdue" in {f["code"] for f in m["findings"]} for m in messages if m["kind"] == "thank_you")


def test_a_message_due_now_is_checked_at_now_not_at_its_recommended_time() -> None:
    # Two days after the interview: the thank-yous are overdue now, whatever their recommended time was.
    result = runner.invoke(
        app, ["draft", PANEL, "--now", "2026-11-26T16:00", "--kind", "thank_you", "--format", "json"]
    )
    assert result.exit_code == 0
    for message in json.loads(result.stdout)["messages"]:
        assert message["send"]["state"] == "overdue"
        assert "overdue" in {f["code"] for f in message["findings"]}, message["findings"]


def test_a_status_check_past_its_window_is_checked_now_and_is_late() -> None:
    result = runner.invoke(
        app, ["draft", PANEL, "--now", "2026-12-09T10:00", "--kind", "status_check", "--format", "json"]
    )
    assert result.exit_code == 0
    (status,) = json.loads(result.stdout)["messages"]
    assert status["send"]["state"] == "late"
    assert "late" in {f["code"] for f in status["findings"]}


def test_check_still_defaults_to_now(tmp_path: Path) -> None:
    note = tmp_path / "status.txt"
    note.write_text(
        "Subject: Senior Backend Engineer interview\n\nHi Priya,\n\nThank you again for coordinating my interviews "
        "for the Senior Backend Engineer role. I remain very interested in joining Acme.\n\nOne update since we "
        "spoke: I passed the AWS Solutions Architect exam. If it would help, I am happy to resend the portfolio "
        "link or share anything else you need.\n\nCould you let me know if there is any update on the timeline? "
        "Thank you for your time.\n\nBest regards,\nSam Rivera\n",
        encoding="utf-8",
    )
    args = ["check", str(note), "--notes", PANEL, "--kind", "status_check", "--to", "Priya", "--now", NOW]
    now = runner.invoke(app, [*args, "--format", "json"])
    assert "too_early" in {f["code"] for f in json.loads(now.stdout)["findings"]}
    planned = runner.invoke(app, [*args, "--send-at", "recommended", "--format", "json"])
    assert "too_early" not in {f["code"] for f in json.loads(planned.stdout)["findings"]}


@pytest.mark.parametrize(
    "args",
    [
        ["draft", PANEL, "--now", "2026-11-26"],
        ["draft", PANEL, "--now", NOW, "--send-at", "2026-12-01"],
        ["schedule", PANEL, "--now", "2026-11-26"],
        ["revise", PANEL, "--now", "2026-11-26"],
        ["batch", PANEL, "--now", "2026-11-26"],
        ["draft", PANEL, "--now", "20261126"],
    ],
    ids=["draft-now", "draft-send-at", "schedule-now", "revise-now", "batch-now", "basic-format"],
)
def test_a_date_alone_is_refused_asking_for_a_time(args: list[str], tmp_path: Path) -> None:
    result = runner.invoke(app, [*args, *(["--out", str(tmp_path)] if args[0] == "batch" else [])], input="quit\n")
    assert result.exit_code == 2, result.stdout
    flag = "--send-at" if "--send-at" in args else "--now"
    assert result.stderr.startswith(f"afterview: error: {flag}: ")
    assert "needs a time as well as a date, e.g. 2026-1" in result.stderr
    assert "T16:00" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_batch_strict_passes_on_a_good_plan_by_default(tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", PANEL, "--out", str(tmp_path / "out"), "--now", NOW, "--strict"])
    assert result.exit_code == 0, result.stdout
