"""`afterview check`: telling someone they asked for an item another interviewer asked for is a facts error;
the same sentence to the person who asked, or an item nobody in particular asked for, is fine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app

runner = CliRunner()

NOTES = """\
candidate: {name: Jordan Ellis}
position: Policy Analyst
company: {name: City of Ardmore}
interview: {at: 2026-12-02T10:30, timezone: America/Denver, duration_minutes: 45, format: video}
interviewers:
  - name: Kevin Osei
    role: hiring_manager
    email: kevin@ardmore.example
    topics: [bus-on-shoulder pilot]
    requested: [%s]
  - name: Hollis Grant
    role: recruiter
    email: hollis@ardmore.example
    topics: [the hiring timeline]
requested: [%s]
"""


def draft_to(to: str) -> str:
    first = to.split()[0]
    return (
        f"Subject: Thank you\n\nDear {first},\n\nThank you for talking with me today about the Policy Analyst role "
        "at the City of Ardmore. I enjoyed hearing how the team plans the next year and what the role involves "
        "day to day, and I left even more interested in joining.\n\nI've attached my writing sample, the "
        "bus-on-shoulder evaluation memo, as you asked. I would be glad to walk through it whenever it suits "
        "you, and I look forward to hearing about next steps.\n\nBest regards,\nJordan Ellis\n"
    )


def findings(tmp_path: Path, to: str, per_person: str, top_level: str) -> list[dict[str, object]]:
    notes = tmp_path / "notes.yaml"
    notes.write_text(NOTES % (per_person, top_level), encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(draft_to(to), encoding="utf-8")
    result = runner.invoke(
        app, ["check", str(draft), "--notes", str(notes), "--to", to, "--now", "2026-12-02T13:00", "--format", "json"]
    )
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    return [f for f in json.loads(result.stdout)["findings"] if f["code"] == "request_owner"]


@pytest.mark.parametrize(
    ("per_person", "top_level"),
    [
        ("writing sample", ""),  # interviewers[].requested
        ("", "'Kevin: writing sample (bus-on-shoulder eval memo, have it)'"),  # a name first
        ("", "writing sample for Kevin"),  # a name after 'for'
    ],
)
def test_as_you_asked_to_someone_who_did_not_ask_is_an_error(tmp_path: Path, per_person: str, top_level: str) -> None:
    wrong = findings(tmp_path, "Hollis Grant", per_person, top_level)
    # checks23: an error of the rule, a warning in a hand-written draft (request_owner is a facts rule too rare to
    # measure alone, and the facts family's rare rules measure below the severity policy's threshold)
    assert len(wrong) == 1 and wrong[0].get("lowered_from") == "error" and wrong[0]["severity"] == "warning"
    assert "Kevin Osei asked for it" in str(wrong[0]["message"])
    assert findings(tmp_path, "Kevin Osei", per_person, top_level) == []


def test_an_item_nobody_in_particular_asked_for_may_be_sent_to_anyone(tmp_path: Path) -> None:
    assert findings(tmp_path, "Hollis Grant", "", "writing sample") == []
