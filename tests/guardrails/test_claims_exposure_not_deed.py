"""A problem the candidate has only met ("a problem I have seen before") is exposure, not a deed or expertise: it
claims nothing (checks41). Having solved, tackled or dealt with it, or knowing it well, still needs the
candidate's own fields."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

# A made-up interview: a greenhouse operations lead and a farm company in Ecuador.
FARM = """
candidate:
  name: Inés Carvajal
  highlights:
    - managed irrigation for 9 greenhouses at Verdeluz Farms (2020-2025)
    - wrote an R script that turns sensor logs into yield charts
position: Greenhouse Operations Lead
company:
  name: Hortalia
interview:
  at: 2026-11-26T10:00
  timezone: America/Guayaquil
  duration_minutes: 60
  format: onsite
  outcome: pending
interviewers:
  - name: Tomás Ruiz
    title: Head of Production
    role: hiring_manager
    topics:
      - growing from 4 to 7 sites by 2029
    challenges:
      - rose stems rejected at the Miami hub, ~6% of boxes
      - cold-room doors left open during loading
      - water bills up 30% at the Latacunga site
"""


def _codes(said: str) -> set[str]:
    n = notes_from_text(FARM, "farm.yaml")
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send)
    body = f"Dear Tomás,\n\nThank you for the conversation about growing from 4 to 7 sites. {said}\n\n"
    body += "Kind regards,\nInés Carvajal"
    draft = Draft(Kind.thank_you, "Tomás Ruiz", Channel.email, None, body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is Kind.thank_you), None)
    return {f.code for f in check_claims(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"}


@pytest.mark.parametrize(
    "said",
    [
        "Water bills climbing at a new site are a problem I have seen before.",
        "Roses rejected at a hub abroad is something I've seen before, and I would enjoy digging into it.",
        "Open cold-room doors during loading are a challenge I have seen many times.",
    ],
)
def test_a_problem_only_met_claims_nothing(said: str) -> None:
    assert "unsupported_claim" not in _codes(said)


@pytest.mark.parametrize(
    "said",
    [
        "Water bills climbing at a new site are a problem I have solved before.",
        "Roses rejected at a hub abroad is something I've dealt with before.",
        "Open cold-room doors during loading are a challenge I know well.",
    ],
)
def test_a_problem_solved_or_known_still_needs_own_fields(said: str) -> None:
    assert "unsupported_claim" in _codes(said)
