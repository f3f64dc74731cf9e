"""Feedback requests whose ask or acknowledgement purpose did not read (stop 58, from blind44 after its one run; not
blind since), each written here for four trades with near misses that keep their finding:

- the ask with "thankful", "obliged", or an adverb like "nevertheless" before "like to know";
- their offer of notes taken up in the same sentence ("You offered to share notes from the interview, and I'd like
  that.");
- what the team felt was missing, asked without "that" ("was there something in my background the team felt was
  missing?");
- the decision acknowledged as "your mail" or taken lightly ("No worries at all about the role, totally get it!")."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_checks50_purpose_asks import TRADES, purpose

from afterview.vocabulary import Kind

ASKS = [
    ("vet clinic", "If your schedule allows, I would be thankful for a few words of feedback on my interview.", True),
    ("ferry terminal", "I would nevertheless like to know what feedback you have on my interview.", True),
    ("orchard packhouse", "You offered to share notes from the interview, and I'd like that.", True),
    ("freight dispatch", "My one question: was there something in my background the team felt was missing?", True),
    ("vet clinic", "I would be much obliged for any comments on my answers.", True),
    # near misses: thanks for their time, their notes mentioned, a statement of what they felt
    ("ferry terminal", "I am thankful for the time you gave me.", False),
    ("orchard packhouse", "You took notes on the grading line during the tour.", False),
    ("freight dispatch", "The team felt the night rota was missing a lead.", False),
    ("vet clinic", "I nevertheless wish the clinic every success.", False),
]


@pytest.mark.parametrize(("trade", "ask", "asks"), ASKS)
def test_feedback_asked_in_other_words(tmp_path: Path, trade: str, ask: str, asks: bool) -> None:
    body = f"Hello,\n\nThank you for letting me know your decision on the {TRADES[trade][2]} role. {ask}"
    assert ("no_feedback_question" not in purpose(tmp_path, trade, Kind.feedback_request, body)) is asks


ACKS = [
    ("vet clinic", "I have well received your mail concerning the post.", True),
    ("ferry terminal", "No worries at all about the scheduling role, totally get it!", True),
    ("orchard packhouse", "I completely understand it, and thank you for the call.", True),
    ("freight dispatch", "Thank you for your mail about the dispatch role.", True),
    # near misses: nothing of the decision said
    ("vet clinic", "I hope the after-hours rota is settling in.", False),
    ("ferry terminal", "No worries if you are busy with the berth upgrade.", False),
]


@pytest.mark.parametrize(("trade", "opening", "acknowledges"), ACKS)
def test_the_decision_acknowledged_in_other_words(tmp_path: Path, trade: str, opening: str, acknowledges: bool) -> None:
    body = f"Hello,\n\n{opening} Could you share any feedback on my interview?"
    assert ("no_acknowledgement" not in purpose(tmp_path, trade, Kind.feedback_request, body)) is acknowledges
