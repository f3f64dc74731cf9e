"""WRITER35: our checks on what the template writer itself writes (bench/writer_self_check.py), each class on notes
made up here, a boatyard on the Shannon: a deed 'helped' along is no credit taken alone; 'w/ the staff unions' is the
other side of a negotiation, not a team that shares it, while 'w/ the yard crew' still is; a month range spelt out
('November-January' for 'Nov-Jan') and a clipped word said in full ('Galway University' for 'Galway uni') are the
notes' own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.guardrails.facts import check_facts
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

YARD = """
candidate:
  name: Orla Keane
  highlights:
    - helped run the winter lift-out for ~60 cruisers w/ the yard's volunteer crew
    - negotiated the new rota w/ the staff unions - no walkouts
    - cut hull prep time 5 days -> 3 days w/ the yard crew
    - hull survey course at Galway uni's marine centre
position: Yard Foreman
company:
  name: Shannon Boatworks
interview:
  at: 2026-11-25T10:00
  timezone: Europe/Dublin
  format: onsite
interviewers:
  - name: Declan Moran
    role: hiring_manager
    email: declan@shannon.example
    topics:
      - the lift-out season
    challenges:
      - moorings fully booked Nov-Jan, boats wait on the quay
"""

Check = Callable[[Draft, CheckContext], list[Finding]]


def _codes(said: str, check: Check) -> set[str]:
    n = notes_from_text(YARD, "yard.yaml")
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send, feedback_request=False)
    body = f"Dear Declan,\n\nThank you for showing me the yard today. {said}\n\nBest regards,\nOrla Keane"
    draft = Draft(Kind.thank_you, "Declan Moran", Channel.email, "Thank you", body, "test", "warm")
    planned = next(p for p in plan.messages if p.kind is Kind.thank_you)
    return {f.code for f in check(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"}


@pytest.mark.parametrize(
    "said",
    [
        "I helped run the winter lift-out for about 60 cruisers with the yard's volunteer crew.",
        "I negotiated the new rota with the staff unions, and there were no walkouts.",
    ],
)
def test_a_deed_helped_along_or_negotiated_with_the_other_side_is_no_solo_credit(said: str) -> None:
    assert "unsupported_claim" not in _codes(said, check_claims)


def test_a_result_shared_with_a_crew_is_still_no_solo_credit() -> None:
    assert "unsupported_claim" in _codes("I cut hull prep time from 5 days to 3 days.", check_claims)


@pytest.mark.parametrize(
    "said",
    [
        "You mentioned that the moorings are fully booked November-January.",
        "I took the hull survey course at Galway University's marine centre.",
    ],
)
def test_the_notes_own_months_and_clipped_words_said_in_full_are_supported(said: str) -> None:
    assert not {"unsupported_name", "wrong_place", "swapped_owner"} & _codes(said, check_facts)


def test_a_name_the_notes_never_give_is_still_unsupported() -> None:
    assert "unsupported_name" in _codes("I took the hull survey course at Limerick University.", check_facts)
