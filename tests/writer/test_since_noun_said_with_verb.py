"""A `since_interview` item jotted as a bare noun ('Six Sigma Green Belt certificate') is said in a status check as a
sentence with the verb its head noun takes (earned / completed / passed: writer/since_noun.py), never as a noun after
a colon ("One update from my side since our interview: my … certificate."); a noun with no verb known is left out of
that frame. Notes invented for four trades and one unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.since_noun import perfect_from_noun
from helpers import draft_json

NOTES = """
candidate:
  name: Ana Ruiz
  since_interview:
    - {since}
position: {position}
company:
  name: Brightway
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Dublin
interviewers:
  - name: Tomas Keane
    role: hiring_manager
    email: tomas@brightway.example
    topics: [{topic}]
"""


@pytest.mark.parametrize(
    ("since", "position", "topic", "said"),
    [
        (
            "Six Sigma Green Belt certificate",
            "Quality Engineer",
            "scrap rates on line 2",
            "I have earned my Six Sigma Green Belt certificate",
        ),
        (
            "HGV class 1 licence",
            "Transport Planner",
            "route planning for rural drops",
            "I have earned my HGV class 1 licence",
        ),
        (
            "food allergen awareness course",
            "Sous Chef",
            "the new tasting menu",
            "I have completed a food allergen awareness course",
        ),
        (
            "ACCA Financial Reporting exam",
            "Assistant Accountant",
            "the month-end close",
            "I have passed the ACCA Financial Reporting exam",
        ),
    ],
)
def test_a_noun_is_said_with_its_verb_never_after_a_colon(
    tmp_path: Path, since: str, position: str, topic: str, said: str
) -> None:
    out = draft_json(
        tmp_path,
        NOTES.format(since=since, position=position, topic=topic),
        "--now",
        "2026-12-03T10:00",
        "--kind",
        "status_check",
    )
    (message,) = out["messages"]
    assert said in message["body"], message["body"]
    assert ": my " not in message["body"] and ": " + since not in message["body"]
    assert not [f for f in message["findings"] if f["check"] == "fluency" and f["severity"] != "info"]


def test_a_noun_with_no_known_verb_is_left_out_of_the_frame(tmp_path: Path) -> None:
    out = draft_json(
        tmp_path,
        NOTES.format(since="new portfolio website", position="Graphic Designer", topic="the spring catalogue"),
        "--now",
        "2026-12-03T10:00",
        "--kind",
        "status_check",
    )
    body = out["messages"][0]["body"]
    assert "portfolio website" not in body and "update from my side" not in body, body


@pytest.mark.parametrize(
    ("noun", "said"),
    [
        ("a forklift refresher course", "I have completed a forklift refresher course"),
        ("IOSH Managing Safely certificate", "I have earned my IOSH Managing Safely certificate"),
        ("course in HACCP level 3", "I have completed a course in HACCP level 3"),
        ("AWS exam", "I have passed the AWS exam"),
        ("new laptop", None),
        ("promotion to shift lead", None),
    ],
)
def test_the_verb_comes_from_the_head_noun(noun: str, said: str | None) -> None:
    assert perfect_from_noun(noun) == said
