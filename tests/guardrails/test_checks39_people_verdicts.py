"""Checks39: criticism of the reader's people, or of their plans and questions, said through a linking verb (class N1,
missed in blind26 … blind28, blind31 … blind33, blind35 and blind36, spent). Written in other words than those
corpora's drafts, with near misses that must stay clean: their problem named as theirs, sympathy for a hard task,
a negated verdict, a verdict on the candidate's own past plan, a plan praised."""

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


def criticism(found: Draft) -> list[str]:
    return [f.message for f in found.findings if f.check == "negativity"]


@pytest.mark.parametrize(
    "sentence",
    [
        "To be honest, Rui's target of forty trucks a night sounds rather unrealistic with the gate as it is.",
        "Moreira's questions on tachograph law felt like an interrogation more than an interview.",
        "The previous dispatch supervisor there obviously never planned the night slots.",
        "Your board seems a little out of touch with how the yard runs at night.",
        "The hauliers you work with sound like they are just being difficult about the slots.",
        "Your cross-dock timeline looks pretty half-baked to me.",
    ],
)
def test_verdict_on_their_people_or_plans_is_criticism(sentence: str) -> None:
    assert criticism(draft(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # their problem named as theirs, and sympathy for a hard task
        "The hour your night drivers lose at the gate is something I would like to help with.",
        "Your cross-dock plan sounds difficult to staff in the first winter, and I would enjoy that challenge.",
        # a negated verdict, and praise
        "Rui's target of forty trucks a night is not unrealistic once the gate slots are booked ahead.",
        "Your cross-dock timeline sounds ambitious and well thought out.",
        # the candidate's own past, judged by the candidate
        "My first night rota plan was a bit unrealistic, and I learned a lot from fixing it.",
        "I was a little naive about night work when I started at Tejo Freight.",
    ],
)
def test_their_problem_and_sympathy_stay_clean(sentence: str) -> None:
    assert not criticism(draft(sentence))
