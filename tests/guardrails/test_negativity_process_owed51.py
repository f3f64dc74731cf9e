"""The process held against them (checks51, blind40-42's misses said in other words): a better process said to be
owed ("I expected a more reliable process"), no one bothering to reply, a format longer than they said, the silence
making life hard, the hope that the rest goes more smoothly, and the company called disrespectful. Plain news of the
wait or a warm hope for the next step is no complaint."""

from __future__ import annotations

import pytest
from trades_case import check, codes

from afterview.vocabulary import Kind

STATUS = "{line} Could you let me know whether there is any news on the decision?"


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "I have to say I expected a more reliable process from a bakery of your standing."),
        ("wind", "It has been two weeks, and nobody at Nordvind Service has bothered to reply."),
        ("pharmacy", "The three-hour panel was longer than I had been led to expect."),
        ("freight", "The silence has made it difficult to plan my move to Monterrey."),
        ("bakery", "I hope the rest of the process is a little more organised."),
        ("wind", "I find that a bit disrespectful, to be honest."),
    ],
)
def test_the_process_held_against_them_is_flagged(trade: str, line: str) -> None:
    assert codes(check(trade, Kind.status_check, STATUS.format(line=line)), "negativity")


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "It has been ten days since we met at the bakery in Lyon."),
        ("wind", "I hope the next stage goes well for the whole team."),
        ("pharmacy", "I expected the satellite pharmacy in Nashik to be busy, and it sounds like it is."),
        ("freight", "Nobody plans routes like your team does, from what I saw on Tuesday."),
    ],
)
def test_plain_news_or_a_warm_hope_is_no_complaint(trade: str, line: str) -> None:
    assert codes(check(trade, Kind.status_check, STATUS.format(line=line)), "negativity") == set()
