"""A time on the candidate's own step ("the sample report will be with you within a few days", "I would start the
course as soon as possible") sets the reader no deadline (blind40, two authors). A time put on the reader's answer
is still pushy."""

from __future__ import annotations

import pytest
from checks53_case import check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "I look forward to hearing from you, and the timetable draft will be with you within a few days."),
        ("cocoa", "I was glad to hear about the Twi lessons; I would start them as soon as possible."),
        ("lifts", "Thank you again, and the inspection checklist will reach you within two days."),
        ("seeds", "I will send the germination summary within a few days, as you asked."),
    ],
)
def test_a_time_on_the_candidates_own_step_is_no_deadline(trade: str, line: str) -> None:
    body = f"Thank you for meeting me last week. {line}"
    assert "pushy" not in codes(check(trade, Kind.thank_you, body), "tone")


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "Please let me know your decision within a few days."),
        ("cocoa", "I would appreciate an answer as soon as possible."),
        ("lifts", "Please let me know your answer within two days."),
        ("seeds", "I look forward to hearing from you within a few days."),
    ],
)
def test_a_time_on_their_answer_is_still_pushy(trade: str, line: str) -> None:
    body = f"Thank you for meeting me last week. {line}"
    assert "pushy" in codes(check(trade, Kind.thank_you, body), "tone")
