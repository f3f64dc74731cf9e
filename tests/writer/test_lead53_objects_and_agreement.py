"""Sentence seams a blind judge named on run55 (stop 53, lead; not blind for these fixes), tested on phrases made
up here: a verb's bare object given the article its verb and head call for (writer/object_article.py), a verb after
'you' and an adverb agreeing with it ('he also rows' said to him: 'you also row', and kept, not dropped by the gate),
no goodbye ('I hope our paths cross again') closing a LinkedIn note to someone the candidate may work beside."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.english_form import determined
from afterview.writer.gate import problem
from afterview.writer.items import rapport_shape
from helpers import draft_json


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("I secured 2-year EU grant for the dye works.", "I secured a 2-year EU grant for the dye works."),
        ("I won regional award for the ferry timetable.", "I won a regional award for the ferry timetable."),
        ("I won Best Stall award at the county show.", "I won the Best Stall award at the county show."),
        ("Having led switch from diesel to electric forklifts, I", "Having led the switch from diesel to electric"),
        ("I led team of six welders.", "I led a team of six welders."),
        ("I managed bakery team at Crumb & Co.", "I managed the bakery team at Crumb & Co."),
        ("Since we spoke, I have passed CIPS Level 4 Diploma.", "I have passed the CIPS Level 4 Diploma."),
        ("I glazed a vase for final exhibition.", "I glazed a vase for my final exhibition."),
    ],
)
def test_a_bare_object_takes_the_article_its_verb_calls_for(jotted: str, said: str) -> None:
    assert said in determined(jotted)


@pytest.mark.parametrize(
    "kept",
    [
        "I led a team of six welders.",  # already has one
        "I ran quality control for the plant.",  # an activity, no lexicon head
        "I led customer service for the shop.",
        "I secured funding for the grant.",  # a mass noun won; 'grant' after a preposition
        "I received three awards.",  # a plural
        "The final project was hard.",  # no preposition before it
        "I completed the course in June.",
        "I received order confirmations daily.",  # the head is a modifier of another noun
        "I led team meetings every week.",
        "I secured contract renewals with three clients.",
    ],
)
def test_an_object_with_its_determiner_or_outside_the_lexicons_is_kept(kept: str) -> None:
    assert determined(kept) == kept


@pytest.mark.parametrize(
    ("rapport", "clause"),
    [
        ("he also rows, Lübeck club on the Trave", "you also row"),
        ("she still plays bass in a ceilidh band", "you still play bass in a ceilidh band"),
        ("he also has a collie", "you also have a collie"),
        ("she coaches u12 netball", "you coach u12 netball"),
    ],
)
def test_the_verb_after_you_and_an_adverb_agrees_and_the_gate_keeps_it(rapport: str, clause: str) -> None:
    said = rapport_shape(rapport)["clause"]
    assert said == clause
    assert problem(said, "clause") is None


LINKEDIN = """
candidate:
  name: Noor Haddad
  highlights:
    - rebuilt the dye-lot tracking sheet at Wool & Weft, rejects 9% -> 4%
position: Dye House Lead
company:
  name: Harbour Mills
  culture: casual
interview:
  at: 2026-12-01T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Ellen Price
    role: hiring_manager
    email: ellen@harbour.example
    primary_contact: true
    topics:
      - dye-lot rejects on the merino line
  - name: Tom Reyes
    role: other
    channel: linkedin
    topics:
      - the new effluent plant
"""


def test_a_linkedin_note_to_a_future_colleague_never_says_goodbye(tmp_path: Path) -> None:
    run = draft_json(tmp_path, LINKEDIN, "--now", "2026-12-01T15:00")
    (note,) = [m["body"] for m in run["messages"] if m["to"] == "Tom Reyes"]
    assert "paths cross" not in note and "meet again" not in note, note
