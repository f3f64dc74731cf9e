"""checks52: "my experience <doing A> and my focus on B" / "my background in <doing A> and improving B" claims A;
strengths joined after it that borrow nothing of theirs (quality, standards, service) are no work to find in the
notes, and the sentence's own verb ("fits", "suits") ends the experience. Read whole, the line was an unsupported
claim on drafts whose A is the candidate's own highlight (blind39, blind43, spent). Invented drafts, four trades; an
experience of theirs, first or joined second, is still a claim."""

from __future__ import annotations

import pytest
from checks52_case import codes, thank_you


@pytest.mark.parametrize(
    ("trade", "middle"),
    [
        ("bakery", "I believe my experience leading night bakes and my focus on hygiene and quality would help."),
        ("boatyard", "My background in leading refits and improving quality fits the yard well."),
        ("clinic", "My experience managing physio bookings and improving service would help with the new clinic."),
        ("vineyard", "My background in running a cellar and keeping standards high would suit Vigna Alta."),
    ],
)
def test_own_experience_with_virtues_joined_is_no_claim(trade: str, middle: str) -> None:
    assert "unsupported_claim" not in codes(thank_you(trade, middle), "claims")


@pytest.mark.parametrize(
    ("trade", "middle"),
    [
        ("bakery", "My experience fixing summer oven breakdowns and my focus on quality would help the team."),
        ("boatyard", "My background in running travel hoist bookings and improving quality fits the yard well."),
        ("clinic", "My experience managing physio bookings and cutting hydrotherapy waiting lists would help."),
        ("vineyard", "My experience running a cellar and solving bottling clashes with harvest would suit Vigna Alta."),
    ],
)
def test_their_work_first_or_joined_is_still_a_claim(trade: str, middle: str) -> None:
    assert "unsupported_claim" in codes(thank_you(trade, middle), "claims")
