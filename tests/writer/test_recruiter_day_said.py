"""A thank-you to the recruiter names what stood out in the day they set up (issue 17, writer54): the talk with the
person who decides, by name and topic, and what of the candidate's relates to it; never logistics alone nor padding
that fits any interview. Driven through the real CLI."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import draft_json

NOTES = """
candidate:
  name: Tomasz Wrona
  highlights:
    - rebuilt the cold-chain routing for 30 pharmacy stores
position: Logistics Planner
company:
  name: Nordpak
interview:
  at: 2026-11-30T10:00
  timezone: Europe/Warsaw
interviewers:
{people}
"""

DECIDER = """  - name: Ewa Kowalczyk
    title: Head of Distribution
    role: {role}
    email: ewa@nordpak.example
    topics: [routing cold-chain deliveries to the new pharmacy stores]
"""
RECRUITER = """  - name: Marta Nowak
    title: Talent Partner
    role: recruiter
    email: marta@nordpak.example
    topics: [the hybrid schedule]
"""
PEER = """  - name: Jan Lis
    role: peer
    email: jan@nordpak.example
    topics: [the depot scanners]
"""


def _to_recruiter(tmp_path: Path, people: str) -> str:
    run = draft_json(tmp_path, NOTES.format(people=people), "--now", "2026-11-30T13:00", "--kind", "thank_you")
    return next(m["body"] for m in run["messages"] if m["to"] == "Marta Nowak")


def test_recruiter_thanks_names_the_deciders_talk_and_what_the_candidate_brings(tmp_path: Path) -> None:
    body = _to_recruiter(tmp_path, DECIDER.format(role="hiring_manager") + RECRUITER + PEER)
    # writer67: the decider is met by name; writer75: their topic is no line for the candidate's deed to HR
    assert re.search(r"meet(?:ing)? Ewa\b", body), body
    # (writer75: no deed of the candidate's pitched to HR: "Having rebuilt …, I would be glad to help the team")
    assert "Having rebuilt the cold-chain routing" not in body and "rebuilt" not in body, body
    assert "Jan" in body and "depot scanners" not in body, body  # the other met by name only (writer67)
    assert "Ewa and Jan" in body, body  # writer67: met by name, not their talks


def test_an_executive_decides_when_no_hiring_manager_was_met(tmp_path: Path) -> None:
    body = _to_recruiter(tmp_path, DECIDER.format(role="executive") + RECRUITER)
    assert "meet Ewa" in body or "meeting Ewa" in body, body  # writer67: met, not the highlight


def test_no_decider_met_keeps_the_others_named(tmp_path: Path) -> None:
    """Near miss: only a peer besides the recruiter; no one's talk is said to be the decider's."""
    body = _to_recruiter(tmp_path, RECRUITER + PEER)
    assert "with Jan about" not in body, body
    assert "Jan" in body, body
