"""checks49: a weekday or a month the candidate says of their own term, plan or act ("my contract ends in January",
"I can start in January", "I'm ready to start Monday", "I sent the sample on Friday") is no unsupported date; a date
of what the notes date (the interview, their news, what they said, a start claimed as agreed) is still checked.
Drafts invented here, on four trades' notes (trades_case.py; the interview was on a Tuesday in October)."""

from __future__ import annotations

import pytest
from trades_case import check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        # the candidate's own term
        ("bakery", "To be honest, my contract ends in January, so the timing matters to me."),
        ("wind", "My lease runs out in March, which is why I am keen to hear."),
        ("pharmacy", "My current placement finishes in December."),
        ("freight", "My notice period ends in February whatever happens."),
        # the candidate's own plan or availability
        ("bakery", "I can start in January if that suits the team."),
        ("wind", "I'm ready to start Monday if needed."),
        ("pharmacy", "I could join the ward in June once my notice is served."),
        ("freight", "I could begin on Thursday if the depot needs cover."),
        # the candidate's own act since the interview
        ("bakery", "I sent the lamination notes on Friday."),
        ("freight", "I have send the route sample on Saturday, I hope it arrived."),
    ],
)
def test_the_candidates_own_dates_are_not_unsupported(trade: str, line: str) -> None:
    body = f"Thank you for the interview on Tuesday. {line} Is there any update on the timeline?"
    assert "unsupported_date" not in codes(check(trade, Kind.status_check, body), "facts")


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        # what they said, their news, the interview, a start claimed as agreed with them
        ("bakery", "You mentioned that the panel met on Friday to compare candidates."),
        ("wind", "Congratulations on the Norway contract, which I read was signed in March."),
        ("pharmacy", "Thank you again for meeting me on Thursday."),
        ("freight", "I can still start in July, as we discussed."),
        ("bakery", "I understand you would like me to start in May."),
        ("pharmacy", "I could help with the stock review in June."),
    ],
)
def test_dates_the_notes_should_hold_are_still_checked(trade: str, line: str) -> None:
    body = f"{line} Is there any update on the timeline?"
    assert "unsupported_date" in codes(check(trade, Kind.status_check, body), "facts")
