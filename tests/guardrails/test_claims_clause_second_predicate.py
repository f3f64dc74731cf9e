"""A since-interview item told as written, then a second predicate that claims no deed ("... and can send you the
card", "... and have a sample spec ready") or the time it was done ("since our call"): the claim is the item alone,
which the notes hold (checks41). A second deed joined the same way is still read."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

# A made-up interview: a river rafting guide at an outfitter.
RIVER = """
candidate:
  name: Tomas Lindgren
  highlights:
    - guided 120 trips on the Pite river for Nordic Rafting
  since_interview:
    - renewed my Swiftwater Rescue Technician certification
position: Senior Raft Guide
company:
  name: Glacier Run Outfitters
interview:
  at: 2026-11-20T10:00
  timezone: America/Vancouver
  duration_minutes: 45
  format: video
  outcome: pending
interviewers:
  - name: Maya Clarke
    title: Operations Manager
    role: hiring_manager
    topics:
      - the new rescue card system for guides
      - a sample safety briefing for the spring season
    challenges:
      - guides' training records are scattered across binders
"""


def _codes(said: str) -> set[str]:
    n = notes_from_text(RIVER, "river.yaml")
    send = n.interview.start + timedelta(days=8)
    plan = make_plan(n, send)
    body = (
        f"Hi Maya,\n\nI wanted to check whether there is news on the Senior Raft Guide role. {said}\n\nThanks,\nTomas"
    )
    draft = Draft(Kind.status_check, "Maya Clarke", Channel.email, None, body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is Kind.status_check), None)
    return {f.code for f in check_claims(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"}


@pytest.mark.parametrize(
    "said",
    [
        "I've renewed my Swiftwater Rescue Technician certification since our call and can send you the card.",
        "I renewed my Swiftwater Rescue Technician certification and will send the card over this week.",
        "I have renewed my Swiftwater Rescue Technician certification and have a sample safety briefing ready.",
    ],
)
def test_the_item_then_a_predicate_of_no_deed_claims_only_the_item(said: str) -> None:
    assert "unsupported_claim" not in _codes(said)


@pytest.mark.parametrize(
    "said",
    [
        "Since our call I have also rebuilt the rescue card system for guides.",
        # a state claimed after 'and am' is a claim of its own (blind37: "passed CFA Level III and am now awaiting
        # my charter")
        "I've renewed my Swiftwater Rescue Technician certification and am now awaiting my charter as a rescue"
        " instructor trainer.",
        "Since our call I rebuilt the training records for all guides into one database.",
    ],
)
def test_a_second_deed_is_still_read(said: str) -> None:
    assert "unsupported_claim" in _codes(said)
