"""checks52: "our X" in a part of a sentence that opens at a place only the candidate's own items name ("At Brekkie
Club, the posts that moved our numbers ...") is their past team's, however the highlight phrases the place ("the
Instagram following of Brekkie Club", "Coastline Health's booking lead"): it was not_our_team on a clean draft
(blind44, spent). Invented drafts, four trades. "our X" said before such a place, and "we won ..." after it (a deed
the notes must hold), stay findings."""

from __future__ import annotations

import pytest
from checks52_case import codes, thank_you

_PLACES = {
    "bakery": ("ran the night bake for 14 bakers at Padaria Estrela",),
    "boatyard": ("yard lead of Kilmore Boatworks for 30 trawler refits",),
    "clinic": ("Coastline Health's booking lead for six physios",),
    "vineyard": ("Cantina Rossi cellar lead for four vintages",),
}


@pytest.mark.parametrize(
    ("trade", "middle"),
    [
        ("bakery", "At Estrela, the loaves that moved our numbers were the ones customers watched being shaped."),
        ("boatyard", "At Kilmore Boatworks, our yard numbers were the best on the coast."),
        ("clinic", "At Coastline Health, our no-show rate fell to 7% once the texts went out."),
        ("vineyard", "Back in my years with Cantina Rossi, our barrel data lived in one shared sheet."),
    ],
)
def test_our_at_own_place_is_the_past_team(trade: str, middle: str) -> None:
    assert "not_our_team" not in codes(thank_you(trade, middle, highlights=_PLACES[trade]), "claims")


@pytest.mark.parametrize(
    ("trade", "middle"),
    [
        ("bakery", "With the second shift, our numbers on sourdough could double."),
        ("boatyard", "Our yard data is the first thing I would open, as I did at Kilmore Boatworks."),
        ("clinic", "Our no-show rate is the first thing I would look at, as I did at Coastline Health."),
        ("vineyard", "Our barrel data could live in one sheet, as it did with Cantina Rossi."),
    ],
)
def test_our_for_their_things_stays_a_finding(trade: str, middle: str) -> None:
    assert "not_our_team" in codes(thank_you(trade, middle, highlights=_PLACES[trade]), "claims")


def test_we_won_at_own_place_is_still_read() -> None:
    line = "At Coastline Health we won three council contracts against bigger clinics."
    found = thank_you("clinic", line, highlights=_PLACES["clinic"])
    assert codes(found, "claims")
