"""WRITER63 (issue 17): a status check on an urgent pace (sent +3…+5 days, SPEC 3.2) acknowledges the quick
timeline the team described, in the team's terms, and is not the text a normal-pace check says. Notes invented
here: a Dutch logistics start-up and a Kenyan clinic network."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import draft_json

NOTES = """
candidate:
  name: Wanjiru Kamau
  highlights:
    - set up a patient booking line for 6 clinics at Afya Health
position: Operations Coordinator
company:
  name: {company}
  pace: {pace}
  culture: {culture}
interview:
  at: 2026-12-01T10:00
  timezone: Africa/Nairobi
  format: video
interviewers:
  - name: Daniel Otieno
    role: {role}
    email: do@clinic.example
    primary_contact: true
    topics:
      - the booking line rollout to Kisumu
"""


def _check(tmp_path: Path, pace: str, culture: str = "neutral", role: str = "hiring_manager") -> str:
    text = NOTES.format(company="Afya Clinics", pace=pace, culture=culture, role=role)
    out = draft_json(tmp_path, text, "--now", "2026-12-01T13:00", "--kind", "status_check")
    [message] = out["messages"]
    assert not any(f["severity"] == "error" for f in message["findings"]), message["findings"]
    return str(message["body"])


@pytest.mark.parametrize("culture", ["neutral", "formal", "casual"])
def test_an_urgent_check_names_the_quick_timeline(tmp_path: Path, culture: str) -> None:
    body = _check(tmp_path, "urgent", culture)
    assert "You mentioned" in body or "you mentioned" in body
    assert any(w in body for w in ("quickly", "soon"))


def test_a_recruiter_is_told_of_the_team_timeline(tmp_path: Path) -> None:
    body = _check(tmp_path, "urgent", role="recruiter")
    assert "the team" in body and "mentioned" in body


def test_a_normal_pace_check_does_not_claim_a_quick_timeline(tmp_path: Path) -> None:
    urgent, normal = _check(tmp_path, "urgent"), _check(tmp_path, "normal")
    assert "mentioned" not in normal and "quickly" not in normal
    assert urgent.split("\n\n")[1] != normal.split("\n\n")[1]
