"""WRITER59 (issue 17, class 3): a thank-you never tells the reader the decision date they gave ("I understand that a
decision is expected by …", "It helps to know that the plan is to decide by …") to lengthen a note that can be sent
without it: the date shapes nothing in a thank-you (the domain guide; writer_blind52 and 53's judges, both). It stays
only in place of lines that fit any interview, where the note would otherwise be too thin to send
(template_writer._PASSES). Notes invented here (a tram depot)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import thank_you_bodies

DEPOT = """
candidate:
  name: Ines Vogt
  highlights:
    - rebuilt the bogie overhaul schedule, overhaul backlog 40 -> 12 bogies
position: Depot Maintenance Planner
company:
  name: Linz Tram Works
  culture: neutral
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Vienna
  format: onsite
  decision_by: 2026-11-27
interviewers:
  - name: Petra Huber
    role: hiring_manager
    email: petra@tram.example
    topics:
{topics}
    challenges:
      - the bogie overhaul backlog keeps trams off the road
  - name: Jonas Berger
    role: recruiter
    email: jonas@tram.example
    topics:
      - the relocation package for Linz
"""
_DATE = re.compile(r"decision|decide", re.I)


@pytest.mark.xfail(
    strict=True,
    reason="stop 59 (writer75): a recruiter hears no deed of the candidate's now, and the short note takes their "
    "decision date back to fill its length; a line on what the recruiter covered should fill it instead.",
)
def test_a_note_that_can_be_sent_without_the_date_goes_without_it(tmp_path: Path) -> None:
    topics = "      - the new depot in Urfahr\n      - the night shift rota for the fitters"
    bodies = thank_you_bodies(tmp_path, DEPOT.format(topics=topics), "2026-11-16T15:00")
    assert bodies, bodies
    for label, body in bodies.items():
        assert not _DATE.search(body), (label, body)
        assert len(body.split()) >= 60, (label, body)  # never too thin to send for it
