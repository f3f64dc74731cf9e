"""`afterview check` on hand-written drafts, and the checks as `draft` reports them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from helpers import EXAMPLES, NOW

PANEL = str(EXAMPLES / "panel.yaml")
runner = CliRunner()

GOOD = """Subject: Thank you for today's conversation

Dear Dana,

Thank you for taking the time to talk with me today about the Senior Backend Engineer role at Acme.
I especially enjoyed our discussion of moving billing to event sourcing, and I have been thinking
about the challenge you described: nightly batch jobs page the on-call team.

When I led the Kafka migration at Northwind, I worked on problems of a similar shape, and I would
welcome the chance to help your team make those nights quieter. It was also fun to learn that we
both ran the Chicago marathon.

Thank you again for your time. I am very interested in joining Acme and look forward to hearing
about the next steps.

Best regards,
Sam Rivera
"""

BAD = """Subject: Thanks

Hey Dena,

Thanks for the chat today!!! As I mentioned in my last email, I really need this job.
Please let me know by Friday.

Cheers,
Sam
"""


def check(tmp_path: Path, text: str, *args: str) -> object:
    draft = tmp_path / "draft.txt"
    draft.write_text(text)
    return runner.invoke(app, ["check", str(draft), "--notes", PANEL, "--now", NOW, *args])


def test_a_careful_hand_written_note_is_ready(tmp_path: Path) -> None:
    result = check(tmp_path, GOOD, "--to", "Dana Lee", "--format", "json", "--strict")
    assert result.exit_code == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ready"] is True
    assert not [f for f in report["findings"] if f["severity"] == "error"]
    engine = [f for f in report["findings"] if f["check"] == "grammar" and f["code"] == "engine"]
    assert len(engine) == 1 and "Harper" in engine[0]["message"]


def test_a_careless_note_is_caught_and_strict_exits_1(tmp_path: Path) -> None:
    result = check(tmp_path, BAD, "--format", "json", "--strict")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["ready"] is False
    codes = {(f["check"], f["code"]) for f in report["findings"]}
    assert ("facts", "misspelled_name") in codes  # Dena for Dana
    assert ("tone", "desperate") in codes
    assert ("negativity", "passive_aggressive") in codes
    assert ("length", "too_short") in codes
    assert any(c == "personalization" for c, _ in codes)
    misspelled = next(f for f in report["findings"] if f["code"] == "misspelled_name")
    assert misspelled["suggestion"] == "Dana"


def test_text_report_without_strict_exits_0_and_says_not_ready(tmp_path: Path) -> None:
    result = check(tmp_path, BAD)
    assert result.exit_code == 0
    assert "NOT READY" in result.stdout and "Dena" in result.stdout


def test_status_check_too_early_is_an_error_and_fine_in_its_window(tmp_path: Path) -> None:
    note = (
        "Subject: Following up on the Senior Backend Engineer role\n\nDear Priya,\n\n"
        "I hope your week is going well. I wanted to follow up on my November 24 interview for the "
        "Senior Backend Engineer role. I remain very interested in joining Acme.\n\n"
        "One update since we spoke: I passed the AWS Solutions Architect exam. If it would help, I am "
        "happy to resend the portfolio link or share anything else you need.\n\n"
        "Could you let me know if there is any update on the timeline? Thank you for your time.\n\n"
        "Best regards,\nSam Rivera\n"
    )
    early = check(tmp_path, note, "--kind", "status_check", "--to", "Priya Shah", "--format", "json")
    codes = {f["code"] for f in json.loads(early.stdout)["findings"]}
    assert "too_early" in codes
    on_time = check(
        tmp_path,
        note,
        "--kind",
        "status_check",
        "--to",
        "Priya",
        "--send-at",
        "2026-12-01T10:00",
        "--format",
        "json",
    )
    report = json.loads(on_time.stdout)
    assert "too_early" not in {f["code"] for f in report["findings"]}
    assert report["ready"] is True, report["findings"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"\x00\x01binary", "not a text file"),
        (b"caf\xe9 au lait", "not UTF-8"),
        (b"Subject:\n\nDear Dana,\n", "'Subject:' line is empty"),
    ],
    ids=["empty", "binary", "not-utf8", "empty-subject"],
)
def test_bad_draft_files_exit_2_naming_the_file(tmp_path: Path, content: bytes, expected: str) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes(content)
    result = runner.invoke(app, ["check", str(draft), "--notes", PANEL])
    assert result.exit_code == 2
    assert "draft.txt" in result.stderr and expected in result.stderr
    assert "Traceback" not in result.stderr


def test_languagetool_asked_for_but_missing_is_a_clear_error(tmp_path: Path) -> None:
    result = check(tmp_path, GOOD, "--grammar", "languagetool")
    assert result.exit_code == 2
    assert "LanguageTool" in result.stderr and "--grammar harper" in result.stderr


def test_every_template_draft_is_ready_when_sent_at_its_recommended_time() -> None:
    for path in sorted(EXAMPLES.glob("*.yaml")):
        for tone in ("warm", "formal", "concise", "enthusiastic"):
            result = runner.invoke(
                app,
                [
                    "draft",
                    str(path),
                    "--now",
                    NOW,
                    "--tone",
                    tone,
                    "--send-at",
                    "recommended",
                    "--feedback-request",
                    "--format",
                    "json",
                    "--strict",
                ],
            )
            assert result.exit_code == 0, (path.name, tone, result.stdout[-2000:])
            for message in json.loads(result.stdout)["messages"]:
                errors = [f for f in message["findings"] if f["severity"] == "error"]
                assert not errors and message["ready"], (path.name, tone, message["to"], errors)


def test_draft_reports_a_status_check_drafted_early_as_not_ready_yet() -> None:
    result = runner.invoke(app, ["draft", PANEL, "--now", NOW, "--send-at", "now", "--format", "json", "--strict"])
    assert result.exit_code == 1  # the status check cannot be sent now
    messages = json.loads(result.stdout)["messages"]
    status = next(m for m in messages if m["kind"] == "status_check")
    assert status["ready"] is False
    assert [f["code"] for f in status["findings"] if f["severity"] == "error"] == ["too_early"]
    assert all(m["ready"] for m in messages if m["kind"] == "thank_you")


def test_send_at_a_time_on_the_window_s_first_day_is_ready_and_the_day_before_too_early() -> None:
    result = runner.invoke(
        app,
        ["draft", PANEL, "--now", NOW, "--kind", "status_check", "--send-at", "2026-12-01T11:00", "--format", "json"],
    )
    assert result.exit_code == 0
    (status,) = json.loads(result.stdout)["messages"]
    assert status["to"] == "Priya Shah" and status["ready"] is True  # Dec 1 in Chicago opens the window
    early = runner.invoke(
        app,
        ["draft", PANEL, "--now", NOW, "--kind", "status_check", "--send-at", "2026-11-30T11:00", "--format", "json"],
    )
    assert "too_early" in {f["code"] for f in json.loads(early.stdout)["messages"][0]["findings"]}
