"""Checks37: a change of the candidate's standing (a promotion, an appointment, an award, a place won, becoming a
certified something) told as news that none of their own items holds is an unsupported claim (class C4, missed in
blind29, blind32, blind33 and blind34, spent). Written in other words than those corpora's drafts, with near
misses that must stay clean: the same standing backed by a highlight or since_interview, a decision of theirs
("I was not selected"), a place in their process, an interest one became, a contract won."""

from __future__ import annotations

import pytest
from dispatch_case import HIGHLIGHT, LATER, dispatch_notes

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.vocabulary import Kind


def draft(sentence: str) -> Draft:
    notes = dispatch_notes(
        highlights=(HIGHLIGHT, "shift lead at Tejo Freight since 2024"),
        since=("accepted onto the ISO 45001 lead auditor course",),
    )
    body = (
        "Dear Rui,\n\nI hope the cross-dock at Alverca is coming along, and I wondered whether there is any update"
        f" on the timeline for the Dispatch Supervisor role. {sentence}\n\nKind regards,\nInes Baptista"
    )
    return check_hand_written(notes, None, body, kind=Kind.status_check, to="Rui Moreira", now=LATER, send_at=LATER)


def standing_claims(found: Draft) -> list[str]:
    return [f.message for f in found.findings if f.check == "claims" and "promotion, appointment" in f.message]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since we spoke I have been promoted to regional transport manager at Tejo Freight.",
        "I have also been elected chair of the Lisbon logistics association, so I know the local carriers well.",
        "I'm pleased to say I was shortlisted for the national young logistician award this month.",
        "I recently won the Porto freight safety prize for my night-shift work.",
        "Since the interview I have become a chartered transport planner.",
        "I am settled in Lisbon now and have since been appointed deputy head of operations.",
    ],
)
def test_standing_no_own_item_holds_is_a_claim(sentence: str) -> None:
    assert standing_claims(draft(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the same standing, as the notes give it in other words
        "I was promoted to shift lead at Tejo Freight in 2024, which taught me a lot about handovers.",
        "I have been accepted onto the ISO 45001 lead auditor course, which starts next month.",
        # a decision of theirs, a stage of their process, a feeling, a contract, a name given after someone
        "I understand if I was not selected for the next stage.",
        "I was glad to be accepted to the next round last time I applied.",
        "I became interested in cross-docking during my time at Tejo Freight.",
        "I won the night contract for Tejo Freight's Setubal depot in 2023.",
        "I was named after my grandmother, who also worked in freight.",
    ],
)
def test_standing_backed_or_no_standing_is_clean(sentence: str) -> None:
    assert not standing_claims(draft(sentence))
