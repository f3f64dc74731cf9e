"""Stop 46 (lead): asks that blind32 (spent) showed the purpose check missing, each written here in other words
with a near miss that must still be reported: feedback asked as the notes or comments a panel made on the
interview, with a relative clause between ("any notes you took on my answers"); the reasons asked for as a clause
("the reasons I was not selected"); and a status check's ask said casually ("where things are at")."""

from __future__ import annotations

import pytest
from dispatch_case import LATER, dispatch_notes

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.vocabulary import Kind


def check(kind: Kind, outcome: str, ask: str) -> Draft:
    notes = dispatch_notes(outcome)
    if kind is Kind.feedback_request:
        body = f"Dear Rui,\n\nThank you for letting me know your decision on the Dispatch Supervisor role. {ask}\n\n"
    else:
        body = f"Dear Rui,\n\nI hope the cross-dock at Alverca is coming along. {ask}\n\n"
    body += "I wish you and the team every success with the cross-dock at Alverca.\n\nKind regards,\nInes Baptista"
    return check_hand_written(notes, "Dispatch Supervisor", body, kind=kind, to="Rui Moreira", now=LATER, send_at=LATER)


def purpose_codes(draft: Draft) -> set[str]:
    return {f.code for f in draft.findings if f.check == "purpose" and f.severity == "error"}


@pytest.mark.parametrize(
    ("ask", "asks"),
    [
        ("Could you pass on any notes the panel made about my answers on the night-shift scenario?", True),
        ("If you have a moment, I would value any comments you had on my presentation.", True),
        ("I would be grateful to hear the main reasons I was not chosen.", True),
        ("I would be glad to know the reasons why I didn't progress to the final round.", True),
        # near misses: their comments on something else, reasons of the candidate's own: no ask for feedback
        ("I enjoyed the comments the panel made on the Alverca cross-dock.", False),
        ("I have written down the reasons I chose dispatch work, should they help.", False),
    ],
)
def test_feedback_asked_in_other_words(ask: str, asks: bool) -> None:
    found = purpose_codes(check(Kind.feedback_request, "rejected", ask))
    assert ("no_feedback_question" not in found) is asks


@pytest.mark.parametrize(
    ("ask", "asks"),
    [
        (
            "I'm still keen on the Dispatch Supervisor role and wondered if there's any news on where things are at.",
            True,
        ),
        ("Is there any update on where you're at with the role?", True),
        # near miss: where their project is at is not the decision
        ("I wondered if there's any news on where the Alverca cross-dock is at.", False),
    ],
)
def test_status_asked_casually(ask: str, asks: bool) -> None:
    found = purpose_codes(check(Kind.status_check, "pending", ask))
    assert ("no_status_question" not in found) is asks
