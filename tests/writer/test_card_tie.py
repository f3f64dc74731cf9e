"""WRITER12 (issue 17, blind run 12, class 5): a handwritten card's tie goes through the same chooser as the emails
(writer/tie_pair.py), and no two messages of a run tell the same result: the card to a peer never repeats the
result the hiring manager's email ties to their problem. Notes invented here (a vet hospital, a bakery)."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import draft_json

VET = """
candidate:
  name: Maren Olsen
  highlights:
    - X-ray retakes 30% -> 8% w/ positioning guides for each view
    - set up the dental charting template the clinic still uses
    - 5 yrs senior vet nurse at a mixed practice in Tromsø
position: Head Veterinary Nurse
company:
  name: Fjellvet Animal Hospital
  culture: neutral
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Oslo
  format: onsite
interviewers:
  - name: Anders Lie
    role: hiring_manager
    email: anders@fjellvet.example
    challenges:
      - X-ray retakes at 20%, wants under 10
  - name: Sofie Brekke
    role: peer
    channel: handwritten
    topics:
      - X-ray positioning for nervous dogs
      - {second}
"""


def _thanks(tmp_path: Path, second: str) -> dict[str, str]:
    run = draft_json(tmp_path, VET.format(second=second), "--now", "2026-11-16T15:00")
    return {m["channel"]: m["body"] for m in run["messages"] if m["kind"] == "thank_you"}


def test_the_card_never_repeats_the_emails_result(tmp_path: Path) -> None:
    drafts = _thanks(tmp_path, "the theatre rota")
    assert "I cut X-ray retakes from 30% to 8% with positioning guides for each view." in drafts["email"]
    assert not re.search(r"30% to 8%|retakes", drafts["handwritten"]), drafts["handwritten"]


def test_the_card_says_its_own_tie_through_the_chooser(tmp_path: Path) -> None:
    drafts = _thanks(tmp_path, "dental charting done on paper")
    card = drafts["handwritten"]
    assert "30% to 8%" not in card, card
    # the other result, the one that relates to her own topic, said as the candidate's deed
    # ... and what it would let the candidate do for her (never "so that part of our conversation stayed with me")
    assert re.search(r"I set up the dental charting template the clinic still uses, (?:and|so) I would", card), card
