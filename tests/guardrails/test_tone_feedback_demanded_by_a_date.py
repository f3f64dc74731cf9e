"""Feedback or reasons called for by a date in a feedback request ("I'd like full written feedback from each panel
member by Friday", "I expect a written explanation of how my test was marked by the end of the week") demand what
the reader owes nobody (blind37, blind41). Feedback asked for politely, or a date for the candidate's own work, is
no demand."""

from __future__ import annotations

import pytest
from checks53_case import check, codes

from afterview.vocabulary import Kind

ACK = "Thank you for letting me know your decision."


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "I'd like detailed written feedback on each of my answers by the end of this week."),
        ("cocoa", "I would like full feedback from every member of the panel by Friday, please."),
        ("lifts", "I expect a written explanation of how my practical test was marked by the end of the week."),
        ("seeds", "I need the reasons for the decision, in writing, by Monday."),
    ],
)
def test_feedback_demanded_by_a_date_is_demanding(trade: str, line: str) -> None:
    assert "demanding" in codes(check(trade, Kind.feedback_request, f"{ACK} {line}"), "tone")


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "If you have a moment, I would welcome any feedback on my answers."),
        ("cocoa", "I would appreciate any feedback, whenever it suits you, even after the end of the week."),
        ("lifts", "Any feedback on my practical test would help me prepare for the next one."),
        ("seeds", "I'd like to send you my notes on the germination trial by Friday, if that would still help."),
    ],
)
def test_feedback_asked_politely_or_an_own_date_is_no_demand(trade: str, line: str) -> None:
    assert "demanding" not in codes(check(trade, Kind.feedback_request, f"{ACK} {line}"), "tone")
