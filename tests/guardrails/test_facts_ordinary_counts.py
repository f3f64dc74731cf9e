"""Counts of ordinary things the notes need not give (checks41): the things a sentence has just listed, counted
again ("ornithologists and operations ... the two teams"), and the first months of a role ahead ("plan the first
three months"). A count the notes give otherwise, or a count with nothing listed before it, is still flagged."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.facts import check_facts
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

# A made-up interview: a harbour pilot scheduler at a port authority.
PORT = """
candidate:
  name: Ruth Okonjo
  highlights:
    - scheduled pilots for 3 berths at Tema port
position: Pilot Scheduler
company:
  name: Harbour Authority of Walvis Bay
interview:
  at: 2026-11-26T10:00
  timezone: Africa/Windhoek
  duration_minutes: 60
  format: onsite
  outcome: pending
interviewers:
  - name: Anna Shikongo
    title: Marine Operations Manager
    role: hiring_manager
    topics:
      - pilots and tug crews share one radio channel
      - the 4 tugs booked a day ahead
    challenges:
      - night arrivals bunch up after 22:00
"""


def _codes(said: str) -> set[str]:
    n = notes_from_text(PORT, "port.yaml")
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send)
    body = f"Dear Anna,\n\nThank you for this morning. {said}\n\nKind regards,\nRuth Okonjo"
    draft = Draft(Kind.thank_you, "Anna Shikongo", Channel.email, None, body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is Kind.thank_you), None)
    return {f.code for f in check_facts(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"}


@pytest.mark.parametrize(
    "said",
    [
        "Pilots and tug crews share one channel, and I liked hearing how the two teams work side by side.",
        "Berthing, towage and mooring all meet at night, and the three teams hand over at 22:00.",
        "Knowing what will be reviewed makes it much easier to plan the first three months in a new role.",
    ],
)
def test_an_ordinary_count_is_no_unsupported_number(said: str) -> None:
    assert "unsupported_number" not in _codes(said)


@pytest.mark.parametrize(
    "said",
    [
        "I liked hearing how the two teams work side by side.",
        "Pilots and tug crews share one channel, and the six tugs booked a day ahead keep it busy.",
        "Pilots and tug crews share one channel, and the two tugs booked a day ahead keep it busy.",
    ],
)
def test_a_count_with_nothing_listed_or_counted_otherwise_is_flagged(said: str) -> None:
    assert "unsupported_number" in _codes(said)
