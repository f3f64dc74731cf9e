"""Two adjectives of one noun with a comma between ("a shared, documented workflow could …") are no fragment spliced
into the sentence (blind38, after its one run: a clean draft given an error); a notes line dropped after a comma
still is."""

from __future__ import annotations

import pytest

from afterview.guardrails.grammar.fragments import spliced_fragments


@pytest.mark.parametrize(
    "sentence",
    [
        "I think a shared, documented workflow could also make model reviews quicker for everyone.",
        "A clean, tested pipeline would help the night team.",
        "Our new, simplified rota will help the crews.",
    ],
)
def test_coordinate_adjectives_are_no_fragment(sentence: str) -> None:
    assert spliced_fragments(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "My experience automating a monthly report in Python, cut it from 3 days to 2 hours would be useful.",
        "I think the report, cut from 3 days to 2 hours would help.",
    ],
)
def test_a_notes_line_after_a_comma_is_still_a_fragment(sentence: str) -> None:
    assert [f.code for f in spliced_fragments(sentence)] == ["spliced_fragment"]
