"""An activity jotted as a verb's -ing form with its object ('testing multiplayer matchmaking') is a noun phrase as
it stands, never turned into 'how testing is multiplayer matchmaking'; and a status check's topic tie says the
candidate's result brought the topic to mind, never 'as I …' (which reads as the cause of the thinking, a link the
notes do not make: a blind reader labelled it a claim in the real model's kept drafts, which copied the template)."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.adapt import topic
from helpers import draft_json


@pytest.mark.parametrize(
    "item",
    ["testing multiplayer matchmaking", "scaling the booking platform", "auditing supplier invoices", "coaching hires"],
)
def test_a_gerund_phrase_is_said_as_it_stands(item: str) -> None:
    said = topic(item)
    assert said == item, said


@pytest.mark.parametrize("item", ["testing is flaky on the new consoles", "auditing takes two weeks"])
def test_a_gerund_subject_with_its_verb_is_still_a_clause(item: str) -> None:
    assert topic(item).startswith("how "), topic(item)


NOTES = """
candidate:
  name: Farah Nadeem
  highlights:
    - cut the nightly test suite from 5 hours to 50 minutes
position: Test Engineer
company:
  name: Brightwater Rail Systems
  culture: neutral
interview:
  at: 2026-11-19T10:00
  timezone: Europe/Berlin
  duration_minutes: 60
  format: video
interviewers:
  - name: Jana Novak
    role: hiring_manager
    email: jana@brightwater.example
    topics:
      - testing interlocking software
history:
  - kind: thank_you
    to: Jana Novak
    at: 2026-11-19T14:00
"""


@pytest.mark.parametrize("tone", ["formal", "warm", "concise", "enthusiastic"])
def test_no_gerund_turned_clause_and_no_causal_as_in_any_message(tmp_path: Path, tone: str) -> None:
    out = draft_json(tmp_path, NOTES, "--now", "2026-12-01T10:00", "--tone", tone)
    bodies = "\n".join(m["body"] for m in out["messages"])
    assert "how testing is" not in bodies
    assert ", as I cut" not in bodies and ", as I " not in bodies.replace(", as I mentioned", "")
