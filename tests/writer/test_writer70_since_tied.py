"""WRITER70: the candidate's news since the interview tied, in a status check, to what the reader raised when the two
share a subject word, however short ('the Azure Data Engineer certificate' ↔ 'pipeline failures in the data
platform'), and never forced when unrelated; a LinkedIn check keeps its value item before its closing thanks. Notes
invented here (a data team, a kitchen, a haulier, a ceramics plant)."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.since_tie import bears_on
from helpers import draft_json

NOTES = """
candidate:
  name: Ken Ito
  since_interview:
    - {since}
position: {position}
company:
  name: Quillsoft
interview:
  at: 2026-11-10T10:00
  timezone: Europe/London
interviewers:
  - name: Oskar Lind
    role: hiring_manager
    {contact}
    topics:
      - the team's roadmap for next year
    challenges:
      - {problem}
"""
CASES = [
    ("finished the Azure Data Engineer certificate", "Data Engineer", "pipeline failures in the data platform", True),
    ("completed a food hygiene level 3 course", "Sous Chef", "food waste on the brunch service", True),
    ("passed the CPC transport manager exam", "Fleet Manager", "late deliveries in the north region", False),
    ("finished a Six Sigma Green Belt", "Process Engineer", "kiln downtime on the night shift", False),
]


@pytest.mark.parametrize(("since", "position", "problem", "related"), CASES)
def test_news_since_is_tied_to_their_problem_only_when_related(
    tmp_path: Path, since: str, position: str, problem: str, related: bool
) -> None:
    assert bears_on(since, problem) is related
    notes = NOTES.format(since=since, position=position, problem=problem, contact="email: oskar@example.com")
    for tone in ("warm", "formal"):
        run = draft_json(tmp_path, notes, "--now", "2026-11-20T10:00", "--kind", "status_check", "--tone", tone)
        (check,) = run["messages"]
        body = check["body"]
        assert since.split(" ", 1)[1] in body, body
        assert (problem in body) is related, body
        assert check["ready"], check["findings"]


@pytest.mark.parametrize(("since", "position", "problem", "related"), CASES)
def test_a_linkedin_check_keeps_its_value_item(
    tmp_path: Path, since: str, position: str, problem: str, related: bool
) -> None:
    notes = NOTES.format(since=since, position=position, problem=problem, contact="channel: linkedin")
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        run = draft_json(tmp_path, notes, "--now", "2026-11-20T10:00", "--kind", "status_check", "--tone", tone)
        (check,) = run["messages"]
        assert len(check["body"].strip()) <= 300
        assert since.split(" ", 1)[1] in check["body"], check["body"]
        assert check["body"].count("?") == 1, check["body"]  # one ask
