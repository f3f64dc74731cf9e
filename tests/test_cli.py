"""The command line as a user meets it: exit codes first, then stdout and stderr apart."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.notes.loader import load_notes
from helpers import EXAMPLES, NOW

PANEL = str(EXAMPLES / "panel.yaml")

runner = CliRunner()


def invoke(*args: str) -> object:
    return runner.invoke(app, list(args))


def test_draft_panel_gives_three_distinct_thank_yous_and_one_status_check_to_the_recruiter() -> None:
    result = invoke("draft", PANEL, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.count("=== ") == 4
    assert "Thank-you to Dana Lee" in out and "Thank-you to Marcus Chen" in out and "Thank-you to Priya Shah" in out
    assert "Status check to Priya Shah, Technical Recruiter" in out
    assert "template writer" in out  # says which provider wrote it and why
    assert "\x1b[" not in out  # no colour when not on a terminal


def test_json_output_matches_spec_section_7_field_for_field() -> None:
    result = invoke("draft", PANEL, "--now", NOW, "--format", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert list(doc)[:5] == ["notes", "now", "messages", "skipped", "reflection"]
    assert doc["now"] == "2026-11-24T16:00:00-05:00"
    assert doc["skipped"] == [] and doc["reflection"] is None
    first = doc["messages"][0]
    for key in ("kind", "to", "channel", "subject", "body", "provider", "send", "findings", "ready"):
        assert key in first
    assert first["kind"] == "thank_you" and first["to"] == "Dana Lee" and first["channel"] == "email"
    assert first["provider"] == "template" and first["ready"] is True
    send = first["send"]
    assert send["state"] == "due"
    assert send["recommended_at"] == "2026-11-24T17:30:00-05:00"  # 90-minute interview ends 15:30, + 2 h
    assert send["deadline"] == "2026-11-25T15:30:00-05:00"
    assert send["window_start"] is None and send["window_end"] is None
    card = doc["messages"][1]
    assert card["channel"] == "handwritten" and card["subject"] is None
    status = doc["messages"][3]
    assert status["kind"] == "status_check" and status["to"] == "Priya Shah"
    assert status["send"]["deadline"] is None
    assert status["send"]["window_start"] == "2026-12-01" and status["send"]["window_end"] == "2026-12-04"
    assert status["send"]["recommended_at"] == "2026-12-01T10:00:00-06:00"  # recruiter's own timezone


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "eml"])
def test_same_input_twice_gives_byte_identical_output(fmt: str) -> None:
    one = invoke("draft", PANEL, "--now", NOW, "--format", fmt)
    two = invoke("draft", PANEL, "--now", NOW, "--format", fmt)
    assert one.exit_code == 0 and two.exit_code == 0
    assert one.stdout == two.stdout and one.stdout


def test_eml_output_is_a_parseable_unsent_email() -> None:
    import email
    from email import policy

    result = invoke("draft", PANEL, "--now", NOW, "--format", "eml", "--to", "Dana")
    assert result.exit_code == 0, result.stderr
    text = result.stdout.split("\n", 1)[1]  # after the mbox "From " separator
    message = email.message_from_string(text, policy=policy.default)
    assert message["To"] == "Dana Lee <dana@acme.example>"
    assert message["From"] == "Sam Rivera <sam@example.com>"
    assert message["X-Unsent"] == "1"
    assert message.get_content().startswith("Dear Dana,")


def test_eml_skips_non_email_channels_with_a_notice() -> None:
    result = invoke("draft", PANEL, "--now", NOW, "--format", "eml", "--to", "Marcus Chen")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "handwritten" in result.stderr and "--format text" in result.stderr


def test_filters_by_kind_and_person() -> None:
    result = invoke("draft", PANEL, "--now", NOW, "--kind", "status_check", "--format", "json")
    assert [m["kind"] for m in json.loads(result.stdout)["messages"]] == ["status_check"]
    result = invoke("draft", PANEL, "--now", NOW, "--to", "marcus chen", "--format", "json")
    assert [m["to"] for m in json.loads(result.stdout)["messages"]] == ["Marcus Chen"]


def test_tone_flag_changes_the_writing() -> None:
    warm = invoke("draft", PANEL, "--now", NOW, "--to", "Dana Lee").stdout
    formal = invoke("draft", PANEL, "--now", NOW, "--to", "Dana Lee", "--tone", "formal").stdout
    assert "Dear Dana," in warm and "Dear Dana," in formal  # never first name plus surname
    formal_sign_off = re.compile(r"^(?:Sincerely|Kind regards|Respectfully|Yours sincerely),$", re.M)
    assert formal_sign_off.search(formal) and not formal_sign_off.search(warm)
    assert warm.split("Dear Dana,")[1][:80] != formal.split("Dear Dana,")[1][:80]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["draft", PANEL, "--to", "Dna Lee"], "did you mean 'Dana Lee'"),
        (["draft", PANEL, "--now", "tomorrow"], "--now: 'tomorrow' is not a date and time"),
        (["draft", PANEL, "--tone", "sassy"], "sassy"),
        (["draft", PANEL, "--format", "pdf"], "pdf"),
        (["draft", "missing.yaml"], "missing.yaml: no such file"),
        (["schedule", str(EXAMPLES)], "is a directory"),
    ],
    ids=["unknown-person", "bad-now", "bad-tone", "bad-format", "missing-file", "directory"],
)
def test_bad_flags_and_files_exit_2_with_one_clear_message(args: list[str], expected: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_malformed_notes_name_file_line_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "notes.yaml"
    text = (EXAMPLES / "panel.yaml").read_text().replace("role: peer", "role: hr_person")
    bad.write_text(text)
    line = text.splitlines().index("    role: hr_person") + 1
    result = invoke("draft", str(bad))
    assert result.exit_code == 2
    assert f"notes.yaml:{line}: interviewers[1].role: 'hr_person' is not one of" in result.stderr
    assert "hiring_manager, recruiter, peer, executive, other" in result.stderr
    assert result.stdout == ""


def test_init_writes_an_example_that_loads_and_drafts(tmp_path: Path) -> None:
    target = tmp_path / "notes.yaml"
    result = invoke("init", str(target))
    assert result.exit_code == 0, result.stderr
    notes = load_notes(target)
    assert notes.candidate.name and notes.interviewers
    assert "#" in target.read_text()  # commented
    drafted = invoke("draft", str(target), "--now", "2026-11-24T16:00")
    assert drafted.exit_code == 0 and "Thank-you to Dana Lee" in drafted.stdout


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "notes.yaml"
    target.write_text("mine")
    result = invoke("init", str(target))
    assert result.exit_code == 2 and "already exists" in result.stderr
    assert target.read_text() == "mine"


def test_schema_validates_the_examples_and_rejects_a_bad_role() -> None:
    import jsonschema

    result = invoke("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    for path in EXAMPLES.glob("*.yaml"):
        data = load_notes(path).model_dump(mode="json", exclude_defaults=True)
        data["interview"]["at"] = data["interview"]["at"][:16]
        for entry in data.get("history", []):
            entry["at"] = entry["at"][:16]
        jsonschema.validate(data, schema)
    data["interviewers"][0]["role"] = "hr_person"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_schedule_table_and_ics_reminders(tmp_path: Path) -> None:
    import icalendar

    ics = tmp_path / "plan.ics"
    result = invoke("schedule", PANEL, "--now", NOW, "--ics", str(ics))
    assert result.exit_code == 0, result.stderr
    assert "Send at (their time)" in result.stdout
    assert "17:30 Tue 24 Nov 2026 (America/New_York)" in result.stdout
    assert "10:00 Tue 1 Dec 2026 (America/Chicago)" in result.stdout
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 4
    starts = sorted(e.decoded("dtstart").isoformat() for e in events)
    assert "2026-12-01T10:00:00-06:00" in starts
    assert all(list(e.walk("VALARM")) for e in events)
    assert len({str(e["uid"]) for e in events}) == 4


def test_out_writes_one_file_per_message_and_keeps_user_edits(tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    result = invoke("draft", PANEL, "--now", NOW, "--out", str(out))
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == [
        "status_check-priya-shah.txt",
        "thank_you-dana-lee.txt",
        "thank_you-marcus-chen.txt",
        "thank_you-priya-shah.txt",
    ]
    dana = out / "thank_you-dana-lee.txt"
    assert dana.read_text().startswith("Subject: ")
    first_marcus = (out / "thank_you-marcus-chen.txt").read_text()
    dana.write_text(dana.read_text() + "\nP.S. my own words\n")
    edited = dana.read_text()

    again = invoke("draft", PANEL, "--now", NOW, "--tone", "formal", "--out", str(out))
    assert again.exit_code == 0
    assert dana.read_text() == edited  # never overwritten
    beside = out / "thank_you-dana-lee.new.txt"
    formal_sign_off = re.compile(r"^(?:Sincerely|Kind regards|Respectfully|Yours sincerely),$", re.M)
    assert beside.exists() and formal_sign_off.search(beside.read_text())
    assert "kept your edited" in again.stderr and "thank_you-dana-lee.new.txt" in again.stderr
    marcus = (out / "thank_you-marcus-chen.txt").read_text()
    assert marcus != first_marcus and "Dear Marcus," in marcus  # unedited: replaced
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_out_refuses_a_path_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = invoke("draft", PANEL, "--now", NOW, "--out", str(blocker))
    assert result.exit_code == 2 and "--out" in result.stderr


def test_rejected_shows_reflection_and_skips_with_reasons() -> None:
    result = invoke("draft", str(EXAMPLES / "rejected.yaml"), "--now", NOW, "--format", "json")
    doc = json.loads(result.stdout)
    assert doc["messages"] == []
    assert any("subscription retention" in q for q in doc["reflection"]["questions"])
    assert {s["kind"] for s in doc["skipped"]} == {"thank_you", "status_check", "feedback_request"}
    optional = next(s for s in doc["skipped"] if s["kind"] == "feedback_request")
    assert "--feedback-request" in optional["reason"]  # the request is optional, and the skip says how to ask for it


def test_a_rejection_plans_the_feedback_request_only_when_asked() -> None:
    rejected = str(EXAMPLES / "rejected.yaml")
    plain = invoke("schedule", rejected, "--now", NOW)
    asked = invoke("schedule", rejected, "--now", NOW, "--feedback-request")
    assert plain.exit_code == 0 and asked.exit_code == 0
    assert "Not sending feedback request" in plain.stdout and "add --feedback-request" in plain.stdout
    assert "Feedback request  Lena Fischer" in asked.stdout and "Not sending feedback request" not in asked.stdout
    drafted = json.loads(invoke("draft", rejected, "--now", NOW, "--format", "json", "--feedback-request").stdout)
    assert [m["kind"] for m in drafted["messages"]] == ["feedback_request"]
    assert "feedback_request" not in {s["kind"] for s in drafted["skipped"]}


def test_no_follow_up_skips_the_status_check_with_the_spec_reason() -> None:
    result = invoke("draft", str(EXAMPLES / "no-follow-up.yaml"), "--now", NOW, "--format", "json")
    doc = json.loads(result.stdout)
    assert {"kind": "status_check", "to": "Claire Dubois", "reason": "told not to follow up"} in doc["skipped"]
    assert [m["kind"] for m in doc["messages"]] == ["thank_you"] * 3


def test_help_explains_each_command() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("init", "schema", "draft", "schedule"):
        assert command in result.stdout
    draft_help = invoke("draft", "--help").stdout
    assert "--now" in draft_help and "Example" in draft_help


def test_a_real_process_runs_offline_and_is_quiet_on_stderr() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "afterview", "draft", PANEL, "--now", NOW, "--kind", "status_check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Status check to Priya Shah" in proc.stdout
    assert proc.stderr == ""


def test_output_does_not_depend_on_the_hash_seed() -> None:
    outputs = set()
    for seed in ("1", "2"):
        env = {**__import__("os").environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-m", "afterview", "draft", PANEL, "--now", NOW, "--format", "json"],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        assert proc.returncode == 0, proc.stderr
        outputs.add(proc.stdout)
    assert len(outputs) == 1


def test_colour_only_on_a_terminal() -> None:
    import os
    import pty

    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["TERM"] = "xterm-256color"
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "afterview", "schedule", PANEL, "--now", NOW],
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(leader)
    screen = b"".join(chunks).decode()
    assert proc.returncode == 0
    assert "\x1b[" in screen and "Dana Lee" in screen
    piped = subprocess.run(
        [sys.executable, "-m", "afterview", "schedule", PANEL, "--now", NOW],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert "\x1b[" not in piped.stdout and "Dana Lee" in piped.stdout


def test_config_file_supplies_default_timezone_and_tone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text('timezone = "Europe/Berlin"\ntone = "formal"\n')
    monkeypatch.setenv("AFTERVIEW_CONFIG", str(config))
    notes = tmp_path / "notes.yaml"
    notes.write_text(
        "candidate: {name: Lee Kim}\nposition: Analyst\ncompany: {name: Quill}\n"
        "interview: {at: 2026-11-24T09:00}\n"
        "interviewers: [{name: Ana Souza, topics: [quarterly forecasting]}]\n"
    )
    result = runner.invoke(app, ["draft", str(notes), "--now", "2026-11-24T12:00", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["now"].endswith("+01:00")  # Berlin in November
    assert doc["messages"][0]["tone"] == "formal"


def test_bad_config_file_names_file_line_and_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text('tone = "warm"\ntimezon = "Europe/Berlin"\n')
    monkeypatch.setenv("AFTERVIEW_CONFIG", str(config))
    result = runner.invoke(app, ["draft", PANEL])
    assert result.exit_code == 2
    assert f"{config}:2: timezon: unknown key; did you mean 'timezone'?" in result.stderr


def test_missing_timezone_without_config_says_how_to_fix(tmp_path: Path) -> None:
    notes = tmp_path / "notes.yaml"
    notes.write_text(
        "candidate: {name: Lee Kim}\nposition: Analyst\ncompany: {name: Quill}\n"
        "interview:\n  at: 2026-11-24T09:00\ninterviewers: [{name: Ana Souza}]\n"
    )
    result = runner.invoke(app, ["draft", str(notes)])
    assert result.exit_code == 2
    assert "notes.yaml:4: interview.timezone: required" in result.stderr
    assert "config" in result.stderr


def test_every_draft_records_the_prompt_version() -> None:
    from afterview import prompts

    doc = json.loads(invoke("draft", PANEL, "--now", NOW, "--format", "json").stdout)
    assert {m["prompt_version"] for m in doc["messages"]} == {prompts.prompt_version()}
    assert len(prompts.prompt_version()) == 12


def test_an_empty_config_file_sets_nothing_and_a_folder_is_named_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("\n")
    monkeypatch.setenv("AFTERVIEW_CONFIG", str(config))
    assert invoke("draft", PANEL, "--now", NOW).exit_code == 0
    monkeypatch.setenv("AFTERVIEW_CONFIG", str(tmp_path))
    result = invoke("draft", PANEL, "--now", NOW)
    assert result.exit_code == 2
    assert f"{tmp_path}: is a directory, not a config file" in result.stderr and "notes" not in result.stderr


def test_to_takes_a_first_name_after_a_title(tmp_path: Path) -> None:
    notes = tmp_path / "dr.yaml"
    notes.write_text(Path(PANEL).read_text().replace("Dana Lee", "Dr. Dana Lee"))
    result = invoke("draft", str(notes), "--now", NOW, "--to", "dana", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert {m["to"] for m in json.loads(result.stdout)["messages"]} == {"Dr. Dana Lee"}


def test_init_onto_a_folder_is_a_clear_error_not_an_internal_one(tmp_path: Path) -> None:
    folder = tmp_path / "sub"
    folder.mkdir()
    result = invoke("init", str(folder), "--force")
    assert result.exit_code == 2
    assert f"{folder}: cannot write" in result.stderr and "internal error" not in result.stderr
