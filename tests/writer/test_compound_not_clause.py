"""A count noun with no article before a word that is a plural noun too ('dealer returns in NL') is a compound noun,
never said back as their clause ('You mentioned that dealer returns in NL.'); a mass noun and its verb still is."""

import pytest

from afterview.writer.problem_said import jotted_clause


@pytest.mark.parametrize("item", ["dealer returns in NL", "roof leaks in winter", "supplier changes after Easter"])
def test_a_compound_noun_is_not_said_as_their_clause(item: str) -> None:
    assert jotted_clause(item) is None


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("clay cracks in the rainy season", "You mentioned that clay cracks in the rainy season."),
        ("resin cracks in wet season", "You mentioned that resin cracks in the wet season."),
    ],
)
def test_a_mass_noun_and_its_verb_are_still_said_back(item: str, said: str) -> None:
    assert jotted_clause(item) == said
