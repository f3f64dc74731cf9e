"""A peer's card closes on working together without saying again what its tie said: "Having cut …, I would enjoy
getting into that with you. I would enjoy working with you." said "I would enjoy" twice in four lines (a seam a
reader notices). Notes invented here: four trades, each with a peer on a handwritten card and a highlight that
ties to the peer's topic; the peer's name varies so each close variant is drawn."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import draft_json

NOTES = """
candidate:
  name: Jo Brennan
  highlights:
    - {highlight}
position: {position}
company:
  name: {company}
  culture: casual
interview:
  at: 2026-03-10T10:00
  timezone: America/Chicago
  format: onsite
interviewers:
  - name: {peer}
    title: {title}
    role: peer
    channel: handwritten
    topics:
      - {topic}
"""

TRADES = [
    (
        "cut scrap on the extrusion line by 12%",
        "Process Engineer",
        "Riverbend Plastics",
        "Line Lead",
        "scrap on the extrusion line",
    ),
    (
        "rebuilt the rota for the night shift at St Anne's",
        "Charge Nurse",
        "Harbour Hospital",
        "Ward Nurse",
        "the rota for the night shift",
    ),
    (
        "moved the bakery's orders to a shared sourdough schedule",
        "Head Baker",
        "Crumb & Co",
        "Baker",
        "the sourdough schedule",
    ),
    (
        "cut p95 query time on the reporting database by 30%",
        "Data Engineer",
        "Lumen Analytics",
        "Analyst",
        "query time on the reporting database",
    ),
]
PEERS = [
    "Avery Stone",
    "Blake Moreno",
    "Casey Ng",
    "Drew Patel",
    "Emery Quinn",
    "Finley Ross",
    "Gray Ito",
    "Harper Vale",
]


@pytest.mark.parametrize("trade", TRADES, ids=[t[2] for t in TRADES])
def test_a_peer_card_never_says_its_verb_of_liking_twice(tmp_path: Path, trade: tuple[str, ...]) -> None:
    highlight, position, company, title, topic = trade
    for peer in PEERS:
        text = NOTES.format(
            highlight=highlight, position=position, company=company, peer=peer, title=title, topic=topic
        )
        messages = draft_json(tmp_path, text, "--now", "2026-03-10T13:00")["messages"]
        (message,) = [m for m in messages if m["kind"] == "thank_you"]
        body = message["body"]
        for verb in ("enjoy", "love"):
            said = re.findall(rf"\bI(?: would|'d) {verb}\b", body)
            assert len(said) <= 1, (peer, body)
