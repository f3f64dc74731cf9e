"""Leverage said as talks with another employer named by its trade, or an offer expected from it (blind11's held-out
tone miss, issue 15), on phrasings written here (orchard_case.py); the plain mention of one's own plans stays clean."""

from __future__ import annotations

import pytest
from orchard_case import fired, load, run, thanks


@pytest.mark.parametrize(
    ("middle", "pressure"),
    [
        ("To be open with you, I am in late talks with another fruit exporter, so a quick answer would help.", True),
        ("I should say that I expect an offer shortly from a kiwifruit packer in Te Puke.", True),
        ("I had good talks with the growers at the Motueka cold store opening last month.", False),
        ("I expect the offer of a grading line tour would be a great way to meet the crew.", False),
    ],
)
def test_talks_with_another_employer_are_leverage(tmp_path, middle, pressure) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:leverage" in fired(draft, "tone")) is pressure, (middle, fired(draft, "tone"))
