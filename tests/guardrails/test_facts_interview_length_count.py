"""The interview's own length is a count the notes give (checks46): "after a two-hour onsite" where the interview
lasted 120 minutes matches it, even when the notes count other hours; another length still does not."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.vocabulary import Kind

# An invented interview: a ferry terminal supervisor, two hours on site, with hours counted in a highlight.
FERRY = """
candidate:
  name: Kaito Mori
  highlights:
    - cut vehicle loading at Sakura Ferries from 3 hours to 90 minutes
position: Terminal Supervisor
company:
  name: Inland Sea Lines
interview:
  at: 2026-11-10T10:00
  timezone: Asia/Tokyo
  duration_minutes: 120
  format: onsite
interviewers:
  - name: Yui Tanaka
    title: Port Manager
    role: hiring_manager
    email: yui@inlandsea.example
    topics:
      - the winter timetable for the Takamatsu route
"""


def _numbers(line: str) -> list[str]:
    notes = notes_from_text(FERRY, "ferry.yaml")
    at = notes.interview.start + timedelta(days=10)
    body = (
        f"Dear Yui,\n\nI hope the winter timetable is settling in. {line} I am still very keen on the Terminal "
        "Supervisor role and would be glad to hear where things stand.\n\nBest regards,\nKaito Mori"
    )
    found: Draft = check_hand_written(notes, None, body, kind=Kind.status_check, to="Yui Tanaka", now=at, send_at=at)
    return [f.message for f in found.findings if f.check == "facts" and f.code == "unsupported_number"]


@pytest.mark.parametrize(
    "line",
    ["I have thought about the Takamatsu route often since our two-hour onsite.", "The 120 minutes flew by."],
)
def test_the_interview_length_is_a_count_of_the_notes(line: str) -> None:
    assert _numbers(line) == []


def test_another_length_of_the_interview_is_still_flagged() -> None:
    assert _numbers("I have thought about the Takamatsu route often since our four-hour onsite.")
