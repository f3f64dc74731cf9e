"""A status check says the candidate's news since the interview as news: a deed with its own time ('renewed my
offshore survival certs last week', which takes no perfect) is framed ("One update from my side: …"), never a bare
résumé line after the ask; a deed the perfect can carry keeps "Since our interview, I have …"; nothing new, no news."""

from __future__ import annotations

from pathlib import Path

from helpers import draft_json

NOTES = """
candidate:
  name: Callum McIntyre
  highlights:
    - 9 yrs ROV pilot/tech on work-class systems
  since_interview: {since}
position: ROV Superintendent
company:
  name: Deepline Subsea
interview:
  at: 2026-11-10T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Fiona Gauld
    role: hiring_manager
    email: fiona@deepline.example
    topics:
      - crewing two vessels for the new season
history:
  - {{kind: thank_you, to: Fiona Gauld, at: 2026-11-10T15:00}}
"""


def status_check(tmp_path: Path, since: str) -> str:
    run = draft_json(tmp_path, NOTES.format(since=since), "--now", "2026-11-24T10:00")
    (body,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
    return str(body)


def test_a_deed_with_its_own_time_is_framed_as_news(tmp_path: Path) -> None:
    body = status_check(tmp_path, "[renewed my offshore survival certs last week]")
    assert "One update from my side: I renewed my offshore survival certificates last week" in body, body


def test_a_deed_the_perfect_carries_keeps_its_lead_in(tmp_path: Path) -> None:  # near miss
    body = status_check(tmp_path, "[finished the IMCA ROV supervisor course]")
    assert "Since our interview, I have finished" in body and "One update" not in body, body


def test_nothing_new_says_no_news(tmp_path: Path) -> None:  # near miss
    body = status_check(tmp_path, "[]")
    assert "One update" not in body and "Since our interview" not in body, body
