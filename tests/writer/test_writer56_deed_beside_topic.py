"""WRITER56 (issue 17): a highlight of the candidate's is said only where it answers something of the reader's. One
with no result that shares ground with their first topic follows that topic in the same paragraph, framed as close to
the candidate's own work ("That relates closely to my own experience: I moved …"), never as a résumé line standing
alone in another paragraph (run52: "I moved case processing to one safety database …" read as pasted); on a card to a
decider, a highlight unrelated to anything of theirs is left out. Notes invented here (a herbarium in Otago)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import draft_json

HERBARIUM = """
candidate:
  name: Aroha Tane
  highlights:
    - curator at Canterbury Museum for 7 yrs, 2 national audits w/o findings
    - ran the volunteer programme (team of 2 -> 9)
    - {highlight}
position: Head of Collections
company:
  name: Otago Regional Herbarium
  culture: {culture}
interview:
  at: 2026-05-12T10:00
  timezone: Pacific/Auckland
  format: onsite
interviewers:
  - name: Graham Whitcombe
    greet_as: Dr. Whitcombe
    title: Director
    role: executive
    email: g.whitcombe@otagoherb.example
    channel: {channel}
    topics:
      - collections strategy for the new specimen wing
      - how conservation should report into the director vs. science
    challenges:
      - conservation staff split across two sites
"""

DEED = "moved specimen cataloguing to one database after the 2021 merger"
# the deed said as what their topic brought to mind (writer75: "close to my own work" claimed ground the notes do not
# give, so it is gone; the relation is the candidate's own thought, never a claim about the deed)
_CLOSE = re.compile(
    r"(?:called|brought) to mind my own work|(?:close to|touches on|relates closely to) (?:my own|work I have)"
)


def _thank_you(tmp_path: Path, highlight: str, culture: str = "formal", channel: str = "email") -> str:
    notes = HERBARIUM.format(highlight=highlight, culture=culture, channel=channel)
    run = draft_json(tmp_path, notes, "--now", "2026-05-12T15:00")
    (body,) = [m["body"] for m in run["messages"] if m["kind"] == "thank_you"]
    return str(body)


@pytest.mark.parametrize("culture", ["formal", "casual"])
def test_a_deed_sharing_ground_with_their_topic_follows_it(tmp_path: Path, culture: str) -> None:
    body = _thank_you(tmp_path, DEED, culture)
    (para,) = [p for p in body.split("\n\n") if "after the 2021 merger" in p]
    assert "specimen wing" in para, body  # their topic, said in the same paragraph
    assert _CLOSE.search(para), body
    assert not re.search(r"(?:^|\n)I moved specimen cataloguing[^.]*\.(?:\n|$)", body), body  # never a line alone


def test_a_card_to_a_decider_leaves_out_a_result_unrelated_to_anything_of_theirs(tmp_path: Path) -> None:
    body = _thank_you(tmp_path, "cut volunteer turnover from 40% to 15% in two years", channel="handwritten")
    assert "turnover" not in body, body
