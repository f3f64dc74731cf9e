"""Checks39: their problem said to be as good as solved by the candidate, with no hedge, is a promised result (class
C1/C3, missed in blind33, blind35 and blind36, spent). Written in other words than those corpora's drafts, with near
misses that must stay clean: help offered, a possibility, a problem met before, their own fix told back."""

from __future__ import annotations

import pytest
from dispatch_case import LATER, dispatch_notes

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.vocabulary import Kind


def draft(sentence: str) -> Draft:
    body = (
        "Dear Rui,\n\nThank you for showing me the yard at Alverca this morning and for the time you gave me."
        f" {sentence}\n\nKind regards,\nInes Baptista"
    )
    notes = dispatch_notes(challenges=("night drivers lose an hour at the gate every shift",))
    return check_hand_written(notes, None, body, kind=Kind.thank_you, to="Rui Moreira", now=LATER, send_at=LATER)


def promised(found: Draft) -> list[str]:
    return [f.message for f in found.findings if f.check == "claims"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I ran night-shift dispatch for 40 drivers at Tejo Freight, so the hour your night drivers lose at the gate is"
        " as good as solved.",
        "The hour night drivers lose at the gate is something I know exactly how to fix.",
        "My slot booking sheet from Tejo Freight will fix that lost hour at the gate for your night drivers.",
        "Night drivers losing an hour at the gate is something we already cracked at Tejo Freight.",
        "At Tejo Freight I solved exactly that problem of night drivers losing an hour at the gate.",
    ],
)
def test_their_problem_said_solved_is_a_promise(sentence: str) -> None:
    assert promised(draft(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I would love to help fix the hour your night drivers lose at the gate.",
        "A simple slot booking can fix the hour night drivers lose at the gate, and I could set one up.",
        "Night drivers losing an hour at the gate is a problem I have seen before at Tejo Freight.",
        "The hour night drivers lose at the gate is fixed by the new booking system, you said, from March.",
        "I know how hard it is when night drivers lose an hour at the gate.",
        # their own fix told back, and a fix with no doer of the candidate's
        "I heard the gate booking for night drivers is fixed now that the slots open at six.",
        "I think a simple slot sheet would fix the hour night drivers lose at the gate.",
    ],
)
def test_help_and_possibility_stay_clean(sentence: str) -> None:
    assert not promised(draft(sentence))
