"""A question the interviewer put to the candidate, jotted as reported speech ('he asked how long the cleanup took'),
is their question, not something they told: a thank-you says it back as their question or leaves it out, never as
'all you told me about the cleanup', 'your point that you asked …' or 'You mentioned that you asked …'. The notes
are a bakery in Tromsø, a trade no spent set used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.asked import asked_part
from afterview.writer.their_question import their_question
from helpers import thank_you_bodies


@pytest.mark.parametrize(
    ("item", "said"),
    [
        (
            "he asked how long the sourdough changeover took (told him ~3 weeks)",
            "how long the sourdough changeover took",
        ),
        ("she asked whether I had run a wood-fired oven", "whether I had run a wood-fired oven"),
        ("asked if I'd ever worked w/ a night crew -> yes, at Kvarven", "whether I'd ever worked with a night crew"),
        ("Ingrid asked why the proofing room was on the first floor", "why the proofing room was on the first floor"),
    ],
)
def test_a_reported_question_is_said_back_as_their_question(item: str, said: str) -> None:
    assert their_question(item) == said


@pytest.mark.parametrize(
    "item",
    [
        "he asked what I bake with -> showed him my starter",  # 'what … with': the clause has a gap, said nowhere
        "she asked how we split the shifts at Kvarven",  # 'we': whose, once said back, is unclear
    ],
)
def test_a_reported_question_that_cannot_be_said_cleanly_is_left_out(item: str) -> None:
    assert asked_part(item) is not None
    assert their_question(item) is None


@pytest.mark.parametrize(
    "item",
    [
        "asked me to shape 20 rolls in 10 min",
        "walked the line with him, their new spiral mixer",
        "he said the oven is old",
        "customers asked why the rye sells out by noon",  # their customers' question: a topic of theirs
    ],
)
def test_a_task_or_their_own_telling_is_no_question(item: str) -> None:
    assert asked_part(item) is None


NOTES = """\
candidate:
  name: Sunniva Berg
  highlights:
    - ran the night bake at Kvarven Bakeri, 6 bakers, 2,000 loaves a night
    - moved the rye line to a 48-hour cold proof
position: Head Baker
company:
  name: Nordlys Bakeri
  pace: normal
  culture: neutral
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Oslo
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Ingrid Solheim
    title: Owner
    role: hiring_manager
    email: ingrid@nordlys.example
    topics:
      - the new spiral mixer for the rye line
    challenges:
      - loaves come out pale on Monday mornings
  - name: Jonas Eide
    title: Baker
    role: peer
    channel: handwritten
    topics:
      - he asked how long the Kvarven night-bake changeover took (told him ~3 weeks)
      - he asked what I bake with -> showed him my starter
"""


def test_a_card_to_the_one_who_asked_says_his_question_and_never_that_he_told_it(tmp_path: Path) -> None:
    bodies = thank_you_bodies(tmp_path, NOTES, "2026-11-24T13:00")
    card = next(body for label, body in bodies.items() if "Jonas Eide" in label)
    told = re.compile(
        r"(?:told me about|explaining|walking me through|your point that|You mentioned that|mentioned that you)"
        r"[^.]*(?:changeover|bake with|you asked)",
        re.I,
    )
    assert not told.search(card), card
    assert "you asked" not in card.lower(), card
    assert "question about how long the Kvarven night-bake changeover took" in card, card
