"""checks52: the job's own town, said as where the candidate moves to or where the team they would join works
("ready to move to Kumamoto", "the quality team in Chimbote"), is no made-up name though notes seldom write it: the
timezone stands for it (blind39, blind43, blind44 clean drafts, spent). Invented drafts, four trades. A known city of
another country, a town said as another employer's ("an offer from a clinic in X") or as news, and the place of a
move of theirs ("the warehouse move to X") stay findings."""

from __future__ import annotations

import pytest
from checks52_case import codes, thank_you


@pytest.mark.parametrize(
    ("trade", "middle"),
    [
        ("bakery", "I am ready to move to Braga as soon as you need me."),
        ("boatyard", "I would be proud to join the yard team in Wexford."),
        ("clinic", "I hope the busy season in Wollongong is treating you well."),
        ("vineyard", "My family is looking forward to our relocation to Montalcino."),
    ],
)
def test_job_town_is_no_unsupported_name(trade: str, middle: str) -> None:
    assert "unsupported_name" not in codes(thank_you(trade, middle), "facts")


@pytest.mark.parametrize(
    ("trade", "middle"),
    [
        ("bakery", "I am ready to move to Madrid as soon as you need me."),  # Lisbon's interview: another country
        ("boatyard", "I would be proud to join the yard team in Liverpool."),  # Dublin's interview
        ("clinic", "I have another offer from a clinic in Wollongong that will not wait."),  # another employer's
        ("vineyard", "I heard a new cellar in Montepulciano is almost finished."),  # news the notes do not hold
        ("bakery", "I enjoyed hearing about the move to Prefect for the oven logs."),  # their move: a tool
        ("boatyard", "I enjoyed our talk about the storage move to Rosslare."),  # their move: a place of theirs
    ],
)
def test_other_places_stay_unsupported(trade: str, middle: str) -> None:
    assert "unsupported_name" in codes(thank_you(trade, middle), "facts")
