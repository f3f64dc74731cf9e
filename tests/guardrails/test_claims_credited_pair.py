"""The candidate's own change in figures credited to someone else (stop 53, lead; a class blind39 showed after its
one run), on notes made up here: a courier depot where the candidate took on-time delivery from 82% to 95%. Said as
an interviewer's deed or words it is misattributed credit; said as the candidate's own, asked about by them, or one
figure alone, it is not."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

DEPOT = """
candidate:
  name: Imran Shah
  highlights:
    - at Swiftline Couriers took on-time delivery from 82% to 95% in a year
position: Depot Manager
company:
  name: Northway Parcels
  culture: neutral
interview:
  at: 2026-11-16T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Carla Mendes
    role: hiring_manager
    email: carla@northway.example
    primary_contact: true
    topics:
      - late vans on the Leeds rounds
"""


def _codes(sentence: str) -> set[str]:
    n = notes_from_text(DEPOT, "depot.yaml")
    send = n.interview.start + timedelta(hours=5)
    body = f"Dear Carla,\n\nThank you for meeting me today. {sentence}\n\nBest regards,\nImran Shah"
    draft = Draft(Kind.thank_you, "Carla Mendes", Channel.email, "Thank you", body, "test", "neutral")
    return {f.code for f in check_claims(draft, CheckContext(n, send, make_plan(n, send), None))}


@pytest.mark.parametrize(
    "said",
    [
        "I understand Carla was the one who took on-time delivery from 82% to 95% at the depot.",
        "As you said, better loading took on-time delivery from 82% to 95%, and I would love to help.",
    ],
)
def test_the_candidates_change_credited_to_another_is_misattributed(said: str) -> None:
    assert "misattributed_credit" in _codes(said)


@pytest.mark.parametrize(
    "said",
    [
        "At Swiftline I took on-time delivery from 82% to 95%, and I would love to do that for the Leeds rounds.",
        "You asked how on-time delivery went from 82% to 95% at Swiftline.",  # their question, not their deed
        "You mentioned the Leeds rounds run at about 82% on time.",  # one figure alone
    ],
)
def test_the_change_said_as_the_candidates_or_asked_about_is_not(said: str) -> None:
    assert "misattributed_credit" not in _codes(said)
