"""Where a jotted item's phrase ends: an arrow after a phrase an article opened leads on from the whole phrase, and
a clause opened by 'while' or 'because' is never part of a noun phrase."""

from __future__ import annotations

import pytest

from afterview.writer.head_noun import keeps_point, short_noun
from afterview.writer.shorthand import prose


@pytest.mark.parametrize(
    "jotted",
    [
        "fishing boats in the hazard area -> scrubs, lost 2 windows last yr",
        "their intake form -> duplicates, 10% of files",
        "a backlog in the scanning room -> late reports",
    ],
)
def test_an_arrow_after_a_phrase_an_article_opened_is_no_move_of_its_last_word(jotted: str) -> None:
    said = prose(jotted)
    assert " from " not in said, said  # not 'in the hazard from area to scrubs'


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("moving reviews weekly -> daily, ~6 wks to roll out", "moving reviews from weekly to daily"),
        ("trucking olives Jaén -> the Seville mill for pressing", "trucking olives from Jaén to the Seville mill"),
        ("cut the spend 5 -> 3", "cut the spend from 5 to 3"),  # figures: a change, article or not
    ],
)
def test_a_move_between_two_values_is_still_said_from_and_to(jotted: str, said: str) -> None:
    assert prose(jotted).startswith(said), prose(jotted)


@pytest.mark.parametrize(
    ("item", "named"),
    [
        ("building a safety culture while growing fast", "the safety culture"),
        ("keeping the night shift staffed because agency costs doubled", "the night shift"),
        ("a stable release train although the team is new", "the stable release train"),
    ],
)
def test_a_noun_run_ends_where_a_clause_opens(item: str, named: str) -> None:
    assert short_noun(item) == named
    assert keeps_point(item, named)


def test_while_inside_a_phrase_is_still_not_a_noun_end() -> None:
    assert short_noun("the scanner backlog while we hire") == "the scanner backlog"
