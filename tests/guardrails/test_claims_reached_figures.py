"""A result reached in figures by the candidate's own thing (checks41): an audience won ("our clips got millions of
views") or a thing grown to a size ("the account, which I grew to 10,000 followers"). Its figure must be one of the
candidate's own items; the same words with the item's own figure, or said of the company's channel, claim
nothing new."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

# A made-up interview: a social media producer at a regional theatre.
THEATRE = """
candidate:
  name: Sefa Mensah
  highlights:
    - ran the Kumasi Arts Fair Instagram account, 4,500 followers
    - edited 40 rehearsal clips for Volta Stage
position: Social Media Producer
company:
  name: Harbour Lights Theatre
interview:
  at: 2026-11-26T10:00
  timezone: Africa/Accra
  duration_minutes: 60
  format: video
  outcome: pending
interviewers:
  - name: Esi Boateng
    title: Marketing Lead
    role: hiring_manager
    topics:
      - the theatre's channel passed 20,000 subscribers in May
    challenges:
      - rehearsal clips get few views
"""


def _codes(said: str) -> set[str]:
    n = notes_from_text(THEATRE, "theatre.yaml")
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send)
    body = f"Dear Esi,\n\nThank you for this morning's conversation. {said}\n\nKind regards,\nSefa Mensah"
    draft = Draft(Kind.thank_you, "Esi Boateng", Channel.email, None, body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is Kind.thank_you), None)
    return {f.code for f in check_claims(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"}


@pytest.mark.parametrize(
    "said",
    [
        "Our rehearsal clips at Volta Stage got millions of views, so I could lift yours too.",
        "I ran the Kumasi Arts Fair Instagram account, which I grew to 12,000 followers.",
        "I took the Kumasi Arts Fair account to over 9,000 followers in a year.",
        "My clips for Volta Stage reached 50,000 viewers.",
    ],
)
def test_a_reached_figure_the_own_items_do_not_give_is_claimed(said: str) -> None:
    assert "unsupported_claim" in _codes(said)


@pytest.mark.parametrize(
    "said",
    [
        "I ran the Kumasi Arts Fair Instagram account, which I grew to 4,500 followers.",
        "I was glad to hear the theatre's channel passed 20,000 subscribers in May.",
        "I edited 40 rehearsal clips for Volta Stage and would love to help more people see yours.",
    ],
)
def test_the_own_figure_or_their_figure_claims_nothing_new(said: str) -> None:
    assert "unsupported_claim" not in _codes(said)
