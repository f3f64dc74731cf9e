"""A frame that embeds an item is chosen by the item's form: "that" takes a clause, a noun phrase takes "about"
("your point that the staffing gap over the summer" → "what you said about the staffing gap over the summer"); "how
I might have approached X differently" holds only a short X that ends on its head, else "what I could have done better
in X" (writer/frame_form.py). Clauses keep "that". Items invented for four trades."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.frame_form import fitted
from helpers import draft_json


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "I have been thinking about your point that the staffing gap over the summer.",
            "I have been thinking about what you said about the staffing gap over the summer.",
        ),
        (
            "You mentioned that the audit backlog at the Leeds plant, and I have been thinking about it since.",
            "You mentioned the audit backlog at the Leeds plant, and I have been thinking about it since.",
        ),
        (
            "I also enjoyed finding out that your new bakery in Porto.",
            "I also enjoyed finding out about your new bakery in Porto.",
        ),
        (
            "I keep coming back to your point that rework on the weld line.",
            "I keep coming back to your point about rework on the weld line.",
        ),
        # a noun phrase with its own subordinate clause: that clause's verb is not the "that" clause's (lead, stop 55)
        (
            "I have been thinking about your point that the margin squeeze when wheat prices spiked in spring.",
            "I have been thinking about what you said about the margin squeeze when wheat prices spiked in spring.",
        ),
        (
            "I keep coming back to your point that the overtime bill since the second line opened.",
            "I keep coming back to your point about the overtime bill since the second line opened.",
        ),
        (
            "Tell me how I might have approached presenting the budget without it sounding rushed differently?",
            "Tell me what I could have done better in presenting the budget without it sounding rushed?",
        ),
    ],
)
def test_a_noun_phrase_takes_a_frame_it_fits(sentence: str, said: str) -> None:
    assert fitted(sentence) == said


@pytest.mark.parametrize(
    "sentence",
    [
        "I keep coming back to your point that the Leeds depot closes in June.",
        "I keep coming back to your point that the crew misses its targets when the rain comes.",
        "I noted that when the press stops, the whole line waits.",
        "I have been thinking about your point that nightly batch jobs page the on-call team.",
        "It helped to understand that the night shift is short of two nurses.",
        "I have been thinking about your point that there are only two welders on nights.",
        "Could you tell me how I might have approached the case study differently?",
    ],
)
def test_a_clause_or_a_short_item_keeps_its_frame(sentence: str) -> None:
    assert fitted(sentence) == sentence


NOTES = """
candidate: {{name: Ana Ruiz}}
position: {position}
company: {{name: Northgate}}
interview: {{at: 2026-11-24T10:00, timezone: Europe/London, outcome: rejected}}
interviewers:
  - name: Tom Pryce
    role: hiring_manager
    email: tom@northgate.example
    topics: [{topic}]
"""


@pytest.mark.parametrize(
    ("position", "topic"),
    [
        ("Finance Analyst", "presenting the budget without it sounding rushed"),
        ("Sous Chef", "plating the tasting menu for a full room on time"),
        ("Site Engineer", "the lift plan for the tower crane in high wind"),
        ("Ward Manager", "handover notes for agency nurses at night"),
    ],
)
def test_a_feedback_request_never_ends_an_item_on_differently(tmp_path: Path, position: str, topic: str) -> None:
    text = NOTES.format(position=position, topic=topic)
    out = draft_json(tmp_path, text, "--now", "2026-11-30T13:00", "--kind", "feedback_request", "--feedback-request")
    (message,) = out["messages"]
    assert f"{topic} differently" not in message["body"], message["body"]
    assert not [f for f in message["findings"] if f["check"] == "fluency" and f["severity"] != "info"]
