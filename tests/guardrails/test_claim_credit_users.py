"""A team named in a notes item is who shares the deed only when it did the work: a team the work was for, or one
that uses what the candidate built, shares nothing (blind25, spent: 'built the manifest spreadsheet our team in Suva
still uses' read as a team's result taken alone). Items written here."""

from __future__ import annotations

import pytest

from afterview.guardrails.claim_credit import _shares


@pytest.mark.parametrize(
    ("item", "shared"),
    [
        ("built the booking sheet our team in Lyon still uses", False),
        ("wrote the rota tool, our team uses it every week", False),
        ("built the stock tracker the team relies on", False),
        ("set up a parts log for our crew of 12", False),
        # near-misses: the team did the work with the candidate
        ("cut late loads 9% -> 4% w/ our team", True),
        ("our team rebuilt the booking sheet", True),
        ("cut waits ~40 -> ~10 min, team of 3", True),
        ("rebuilt the parts log with the team", True),
    ],
)
def test_a_team_that_uses_the_work_shares_no_credit(item: str, shared: bool) -> None:
    assert _shares(item) is shared
