"""checks52: "<the thing> we discussed" refers to the nearest phrase before it. The pattern used to start at an
earlier "the" ("the south will make the scheduling question we talked about", "the train back to Antwerp on what we
covered") and read words never said to have been discussed as an invented exchange on clean drafts (blind42,
blind43, spent). Invented drafts, four trades; a thing the notes never hold, said to have been discussed, still is
one."""

from __future__ import annotations

import pytest
from checks52_case import codes, thank_you


@pytest.mark.parametrize(
    ("trade", "middle"),
    [
        ("bakery", "More orders from the north will make the oven question we talked about even more pressing."),
        ("boatyard", "A few thoughts from the ferry home on what we covered: the hoist could run two shifts."),
        ("clinic", "Growth in the north of the city will make the hydrotherapy question we discussed more urgent."),
        ("vineyard", "Some notes from the drive back on what we discussed: bottling could move to October."),
    ],
)
def test_nearest_phrase_is_what_was_discussed(trade: str, middle: str) -> None:
    assert "invented_exchange" not in codes(thank_you(trade, middle), "facts")


@pytest.mark.parametrize(
    ("trade", "middle"),
    [
        ("bakery", "The hotel breakfast contract we talked about sounds like a good start."),
        ("boatyard", "The marina expansion we talked about would need more apprentices."),
        ("clinic", "The pilates studio we discussed could take some of the overflow."),
        ("vineyard", "As we discussed, the export deal with Japan will need a new label."),
    ],
)
def test_thing_the_notes_never_hold_is_still_invented(trade: str, middle: str) -> None:
    assert "invented_exchange" in codes(thank_you(trade, middle), "facts")
