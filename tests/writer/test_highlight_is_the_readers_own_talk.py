"""A thank-you's highlight is the reader's own conversation: a note to the recruiter never praises the candidate's
talk with another interviewer ("My talk with Ms. Hale about the cold-chain audit was a highlight of the day" read by
Mr. Osei); the others are met, by name, and no more. Notes invented for four trades."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import thank_you_bodies

NOTES = """
candidate:
  name: Ana Ruiz
  highlights:
    - {highlight}
position: {position}
company:
  name: Brightway
  culture: {culture}
interview:
  at: 2026-11-24T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: {manager}
    role: hiring_manager
    email: boss@brightway.example
    topics:
      - {topic}
  - name: {peer}
    role: peer
    email: peer@brightway.example
    topics:
      - {peer_topic}
  - name: Kwame Osei
    role: recruiter
    email: kwame@brightway.example
    topics:
      - the relocation package
"""

TRADES = [
    (
        "ran cold-chain audits for 40 pharmacy depots",
        "Quality Lead",
        "Helen Hale",
        "the cold-chain audit",
        "Tom Pryce",
        "the night shift rota",
        "formal",
    ),
    (
        "rebuilt the menu costing sheets for three sites",
        "Head Chef",
        "Marta Lind",
        "the new tasting menu",
        "Ravi Dutt",
        "the kitchen refit",
        "neutral",
    ),
    (
        "led the switch to electronic batch records",
        "Production Planner",
        "Sofia Greco",
        "the batch record rollout",
        "Ben Ortiz",
        "overtime on the bottling line",
        "neutral",
    ),
    (
        "set up a peer tutoring scheme for year 9",
        "Head of Maths",
        "Claire Dunn",
        "the year 9 tutoring scheme",
        "Amir Nadeem",
        "the new timetable",
        "formal",
    ),
]


@pytest.mark.parametrize(("highlight", "position", "manager", "topic", "peer", "peer_topic", "culture"), TRADES)
def test_the_recruiter_is_not_told_of_a_talk_with_someone_else(
    tmp_path: Path, highlight: str, position: str, manager: str, topic: str, peer: str, peer_topic: str, culture: str
) -> None:
    text = NOTES.format(
        highlight=highlight,
        position=position,
        manager=manager,
        topic=topic,
        peer=peer,
        peer_topic=peer_topic,
        culture=culture,
    )
    bodies = thank_you_bodies(tmp_path, text, "2026-11-24T14:00")
    body = next(b for label, b in bodies.items() if "Kwame Osei" in label)
    others = "|".join(re.escape(n) for name in (manager, peer) for n in (name, name.split()[0], name.split()[-1]))
    assert not re.search(rf"(?:conversation|talk|chat|discussion) with (?:Mr\. |Ms\. )?(?:{others})\b", body), body
    assert not re.search(r"highlight of the day|especially (?:enjoyed|valued)|particularly valued", body), body
    assert not re.search(rf"(?:{others})\b[^.]* about {re.escape(topic)}", body), body
    # the people met are still named, once, as met
    assert re.search(rf"\bmeet(?:ing)?\b[^.]*(?:{others})\b", body), body
