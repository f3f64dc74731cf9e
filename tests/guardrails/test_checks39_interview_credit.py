"""Checks39: the interview (or what the candidate offered in it) credited with the company's outcome is an invented
causal link (class C1, missed in blind25, blind26, blind27, blind29 and blind36, spent). Written in other words than
those corpora's drafts, with near misses that must stay clean: the interview named with no uptake, an uptake with no
interview, a wish, their own result told back, the interview's effect on the candidate, two clauses."""

from __future__ import annotations

import pytest
from dispatch_case import LATER, dispatch_notes

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.vocabulary import Kind


def draft(sentence: str) -> Draft:
    body = (
        "Dear Rui,\n\nI hope the cross-dock at Alverca is coming along, and I wondered whether there is any update"
        f" on the timeline for the Dispatch Supervisor role. {sentence}\n\nKind regards,\nInes Baptista"
    )
    return check_hand_written(
        dispatch_notes(), None, body, kind=Kind.status_check, to="Rui Moreira", now=LATER, send_at=LATER
    )


def interview_credit(found: Draft) -> list[str]:
    return [f.message for f in found.findings if f.check == "claims" and "credits your interview" in f.message]


@pytest.mark.parametrize(
    "sentence",
    [
        "Good to see Alverca open; I suspect our conversation about dock slots played a part in it.",
        "It is good to see the shift rota I suggested during the interview now being used at Alverca.",
        "The routing idea we talked through on the call seems to be paying off for the depot already.",
        "Congratulations; the slotting approach I outlined in my interview clearly helped shape the contract.",
        "I noticed the loading checklist I sketched at our meeting has made its way into the new depot.",
    ],
)
def test_interview_taken_up_by_them_is_a_causal_link(sentence: str) -> None:
    assert interview_credit(draft(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the interview named, nothing taken up
        "I enjoyed our conversation about dock slots and have thought about it since.",
        # an uptake, no interview
        "It is great to see the new cross-dock already paying off for your drivers.",
        # a wish or a hope
        "I would love to see the shift rota we discussed put to use at Alverca.",
        "I hope the routing idea I suggested in the interview could be put into practice one day.",
        # their own result, told back
        "The rota you mentioned in our call is clearly paying off for the night shift.",
        "I was glad to hear in our conversation that the new scanners are already paying off.",
        # the interview's effect on the candidate
        "Our conversation about dock slots really shaped how I think about night dispatch.",
        # two clauses: a story of the candidate's own, after a preface
        "As I mentioned in our interview, the rota I built at Tejo Freight was adopted by every depot.",
    ],
)
def test_interview_without_uptake_by_them_stays_clean(sentence: str) -> None:
    assert not interview_credit(draft(sentence))
