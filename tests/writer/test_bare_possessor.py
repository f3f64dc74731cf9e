"""A singular count noun jotted as the owner of the next noun ('board's appetite for exposure') takes 'the' when a
sentence names it after a preposition or a verb of talk (writer_blind54's judges: "your account of board's appetite
…" read as notes pasted); names, time words, plurals and owners after a determiner stay as they are."""

from __future__ import annotations

import pytest

from afterview.writer.english_form import determined


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Thank you for your account of board's appetite for exposure to emerging-market carriers.",
            "Thank you for your account of the board's appetite for exposure to emerging-market carriers.",
        ),
        ("I enjoyed hearing about team's roadmap for 2027.", "I enjoyed hearing about the team's roadmap for 2027."),
        ("It was good to discuss customer's journey.", "It was good to discuss the customer's journey."),
    ],
)
def test_a_bare_owner_takes_the(sentence: str, said: str) -> None:
    assert determined(sentence) == said


@pytest.mark.parametrize(
    "sentence",
    [
        "I was glad to discuss today's launch.",
        "I valued hearing about Acme's plans.",
        "I learned a lot about people's habits.",
        "I liked hearing of the board's plans.",
        "I care about everyone's safety.",
    ],
)
def test_names_times_plurals_and_determined_owners_stay(sentence: str) -> None:
    assert determined(sentence) == sentence
