"""checks52: time served at a place, counted in the trade's periods ("I have worked several crushes at Usina X",
"Having guided five seasons out of Y"), is a tenure, not a piece of work: it was an unsupported claim on clean
drafts (blind44, spent; the same shape is in blind37). Invented drafts, four trades. Periods spent on a named piece
of work of theirs ("several winters on the travel hoist backlog") are still read as a claim."""

from __future__ import annotations

import pytest
from checks52_case import codes, thank_you


@pytest.mark.parametrize(
    ("trade", "middle"),
    [
        ("bakery", "I have worked four summers at Padaria Estrela and know what the tourist rush asks of a bake."),
        ("boatyard", "I have worked five seasons at Kilmore Boatworks and understand what the spring launch asks."),
        ("clinic", "I have worked three winters at Coastline Health and know how the hydrotherapy queue grows."),
        ("vineyard", "I have worked four vintages at Cantina Rossi and know how harvest squeezes everything else."),
    ],
)
def test_tenure_at_a_place_is_no_claim(trade: str, middle: str) -> None:
    assert "unsupported_claim" not in codes(thank_you(trade, middle), "claims")


@pytest.mark.parametrize(
    ("trade", "middle"),
    [
        ("boatyard", "I have worked several winters on the travel hoist booking backlog at Kilmore."),
        ("clinic", "Having run two seasons of hydrotherapy waiting list triage, I know the problem well."),
        ("vineyard", "I have worked four vintages switching reds to wild ferments at Cantina Rossi."),
        ("bakery", "I have worked two summers moving a sourdough line to a second shift at Padaria Estrela."),
    ],
)
def test_periods_on_their_work_are_still_claims(trade: str, middle: str) -> None:
    assert "unsupported_claim" in codes(thank_you(trade, middle), "claims")
