"""A notes item whose 'their' belongs to the plural noun just before it ("deck hands and their shift patterns"),
written into the letter as it stands: the 'their' is the crews', not the reader's, so it is no copied pronoun
(blind44's pump crews). An item whose 'their' can only mean the reader still is."""

from __future__ import annotations

import pytest
from checks53_case import TRADES, check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize("trade", sorted(TRADES))
def test_their_after_a_plural_noun_and_and_is_that_nouns(trade: str) -> None:
    crews = TRADES[trade]["crews"]
    body = (
        f"Thank you for meeting me last week. I enjoyed hearing about {crews}, and I would like to help plan "
        "around them next season."
    )
    assert "copied_pronoun" not in codes(check(trade, Kind.thank_you, body), "fluency")


@pytest.mark.parametrize(
    "trade, pasted",
    [
        ("ferry", "their own island timetables"),
        ("cocoa", "their cocoa weighing sheds"),
        ("lifts", "their winter inspection plan"),
        ("seeds", "their germination tests"),
    ],
)
def test_their_with_no_noun_to_own_it_still_means_the_reader(trade: str, pasted: str) -> None:
    body = f"Thank you for meeting me last week. I enjoyed hearing about {pasted} and would like to help."
    assert "copied_pronoun" in codes(check(trade, Kind.thank_you, body, crews=pasted), "fluency")
