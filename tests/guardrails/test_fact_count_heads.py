"""A count the notes give with a noun modifier before its head ("three delivery kitchens") supports the count of the
head ("three kitchens") (stop 54, lead; a class blind40's one after-run showed, on notes invented here). Near misses:
another number of the same head, and the modifier's own count, are still unsupported."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.facts import check_facts
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

BAKERY = """
candidate:
  name: Ines Moreau
  highlights:
    - cut waste from 9% to 4% across four wholesale bakeries in Lyon
position: Production Lead
company:
  name: Fournil Ouest
  news:
    - opening two bakeries in Nantes
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Paris
  format: onsite
interviewers:
  - name: Paul Garnier
    role: hiring_manager
    email: paul@fournil.example
    topics:
      - the proofing schedule at the Rennes site
"""


def _numbers(sentence: str) -> list[str]:
    n = notes_from_text(BAKERY, "bakery.yaml")
    send = n.interview.start + timedelta(hours=3)
    body = f"Dear Paul,\n\nThank you for today. {sentence}\n\nBest,\nInes"
    draft = Draft(Kind.thank_you, "Paul Garnier", Channel.email, "Thanks", body, "test", "neutral")
    found = check_facts(draft, CheckContext(n, send, make_plan(n, send), None))
    return [f.code for f in found if f.code == "unsupported_number"]


def test_the_head_of_a_modified_count_is_counted() -> None:
    assert _numbers("The four bakeries where I cut waste taught me to measure first.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The five bakeries where I cut waste taught me to measure first.",
        "I look forward to the three bakeries opening in Nantes.",
    ],
)
def test_another_number_of_the_head_is_still_unsupported(sentence: str) -> None:
    assert _numbers(sentence) == ["unsupported_number"]
