"""The candidate's own experience in their own words is no claim of the team's work (checks48), while the LLM's
invented claims of issue 15 still are.

1. General trade experience, or a highlight restated or widened, that shares a word with a topic or a challenge
   ("I have worked with rye from several mills") claims nothing of theirs; their thing taken as the candidate's work
   (most of one of their items, "your", a thing like theirs, a result or a new figure) still does.
2. A claim said through a relative or a result clause, supported by a highlight in other words ("the handover
   checklist I wrote became the branch standard", "that took the page to 40,000 followers in five months").
3. "our" in a sentence set in the candidate's own past, and ordinary connectives ("which made it much easier to
   see", "comes from", "because I think") where nothing of theirs is credited.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

_FRAME = """
candidate:
  name: {candidate}
  highlights:
{highlights}
  since_interview:
{since}
position: {position}
company:
  name: {company}
interview:
  at: 2026-11-20T10:00
  timezone: Europe/London
  duration_minutes: 45
  format: onsite
  outcome: pending
interviewers:
  - name: {interviewer}
    title: Manager
    role: hiring_manager
    topics:
{topics}
    challenges:
{challenges}
"""


def _items(items: list[str]) -> str:
    return "\n".join(f"      - {i!r}" for i in items) if items else "      []"


def _notes(candidate: str, position: str, company: str, interviewer: str, **lists: list[str]) -> str:
    return _FRAME.format(
        candidate=candidate,
        position=position,
        company=company,
        interviewer=interviewer,
        **{
            k: _items(v).replace("      ", "    " if k in ("highlights", "since") else "      ")
            for k, v in lists.items()
        },
    )


TRADES = {
    "bakery": _notes(
        "Ines Duarte",
        "Head Baker",
        "Millstone Bread",
        "Ruth Okafor",
        highlights=["ran the sourdough night shift at Harbour Bakery for 3 years", "cut flour waste from 9% to 5%"],
        since=["completed the Level 3 Food Hygiene certificate"],
        topics=["rye starters for the new wholesale range", "shift handovers between night and morning bakers"],
        challenges=["the deck ovens run unevenly on the left side"],
    ),
    "warehouse": _notes(
        "Tom Baker",
        "Receiving Lead",
        "Bluewater Freight",
        "Ruth Okafor",
        highlights=[
            "ran inbound receiving at Northgate Logistics for 4 years",
            "wrote the receiving checklist adopted across the Northgate site",
        ],
        since=["renewed my counterbalance forklift licence"],
        topics=["cross-docking for the supermarket contract", "aligning the site with the group safety standard"],
        challenges=["pallets go missing between the yard and the racking"],
    ),
    "clinic": _notes(
        "Grace Mensah",
        "Community Nurse",
        "Riverside Community Health",
        "Ruth Okafor",
        highlights=[
            "coordinated discharge planning on a 28-bed ward at St Brigid's Hospital",
            "trained 12 new graduate nurses in wound care",
        ],
        since=["finished a short course in palliative care"],
        topics=["home visits for wound care", "the new electronic charting system"],
        challenges=["patients miss follow-up visits after discharge"],
    ),
    "software": _notes(
        "Sam Ortiz",
        "Backend Engineer",
        "Acme Shop",
        "Ruth Okafor",
        highlights=["built the billing service for Parcelly in Go", "led the move of the payments ledger to Kafka"],
        since=["passed the AWS Solutions Architect Associate exam"],
        topics=["splitting the checkout service", "forecasting holiday demand per store"],
        challenges=["the nightly batch runtime keeps growing"],
    ),
    "marketing": _notes(
        "Priya Nair",
        "Social Media Lead",
        "Kadai Snacks",
        "Ruth Okafor",
        highlights=[
            "grew the Lotus Tea Instagram from 0 to 40,000 followers in 5 months",
            "ran a pop-up stall at the Chennai food festival",
        ],
        since=["finished the GA4 certification"],
        topics=["Tamil-language reels", "sampling at marathons and gyms"],
        challenges=["repeat purchases drop after the first pack"],
    ),
}


def _codes(trade: str, said: str, kind: Kind = Kind.thank_you) -> set[str]:
    n = notes_from_text(TRADES[trade], f"{trade}.yaml")
    send = n.interview.start + timedelta(hours=3 if kind is Kind.thank_you else 24 * 8)
    plan = make_plan(n, send)
    body = f"Hi Ruth,\n\nThank you for today. {said}\n\nBest,\n{n.candidate.name}"
    draft = Draft(kind, "Ruth Okafor", Channel.email, None, body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is kind), None)
    return {f.code for f in check_claims(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"}


# 1. their-side wording in the candidate's own experience: no claim
@pytest.mark.parametrize(
    ("trade", "said"),
    [
        ("bakery", "I have worked with rye from several mills over the years."),
        ("bakery", "I ran the sourdough night shift at Harbour Bakery for three years, with ovens that ran unevenly."),
        ("warehouse", "I have scanned a great deal of pallets in cold stores."),
        ("warehouse", "I ran inbound receiving at Northgate Logistics for four years in a busy yard."),
        ("clinic", "I have worked with paper charting on every ward I have been on."),
        ("clinic", "I coordinated discharge planning on a 28-bed ward at St Brigid's, with many follow-up calls."),
        ("software", "I ran plenty of small load tests and learned a lot about what makes a batch job slow."),
        ("marketing", "I ran plenty of small giveaways and learned a lot about what makes people buy a second pack."),
    ],
)
def test_own_experience_sharing_a_word_with_their_side_claims_nothing(trade: str, said: str) -> None:
    assert "unsupported_claim" not in _codes(trade, said)


# 1. ... but their thing taken as the candidate's work still is a claim
@pytest.mark.parametrize(
    ("trade", "said"),
    [
        ("bakery", "I fixed deck ovens that ran unevenly at Harbour Bakery."),  # a result on their problem
        ("bakery", "I built a rye starter programme for a wholesale range like yours."),  # a thing like theirs
        ("warehouse", "I tracked down pallets going missing between the yard and the racking."),  # most of their item
        ("warehouse", "I set up cross-docking for the supermarket contract at Northgate."),
        ("clinic", "I set up home visits for wound care at St Brigid's Hospital."),
        ("clinic", "I have run weekly wound clinics for Bupa patients for years."),  # a new name
        ("software", "I have been working on the checkout service for Acme Shop and I am splitting it."),
        ("software", "I have been working on forecasting holiday demand per store using spreadsheets."),
        ("marketing", "I built Tamil-language reels into the Lotus Tea calendar for two seasons."),
    ],
)
def test_their_thing_taken_as_own_work_is_still_a_claim(trade: str, said: str) -> None:
    assert "unsupported_claim" in _codes(trade, said)


# 1. a second predicate of a mind, a plan or a taste after an own item claims nothing more
@pytest.mark.parametrize(
    ("trade", "said"),
    [
        ("bakery", "I've completed the Level 3 Food Hygiene certificate and keep thinking about rye starters."),
        ("warehouse", "I renewed my counterbalance forklift licence and have started planning the cross-docking move."),
        ("marketing", "I've finished the GA4 certification and tried the new Tamil-language reels."),
        ("clinic", "I finished a short course in palliative care and keep coming back to home visits for wound care."),
    ],
)
def test_an_own_item_then_a_thought_claims_only_the_item(trade: str, said: str) -> None:
    assert "unsupported_claim" not in _codes(trade, said, Kind.status_check)


# 2. relative and result clauses supported by a highlight in other words
@pytest.mark.parametrize(
    ("trade", "said"),
    [
        ("warehouse", "Once the receiving checklist I wrote became the site standard, fewer pallets went astray."),
        (
            "marketing",
            "When I ran the Lotus Tea Instagram, short recipe reels brought people back, and that took the"
            " page to 40,000 followers in five months.",
        ),
        ("marketing", "I recently passed the Google Analytics 4 certification."),
        ("clinic", "The wound care training I gave 12 new graduate nurses became part of their induction."),
    ],
)
def test_a_claim_in_a_clause_supported_in_other_words(trade: str, said: str) -> None:
    assert "unsupported_claim" not in _codes(trade, said)


def test_a_result_clause_with_a_figure_the_notes_do_not_give_is_still_a_claim() -> None:
    said = (
        "When I ran the Lotus Tea Instagram, short recipe reels brought people back, and that took the page to 90,000"
        " followers in five months."
    )
    assert "unsupported_claim" in _codes("marketing", said)


# 3. 'our' of the candidate's own past, and ordinary connectives
@pytest.mark.parametrize(
    ("trade", "said"),
    [
        ("bakery", "When I ran the sourdough night shift, a good share of our wholesale orders were rye."),
        ("marketing", "When I grew the Lotus Tea Instagram, content in our own language did far better."),
        ("warehouse", "When I ran inbound receiving, most of our supermarket deliveries arrived before six."),
        (
            "clinic",
            "When I coordinated discharge planning on a 28-bed ward, our follow-up visits were booked before"
            " patients left.",
        ),
    ],
)
def test_our_in_a_sentence_set_in_the_candidates_past_is_their_past_team(trade: str, said: str) -> None:
    assert "not_our_team" not in _codes(trade, said)


def test_our_for_their_named_thing_stays_theirs_after_a_past_clause() -> None:
    said = "When I ran the sourdough night shift, I learned a lot, and our rye starters will need the same care."
    assert "not_our_team" in _codes("bakery", said)


@pytest.mark.parametrize(
    ("trade", "said"),
    [
        (
            "software",
            "In my previous work I built the billing service for Parcelly, and I also led the move of the"
            " payments ledger to Kafka, which made it much easier to see where the nightly batch was"
            " drifting.",
        ),
        (
            "bakery",
            "Since we spoke I wrote a short note on feeding rye starters. A lot of it comes from the sourdough"
            " night shift I ran, and much of it should carry over to the wholesale range.",
        ),
        (
            "software",
            "Since we spoke I wrote a short piece on batch jobs. Much of it comes from the billing service I"
            " built, and a lot of it should carry over to the nightly batch runtime.",
        ),
        ("clinic", "I'm writing again because I think it fits the home visits well."),
    ],
)
def test_ordinary_connectives_link_nothing(trade: str, said: str) -> None:
    assert "causal_link" not in _codes(trade, said)


def test_their_result_put_down_to_own_work_is_still_a_link() -> None:
    said = "The drop in the nightly batch runtime comes from the billing service I built."
    assert "causal_link" in _codes("software", said)


# issue 15: the LLM's invented claims still fire
@pytest.mark.parametrize(
    ("said", "code"),
    [
        (
            "I led the move of the payments ledger to Kafka, which significantly reduced the nightly batch runtime.",
            "causal_link",
        ),
        ("I enjoyed hearing about the way you built the billing service for Parcelly.", "misattributed_credit"),
        ("Splitting the checkout service would be a great achievement for our team.", "not_our_team"),
        ("I have been working on the checkout service for Acme Shop.", "unsupported_claim"),
    ],
)
def test_the_llm_classes_of_issue_15_still_fire(said: str, code: str) -> None:
    assert code in _codes("software", said)
