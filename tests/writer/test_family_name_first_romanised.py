"""A family-name-first name whose family name is also an English given name ('Lin Meiting', 'Kim Minjun', 'Ho
Wingkei') or a less common one ('Fang Xiaoyu', 'Moon Jiwoo') is read family name first when a romanised given name of
two syllables follows: never greeted 'Dear Lin,'; the greeting uses the whole name (issue 17: which part is the
given name is a guess) and `fluency` suggests `greet_as`. 'Lin Johnson', 'Ho Mann', 'Kim Larsen' stay in English
order."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.notes.names import family_name_first
from afterview.notes.romanised_given import romanised_given
from helpers import draft_json

NOTES = """
candidate: {{name: Ana Ruiz, highlights: [{highlight}]}}
position: {position}
company: {{name: Brightway, culture: {culture}}}
interview: {{at: 2026-11-24T10:00, timezone: {zone}, format: video}}
interviewers:
  - name: {name}
    role: hiring_manager
    email: hm@brightway.example
    topics: [{topic}]
"""

CASES = [
    (
        "Lin Meiting",
        "Asia/Taipei",
        "neutral",
        "Export Coordinator",
        "letters of credit for the HK buyers",
        "ran the export desk for a furniture maker",
        "Lin Meiting",
    ),
    (
        "Kim Minjun",
        "Asia/Seoul",
        "formal",
        "Process Engineer",
        "yield loss on the etch line",
        "cut etch rework by a third",
        "Kim Minjun",
    ),
    (
        "Ho Wingkei",
        "Asia/Hong_Kong",
        "neutral",
        "Pastry Chef",
        "the mooncake season",
        "ran a 40-cover pastry section",
        "Ho Wingkei",
    ),
    (
        "Fang Xiaoyu",
        "Europe/London",
        "formal",
        "Ward Manager",
        "night staffing on the stroke ward",
        "rebuilt the night rota for a surgical ward",
        "Fang Xiaoyu",
    ),
]


@pytest.mark.parametrize(("name", "zone", "culture", "position", "topic", "highlight", "greeted"), CASES)
def test_the_family_name_alone_is_never_the_greeting(
    tmp_path: Path, name: str, zone: str, culture: str, position: str, topic: str, highlight: str, greeted: str
) -> None:
    text = NOTES.format(name=name, zone=zone, culture=culture, position=position, topic=topic, highlight=highlight)
    out = draft_json(tmp_path, text, "--now", "2026-11-24T13:00", "--kind", "thank_you")
    (message,) = out["messages"]
    first_line = message["body"].splitlines()[0]
    assert first_line in (f"Dear {greeted},", f"Hi {greeted},"), first_line
    assert first_line != f"Dear {name.split()[0]},"
    assert any(f["code"] == "greet_as" and f["severity"] == "info" for f in message["findings"]), message["findings"]


@pytest.mark.parametrize("name", ["Lin Johnson", "Ho Mann", "Kim Larsen", "Lee Child", "Kim Manning", "Long Patrick"])
def test_english_order_names_are_left_as_they_are(tmp_path: Path, name: str) -> None:
    assert not family_name_first(name)
    text = NOTES.format(
        name=name,
        zone="Europe/London",
        culture="neutral",
        position="Buyer",
        topic="the spring range",
        highlight="ran the buying desk for a garden centre chain",
    )
    (message,) = draft_json(tmp_path, text, "--now", "2026-11-24T13:00", "--kind", "thank_you")["messages"]
    assert message["body"].splitlines()[0] == f"Dear {name.split()[0]},"
    assert not any(f["code"] == "greet_as" for f in message["findings"])


@pytest.mark.parametrize(
    ("word", "romanised"),
    [
        ("Meiting", True),
        ("Xiaoming", True),
        ("Chiawei", True),
        ("Seoyeon", True),
        ("Haeun", True),
        ("Johnson", False),
        ("Larsen", False),
        ("Hansen", False),
        ("Manning", False),
        ("Maria", False),
        ("Owen", False),
    ],
)
def test_a_romanised_given_name_is_told_by_its_syllables(word: str, romanised: bool) -> None:
    assert romanised_given(word) is romanised
