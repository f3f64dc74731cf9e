"""Checks39: a credential the candidate says they hold ("I already hold a Taiwan work permit") must be one of their
own items (class C5, invented credential, missed in blind32 and blind36, spent). Near misses that must stay clean:
the credential as the notes give it, and "hold" with no credential as its object."""

from __future__ import annotations

import pytest
from dispatch_case import HIGHLIGHT, LATER, dispatch_notes

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.vocabulary import Kind


def draft(sentence: str) -> Draft:
    notes = dispatch_notes(highlights=(HIGHLIGHT, "holds a Class C driving licence"))
    body = (
        "Dear Rui,\n\nI hope the cross-dock at Alverca is coming along, and I wondered whether there is any update"
        f" on the timeline for the Dispatch Supervisor role. {sentence}\n\nKind regards,\nInes Baptista"
    )
    return check_hand_written(notes, None, body, kind=Kind.status_check, to="Rui Moreira", now=LATER, send_at=LATER)


def credentials(found: Draft) -> list[str]:
    return [f.message for f in found.findings if f.check == "claims" and "credential" in f.message]


@pytest.mark.parametrize(
    "sentence",
    [
        "I already hold a Spanish work permit, so the Badajoz depot would be no trouble.",
        "I also hold the ADR dangerous goods certificate, which the night loads need.",
        "I hold a valid Moroccan visa from my time in Tangier.",
    ],
)
def test_credential_held_that_no_item_gives_is_a_claim(sentence: str) -> None:
    assert credentials(draft(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I hold a Class C driving licence, so I can cover a shunt if the yard is short.",
        "I hold a strong interest in the cross-dock and its night permits.",
        "I held the door for the visa officer at the open day.",
        "I still hold the view that the night slots matter most.",
    ],
)
def test_credential_of_the_notes_and_other_holds_stay_clean(sentence: str) -> None:
    assert not credentials(draft(sentence))
