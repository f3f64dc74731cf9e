"""Digs at other people (checks51, negative_digs.py): the team before, said to have failed ("the previous firmware
team should have caught it"), or the other staff met set coldly beside the reader ("the new managers I met seemed a
bit corporate compared with you"). A plain account of the past, or a warm comparison, is no dig."""

from __future__ import annotations

import pytest
from trades_case import check, codes

from afterview.vocabulary import Kind

THANKS = "Thank you for the interview on Tuesday. {line} I would be glad to help with it."


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "Frankly the previous production team should have caught the butter temperature problem."),
        ("wind", "The old inspection contractor ought to have spotted those leading-edge cracks years ago."),
        ("pharmacy", "The former pharmacy managers should never have let the stock counts slip."),
        ("freight", "The other dispatchers I met seemed a bit cold compared with you."),
        ("bakery", "Honestly, the new managers I met seemed rather corporate compared with you."),
    ],
)
def test_a_dig_at_other_people_is_flagged(trade: str, line: str) -> None:
    assert codes(check(trade, Kind.thank_you, THANKS.format(line=line)), "negativity")


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "The previous production team built the laminating line in 2019, and it still runs well."),
        ("wind", "The crews I met seemed as friendly as you said they would be."),
        ("pharmacy", "The former pharmacy manager set up the satellite store in Nashik, you told me."),
        ("freight", "I should have asked more about the regional depots, so I will read up on them."),
    ],
)
def test_a_plain_account_of_others_is_no_dig(trade: str, line: str) -> None:
    assert codes(check(trade, Kind.thank_you, THANKS.format(line=line)), "negativity") == set()
