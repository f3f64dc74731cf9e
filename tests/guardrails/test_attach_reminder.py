"""A draft that says something is attached or included carries an info reminder (a link: paste it in); the
template writer offers a requested link, never claiming a draft without one includes it. Info only: readiness
is unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from helpers import NOW, PANEL

runner = CliRunner()

BODY = """Subject: Thank you for today

Dear Dana,

Thank you for talking with me today about moving billing to event sourcing. {sentence}

Best regards,
Sam Rivera
"""


def check(tmp_path: Path, sentence: str) -> list[dict[str, object]]:
    draft = tmp_path / "draft.txt"
    draft.write_text(BODY.format(sentence=sentence), encoding="utf-8")
    args = ["check", str(draft), "--notes", str(PANEL), "--to", "Dana Lee", "--now", NOW, "--format", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    findings: list[dict[str, object]] = json.loads(result.stdout)["findings"]
    return findings


@pytest.mark.parametrize(
    ("sentence", "advice"),
    [
        ("I've attached the case study you asked about.", "attach it before you send"),
        ("Please find attached my references.", "attach it before you send"),
        ("I have included the link to my portfolio.", "paste the link in before you send"),
    ],
)
def test_a_sentence_saying_something_is_attached_gets_a_reminder(tmp_path: Path, sentence: str, advice: str) -> None:
    reminders = [f for f in check(tmp_path, sentence) if f["code"] == "attach_before_sending"]
    assert len(reminders) == 1 and reminders[0]["severity"] == "info"
    assert advice in str(reminders[0]["message"])


def test_no_reminder_without_an_attachment(tmp_path: Path) -> None:
    codes = [f["code"] for f in check(tmp_path, "I would be glad to send the case study if it helps.")]
    assert "attach_before_sending" not in codes


def test_the_writer_offers_a_requested_link_and_never_says_it_is_included() -> None:
    result = runner.invoke(app, ["draft", str(PANEL), "--now", NOW, "--format", "json"])
    messages = json.loads(result.stdout)["messages"]
    priya = next(m for m in messages if m["to"] == "Priya Shah" and m["kind"] == "thank_you")
    assert "send you the portfolio link" in priya["body"]
    assert "included" not in priya["body"] and "attached" not in priya["body"]
    assert priya["ready"] is True
