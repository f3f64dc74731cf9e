"""An .eml for an interviewer with no email: no To: line, and afterview says so (finding, stderr, batch summary)."""

from __future__ import annotations

import email
import json
from pathlib import Path

from typer.testing import CliRunner

from afterview.cli import app
from helpers import EXAMPLES, NOW

runner = CliRunner()


def notes_without_danas_email(tmp_path: Path) -> Path:
    text = (EXAMPLES / "panel.yaml").read_text(encoding="utf-8")
    assert "    email: dana@acme.example\n" in text
    path = tmp_path / "notes.yaml"
    path.write_text(text.replace("    email: dana@acme.example\n", ""), encoding="utf-8")
    return path


def test_draft_eml_warns_on_stderr_and_the_message_has_no_to(tmp_path: Path) -> None:
    result = runner.invoke(app, ["draft", str(notes_without_danas_email(tmp_path)), "--now", NOW, "--format", "eml"])
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "no To: address" in line]
    assert warnings == [
        "afterview: warning: the .eml to Dana Lee has no To: address (Dana Lee has no email in your notes)"
    ]
    messages = [email.message_from_string(m) for m in result.stdout.split("\nFrom afterview ")]
    dana = next(m for m in messages if "Dear Dana" in m.get_payload())
    assert dana["To"] is None
    priya = [m for m in messages if m["To"] and "priya@acme.example" in m["To"]]
    assert priya  # the others keep their address


def test_draft_eml_out_folder_warns_too(tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    notes = notes_without_danas_email(tmp_path)
    result = runner.invoke(app, ["draft", str(notes), "--now", NOW, "--format", "eml", "--out", str(out)])
    assert result.exit_code == 0
    assert "the .eml to Dana Lee has no To: address" in result.stderr
    assert "To:" not in (out / "thank_you-dana-lee.eml").read_text(encoding="utf-8").split("\n\n")[0]


def test_no_warning_when_every_email_has_an_address(tmp_path: Path) -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLES / "panel.yaml"), "--now", NOW, "--format", "eml"])
    assert result.exit_code == 0
    assert "To: address" not in result.stderr


def test_the_message_carries_a_warning_finding(tmp_path: Path) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from afterview.notes.loader import load_notes
    from afterview.output.eml import with_address_findings
    from afterview.pipeline import draft_all
    from afterview.writer.template_writer import TemplateWriter

    notes = load_notes(notes_without_danas_email(tmp_path))
    run = draft_all(
        notes, "notes.yaml", datetime(2026, 11, 24, 16, tzinfo=ZoneInfo("America/New_York")), TemplateWriter()
    )
    run = with_address_findings(run)
    flagged = {d.to: [f for f in d.findings if f.check == "eml"] for _, d in run.drafts}
    (finding,) = flagged["Dana Lee"]
    assert finding.severity == "warning" and finding.code == "no_address"
    assert "interviewers[0].email" in finding.message
    assert flagged["Priya Shah"] == [] and flagged["Marcus Chen"] == []  # Marcus gets a card, not an email


def test_batch_summary_names_the_missing_address(tmp_path: Path) -> None:
    notes = notes_without_danas_email(tmp_path)
    out = tmp_path / "out"
    text = runner.invoke(app, ["batch", str(notes), "--out", str(out), "--now", NOW, "--files", "eml"])
    assert text.exit_code == 0, text.stdout
    assert f"warning: {notes}: the .eml to Dana Lee has no To: address" in text.stdout
    again = runner.invoke(
        app, ["batch", str(notes), "--out", str(out), "--now", NOW, "--files", "eml", "--format", "json"]
    )
    (entry,) = json.loads(again.stdout)["files"]
    assert entry["status"] == "unchanged"
    assert entry["warnings"] == ["the .eml to Dana Lee has no To: address (Dana Lee has no email in your notes)"]
