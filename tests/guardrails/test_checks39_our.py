"""Checks39: 'our' for the reader's team (class C2, missed in blind25 … blind29, blind34 and blind36; false alarms in
blind30, blind32, blind33 and blind36, spent). Two mechanisms: a past employer named in a later reason clause ("…,
since I moved 120 workbooks at Ilm Kitob") no longer makes the 'our' before it the candidate's past team; and a
misspelt word for the conversation ("our discusion") is still the conversation. Near misses: the past employer in
the same clause as 'our', a word one letter from a talk noun that is their thing ("our conversion rate")."""

from __future__ import annotations

import pytest
from dispatch_case import LATER, dispatch_notes

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.vocabulary import Kind

CHALLENGE = "night drivers lose an hour at the gate every shift"


def draft(sentence: str) -> Draft:
    body = (
        "Dear Rui,\n\nI hope the cross-dock at Alverca is coming along, and I wondered whether there is any update"
        f" on the timeline for the Dispatch Supervisor role. {sentence}\n\nKind regards,\nInes Baptista"
    )
    notes = dispatch_notes(challenges=(CHALLENGE,))
    return check_hand_written(notes, None, body, kind=Kind.status_check, to="Rui Moreira", now=LATER, send_at=LATER)


def not_ours(found: Draft) -> list[str]:
    return [f.message for f in found.findings if f.code == "not_our_team"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our night drivers lose an hour at the gate every shift, and I can fix that, since I ran night-shift"
        " dispatch for 40 drivers at Tejo Freight.",
        "Our night drivers still lose an hour at the gate, because I have not started yet at Tejo Freight's pace.",
        "I think our conversion rate on night loads at Alverca is still low.",
    ],
)
def test_their_team_as_ours_is_found(sentence: str) -> None:
    assert not_ours(draft(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "At Tejo Freight our night drivers lost an hour at the gate, since the yard filled up before midnight.",
        "I enjoyed our discusion about the cross-dock at Alverca.",
        "I keep thinking about our long converstion on night dispatch.",
        "Thank you again for our intervew and for the tour of the yard.",
    ],
)
def test_past_team_and_misspelt_conversation_stay_clean(sentence: str) -> None:
    assert not not_ours(draft(sentence))
