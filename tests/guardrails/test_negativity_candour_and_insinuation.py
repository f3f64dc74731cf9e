"""Negativity said without a complaining word (issue 15, checks44), tested on drafts made up here for a marine
salvage firm in Gdańsk: other names, trades and wordings than the spent corpora the classes were read from.

1. criticism announced as candour: "Honestly, …", "To be frank, …", "I must say …" and a verdict after it in the
   same sentence; in a reply to a rejection, surprise after the marker disputes the decision;
2. self-deprecation said as a flat fact: no real experience, other candidates set above oneself, a strong side
   denied, a mess made of an answer;
3. passive aggression as a shrug or a hint: a resigned "I suppose" over their choice, their silence called odd,
   a reply said to be owed, a hope that next time goes faster, their mishap conceded in passing.

Each class has its near misses beside it: the marker with warmth, surprise at one's own enjoyment, a question
about where others were stronger, a plain guess, a hope about their plans, a concession about the weather.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.negativity import check_negativity
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

SALVAGE = """
candidate:
  name: Tomasz Wrona
  highlights:
    - 8 yrs dive supervisor at Baltic Marine Works
    - led the raising of a 40 m dredger in Szczecin
position: Salvage Operations Lead
company:
  name: Gdańsk Salvage Group
  news:
    - bought a second heavy-lift crane barge
  pace: normal
  culture: neutral
interview:
  at: 2026-11-10T09:00
  timezone: Europe/Warsaw
  duration_minutes: 60
  format: video
  outcome: pending
interviewers:
  - name: Agata Nowak
    title: Operations Director
    role: hiring_manager
    email: agata@salvage.example
    primary_contact: true
    topics:
      - winter tender season
    challenges:
      - survey reports arrive late from subcontractors
"""


def _fired(kind: Kind, middle: str) -> set[str]:
    n = notes_from_text(SALVAGE, "salvage.yaml")
    send = n.interview.start + timedelta(days=9)
    plan = make_plan(n, send)
    body = f"Dear Agata,\n\n{middle}\n\nBest regards,\nTomasz Wrona"
    draft = Draft(kind, "Agata Nowak", Channel.email, "Follow-up", body, "test", "neutral")
    planned = next((p for p in plan.messages if p.kind is kind), None)
    found = check_negativity(draft, CheckContext(n, send, plan, planned))
    return {f.code for f in found if f.severity in ("error", "warning")}


THANKS = "Thank you for the interview on Tuesday and for the tour of the crane barge."


# 1. A marker of candour and a verdict in one sentence is criticism; the marker with warmth is not.
@pytest.mark.parametrize(
    ("said", "negative"),
    [
        ("To be honest, leaving the dive logs on paper for six years seems a serious mistake.", True),
        ("Honestly, the onboarding video felt pretty scripted.", True),
        ("I must say the dock paperwork is a bit of a mess.", True),
        ("Truth be told, the tender process sounds painfully slow.", True),
        ("Frankly, nobody on the night shift seems to care about the checklists.", True),
        ("I'll be honest, the call dropped twice and it was not the smoothest start.", True),
        ("Honestly, I loved the tour of the dry dock.", False),
        ("To be honest, I was surprised how much I enjoyed the welding demonstration.", False),
        ("Frankly, the story of the Hel ferry lift was the highlight of my week.", False),
        ("I must say the harbour looked beautiful in the morning light.", False),
    ],
)
def test_a_verdict_after_a_marker_of_candour_is_criticism(said: str, negative: bool) -> None:
    assert bool(_fired(Kind.thank_you, f"{THANKS} {said}")) is negative


@pytest.mark.parametrize(
    ("said", "negative"),
    [
        ("Honestly, I was surprised, since I thought the interview went well.", True),
        ("I have to admit I was surprised by the decision.", True),
        ("Honestly, I'm not surprised, and I understand the decision.", False),
        ("To be honest, the news is disappointing, but I understand.", False),
    ],
)
def test_surprise_after_a_marker_disputes_a_rejection(said: str, negative: bool) -> None:
    middle = f"Thank you for letting me know. {said} Could you share any feedback on my interview?"
    assert bool(_fired(Kind.feedback_request, middle)) is negative


# 2. Self-deprecation as a flat fact about oneself; a question about others' strengths is not.
@pytest.mark.parametrize(
    ("said", "negative"),
    [
        ("I have no real experience with hull surveys, so I hope that is not held against me.", True),
        ("I understand if other candidates are better qualified for the role.", True),
        ("I know the other applicants probably have more offshore hours than I do.", True),
        ("I'm sorry I made such a mess of the ballast question.", True),
        ("Navigation has never been my strong suit.", True),
        ("I have no doubt the winter tender season will keep the team busy.", False),
        ("I have real experience with hull surveys from Szczecin.", False),
    ],
)
def test_self_deprecation_as_a_flat_fact(said: str, negative: bool) -> None:
    assert ("self_deprecation" in _fired(Kind.thank_you, f"{THANKS} {said}")) is negative


def test_asking_where_others_were_stronger_is_no_self_deprecation() -> None:
    middle = "Thank you for letting me know. Could you tell me the areas where other candidates were stronger?"
    assert "self_deprecation" not in _fired(Kind.feedback_request, middle)


# 3. A shrug, a pointed remark about their silence, a hope for faster, a mishap conceded; and their near misses.
@pytest.mark.parametrize(
    ("kind", "said", "negative"),
    [
        (Kind.feedback_request, "I suppose a candidate with more local contacts was preferred.", True),
        (Kind.feedback_request, "I suppose that kind of experience wasn't what the panel wanted.", True),
        (Kind.thank_you, "I suppose the main challenge will be the winter tender season.", False),
        (
            Kind.status_check,
            "It has been ten days and I have heard nothing, which is odd given how keen the team seemed.",
            True,
        ),
        (Kind.status_check, "I know the team is busy, but a short reply would be nice.", True),
        (Kind.status_check, "I'd have thought a week was enough for a quick answer.", True),
        (Kind.status_check, "Is there any news on the Salvage Operations Lead role?", False),
        (Kind.thank_you, "Hopefully things move quicker from here.", True),
        (Kind.thank_you, "I hope the new crane barge arrives before the winter season.", False),
        (Kind.thank_you, "Although the call dropped twice, I enjoyed our talk about salvage.", True),
        (Kind.thank_you, "Although the weather was rough, I enjoyed the harbour tour.", False),
    ],
)
def test_passive_aggression_as_a_shrug_or_a_hint(kind: Kind, said: str, negative: bool) -> None:
    assert bool(_fired(kind, f"{THANKS} {said}")) is negative
