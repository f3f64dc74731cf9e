"""A word doubled for emphasis on purpose ("I really really wanted this", "please please let me know") is a matter of
register, not a slip of the keyboard (checks46): grammar keeps it to advice, while a real doubled word ("the the",
"to to") stays an error."""

from __future__ import annotations

import pytest
from dispatch_case import LATER, dispatch_notes

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.vocabulary import Kind

BODY = (
    "Dear Rui,\n\nThank you for talking with me about the Dispatch Supervisor role and the cross-dock at Alverca. "
    "{line} I would be glad to help the night team with that.\n\nKind regards,\nInes Baptista"
)


def repeated(line: str) -> set[str]:
    found: Draft = check_hand_written(
        dispatch_notes("pending"),
        None,
        BODY.format(line=line),
        kind=Kind.thank_you,
        to="Rui Moreira",
        now=LATER,
        send_at=LATER,
    )
    return {f.severity for f in found.findings if f.check == "grammar" and f.code == "repeated_word"}


@pytest.mark.parametrize(
    "line",
    [
        "I really really enjoyed seeing the night yard at work.",
        "Please please keep me in mind for the Alverca shift.",
        "It was a very very useful hour for me.",
    ],
)
def test_a_word_doubled_for_emphasis_is_only_advice(line: str) -> None:
    assert repeated(line) <= {"info"}


@pytest.mark.parametrize(
    "line",
    [
        "I enjoyed seeing the the night yard at work.",
        "I would like to see the cross-dock and and the yard again.",
    ],
)
def test_a_doubled_word_by_slip_is_still_an_error(line: str) -> None:
    assert "error" in repeated(line)
