"""Something one interviewer asked for (`interviewers[].requested`) is sent in that person's thank-you and in
no other; an item nobody in particular asked for is still sent once, by the existing rule."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from afterview.cli import app

runner = CliRunner()

NOTES = """\
candidate: {name: Jordan Ellis}
position: Inventory Planner
company: {name: Marlow & Finch}
interview: {at: 2026-12-02T10:30, timezone: Europe/London, duration_minutes: 45, format: video}
interviewers:
  - name: Hannah Okoro
    title: Planning Manager
    role: hiring_manager
    email: hannah@mf.example
    topics: [moving forecasting off spreadsheets into a new planning tool]
  - name: Tom Becker
    title: Talent Partner
    role: recruiter
    email: tom@mf.example
    primary_contact: true
    topics: [the hybrid setup]
{requested}
"""


def thank_yous(tmp_path: Path, requested: str, notes_text: str = NOTES) -> dict[str, str]:
    notes = tmp_path / "notes.yaml"
    notes.write_text(notes_text.replace("{requested}", requested), encoding="utf-8")
    result = runner.invoke(app, ["draft", str(notes), "--now", "2026-12-02T11:20", "--format", "json"])
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    messages = json.loads(result.stdout)["messages"]
    return {m["to"]: m["body"] for m in messages if m["kind"] == "thank_you"}


def test_an_item_asked_for_by_one_person_goes_in_their_thank_you_only(tmp_path: Path) -> None:
    # Tom is the point of contact: by the rule for items nobody in particular asked for, he would carry it.
    notes = NOTES.replace(
        "    topics: [moving forecasting off spreadsheets into a new planning tool]\n",
        "    topics: [moving forecasting off spreadsheets into a new planning tool]\n"
        "    requested: [a sample of my forecast accuracy report]\n",
    )
    messages = thank_yous(tmp_path, "", notes)
    assert "forecast accuracy report" in messages["Hannah Okoro"]
    assert "forecast accuracy report" not in messages["Tom Becker"]


def test_an_item_nobody_in_particular_asked_for_is_sent_once(tmp_path: Path) -> None:
    bodies = thank_yous(tmp_path, "requested: [a sample of my forecast accuracy report]")
    carrying = [to for to, body in bodies.items() if "forecast accuracy report" in body]
    assert len(carrying) == 1


def test_an_item_for_someone_named_by_their_given_names_goes_to_them(tmp_path: Path) -> None:
    # 'for Mei Ling': the given names of a family-name-first name (Lim Mei Ling), as a colleague would write them
    notes = NOTES.replace("  - name: Hannah Okoro\n", "  - name: Lim Mei Ling\n")
    messages = thank_yous(tmp_path, "requested: [my dissertation (PDF) for Mei Ling]", notes)
    assert "dissertation" in messages["Lim Mei Ling"], messages
    assert "dissertation" not in messages["Tom Becker"]
