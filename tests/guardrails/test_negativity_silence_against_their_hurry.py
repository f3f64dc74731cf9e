"""Their silence set against the hurry they said they were in ("I haven't heard a thing since Friday, even though
you said you were hiring fast", "For a company that said it needed someone urgently, that's surprising"): a pointed
remark, passive-aggressive (blind41, blind44). Their hurry recalled kindly, with no silence held against it, is
not."""

from __future__ import annotations

import pytest
from checks53_case import TRADES, check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "I haven't heard a thing since Friday, even though you said you were hiring fast."),
        ("cocoa", "There has been no word since our interview, although Efua said the union needed someone quickly."),
        ("lifts", "It's been a week. For a company that said it needed a planner urgently, that's a little odd."),
        ("seeds", "Nothing back yet, even though you told me you wanted someone in the role soon."),
    ],
)
def test_silence_against_their_stated_hurry_is_pointed(trade: str, line: str) -> None:
    body = f"{line} Is there any news on the {TRADES[trade]['position']} role?"
    assert codes(check(trade, Kind.status_check, body), "negativity")  # passive_aggressive, or a wait complaint


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "I know you said you hoped to decide quickly, and I understand these things take time."),
        ("cocoa", "Efua mentioned the union wanted someone soon, so I have kept my start date open."),
        ("lifts", "Since you said you were hiring fast, I have attached my references to save a step."),
        ("seeds", "You told me the panel meets soon; I hope it goes well."),
    ],
)
def test_their_hurry_recalled_kindly_is_no_dig(trade: str, line: str) -> None:
    body = f"{line} Is there any news on the {TRADES[trade]['position']} role?"
    assert codes(check(trade, Kind.status_check, body), "negativity") == set()
