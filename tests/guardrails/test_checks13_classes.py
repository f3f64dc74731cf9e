"""Classes of fault from the spent blind sets (issue 15, checks13), each tested on cases made up here: other
industries and names than the examples they were read from."""

from __future__ import annotations

from datetime import timedelta

import pytest
from guardrail_corpus import Item, build

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.guardrails.timing import check_timing
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

# A made-up interview: a cold-chain logistics analyst and a pharmacy wholesaler.
WHOLESALE = """
candidate:
  name: Tomasz Wrona
  highlights:
    - rebuilt the temperature-excursion alerts for 60 refrigerated vans at Polfarm
    - cut spoiled insulin returns by 22% with a route re-plan
position: Cold Chain Analyst
company:
  name: Medivista
  news:
    - opened a second hub in Gdańsk
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Warsaw
  duration_minutes: 60
  format: video
  outcome: rejected
interviewers:
  - name: Halina Kos
    title: Logistics Director
    role: hiring_manager
    email: halina@medivista.example
    topics:
      - reconciling courier handover scans with the warehouse ledger
      - vaccine stock forecasts for the winter season
    challenges:
      - drivers skip the temperature log on night runs
"""


def _notes(outcome: str = "pending") -> Notes:
    return notes_from_text(WHOLESALE.replace("outcome: rejected", f"outcome: {outcome}"), "wholesale.yaml")


def _claims(body: str, kind: Kind = Kind.thank_you, outcome: str = "pending") -> list[Finding]:
    n = _notes(outcome)
    at = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, at)
    draft = Draft(kind, "Halina Kos", Channel.email, None, body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is kind), None)
    return [f for f in check_claims(draft, CheckContext(n, at, plan, planned)) if f.severity != "info"]


def _body(middle: str, greeting: str = "Dear Halina,") -> str:
    return f"{greeting}\n\n{middle}\n\nBest regards,\nTomasz"


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("I liked hearing how the depot schedules its drivers today.", False),
        ("The branches, which today each keep their own ledger, would gain most.", False),
        ("I was curious how invoices are matched today, and I would be glad to help.", False),
        ("It sounds like the problems the clinics are facing today are mostly about staffing.", False),
        ("I enjoyed what you showed me today about the ledger.", True),
        ("It was a pleasure to meet the billing team today.", True),
        ("Thank you again for today.", True),
        ("I keep thinking about the points that we covered today.", True),
    ],
)
def test_today_as_nowadays_is_not_the_day_you_met(said: str, flagged: bool) -> None:
    """'how the depot schedules its drivers today' says how things stand, not when you met; sent the next morning
    it is right, while 'today' about the meeting still is the wrong day."""
    body = f"Dear Dana,\n\nThank you for the talk on event sourcing for billing. {said}\n\nBest regards,\nSam"
    item = Item(id="t", family="timing", label="bad", body=body, send_at="2026-11-25T09:00:00-05:00")
    draft, ctx = build(item)
    assert bool([f for f in check_timing(draft, ctx) if f.code == "same_day_wording"]) is flagged


@pytest.mark.parametrize(
    "said",
    [
        "I'd welcome any feedback on how I approached the discussion of courier handover scans with Marek.",
        "I felt I handled the question about vaccine stock forecasts for the winter season too briefly.",
        "Given the time I invested in the case study on courier handover scans, I hoped to hear more.",
    ],
)
def test_how_the_candidate_took_part_in_the_interview_claims_no_work(said: str) -> None:
    """'I approached the discussion of X' tells the conversation; X is theirs, and nothing is claimed done."""
    assert not [f for f in _claims(_body(said)) if f.code == "unsupported_claim"]


def test_work_done_on_their_item_is_still_claimed() -> None:
    said = "At Polfarm I reconciled courier handover scans with the warehouse ledger for every night run."
    assert "unsupported_claim" in {f.code for f in _claims(_body(said))}


@pytest.mark.parametrize(
    "said",
    [
        "I keep thinking about the temperature log drivers skip on night runs. It's a nice puzzle, because the"
        " answer is partly the vaccine stock forecasts and partly the second hub in Gdańsk.",
        "I keep thinking about the temperature log drivers skip on night runs. That is a harder question than it"
        " looks, because the vaccine stock forecasts for winter and the second hub in Gdańsk both pull at it.",
    ],
)
def test_a_reason_given_for_a_judgment_is_no_invented_cause(said: str) -> None:
    """'X is a hard problem, because …' argues for an opinion; it links nothing in the world as cause and effect."""
    assert "causal_link" not in {f.code for f in _claims(_body(said))}


def test_a_cause_stated_between_two_of_their_items_still_is_one() -> None:
    said = "Drivers skip the temperature log on night runs, because the second hub in Gdańsk opened."
    assert "causal_link" in {f.code for f in _claims(_body(said))}


@pytest.mark.parametrize(
    ("said", "promised"),
    [
        ("I promise I would work tirelessly on the temperature log drivers skip on night runs.", False),
        ("I am sure we could work through the temperature log drivers skip on night runs together.", False),
        ("I am confident I can fix the temperature log drivers skip on night runs within a month.", True),
    ],
)
def test_effort_promised_is_no_promised_result(said: str, promised: bool) -> None:
    """'I promise I would work hard' pledges effort (the tone check's business); a fix by a date is a result."""
    assert ("promised_result" in {f.code for f in _claims(_body(said))}) is promised
