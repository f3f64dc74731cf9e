"""A process or logistics item (a start date, relocation, the schedule, pay, a visa, the next round) is thanked for,
never enjoyed or valued: "I especially enjoyed our conversation about how the board wants the new director in seat by
March" → "Thank you for explaining how …" (writer/process_thanks.py). Ideas, craft, plans and stories keep their warm
frame. Notes invented for four trades."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.process_thanks import thanked_not_enjoyed
from helpers import draft_json


def _body(middle: str) -> str:
    return f"Dear Ana,\n\n{middle}\n\nBest regards,\nSam\n"


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "I especially enjoyed our conversation about how the board wants the new director in seat by March.",
            "Thank you for explaining how the board wants the new director in seat by March.",
        ),
        ("I enjoyed hearing about the relocation package.", "Thank you for being clear about the relocation package."),
        (
            "Our talk about the visa sponsorship was a highlight of the day.",
            "Thank you for being clear about the visa sponsorship.",
        ),
        (
            "I really valued our discussion of the shift pattern for new starters.",
            "Thank you for being clear about the shift pattern for new starters.",
        ),
    ],
)
def test_a_logistics_item_is_thanked_for(sentence: str, said: str) -> None:
    assert thanked_not_enjoyed(_body(sentence)) == _body(said)


def test_after_a_thanks_the_next_is_said_another_way() -> None:
    out = thanked_not_enjoyed(
        _body("Thank you for the tour. I also enjoyed hearing about when the second round will be held.")
    )
    assert "I was also grateful that you explained when the second round will be held." in out


@pytest.mark.parametrize(
    "sentence",
    [
        "I especially enjoyed our conversation about the new tasting menu.",  # craft
        "I really valued our discussion of how you plan the spring catalogue.",  # a plan
        "I enjoyed hearing about the depot's first winter on electric vans.",  # a story
        "I enjoyed hearing about the way the ward runs its safety huddles.",  # practice
    ],
)
def test_ideas_and_craft_keep_their_warm_frame(sentence: str) -> None:
    assert thanked_not_enjoyed(_body(sentence)) == _body(sentence)


NOTES = """
candidate: {{name: Ana Ruiz, highlights: [{highlight}]}}
position: {position}
company: {{name: Brightway, culture: neutral}}
interview: {{at: 2026-11-24T10:00, timezone: Europe/London, format: onsite}}
interviewers:
  - name: Tom Pryce
    role: hiring_manager
    email: tom@brightway.example
    topics: [{topic}]
"""

TRADES = [
    ("Transport Planner", "how the board wants the new planner in seat by March", "ran the night dispatch desk"),
    ("Sous Chef", "the relocation package for the Leeds site", "ran a 60-cover grill section"),
    ("Ward Manager", "the visa sponsorship for overseas nurses", "rebuilt the night rota for a surgical ward"),
    ("Site Engineer", "the start date in January", "managed a 40-unit housing build"),
]


@pytest.mark.parametrize(("position", "topic", "highlight"), TRADES)
@pytest.mark.parametrize("tone", ["warm", "formal", "enthusiastic", "concise"])
def test_no_draft_enjoys_a_logistics_item(tmp_path: Path, position: str, topic: str, highlight: str, tone: str) -> None:
    text = NOTES.format(position=position, topic=topic, highlight=highlight)
    out = draft_json(tmp_path, text, "--now", "2026-11-24T13:00", "--kind", "thank_you", "--tone", tone)
    body = out["messages"][0]["body"]
    for sentence in re.split(r"(?<=[.!?])\s+", body):
        if topic.split()[-1] in sentence:
            assert not re.search(r"\b(?:enjoyed|valued|loved|liked|highlight|best part)\b", sentence), sentence
