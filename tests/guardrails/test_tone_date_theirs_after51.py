"""Tone (checks51): a date owned as theirs after it is named ("hearing from you by Friday, as you mentioned") is no
deadline set; the same date without it, or a date the writer sets, is still pushy."""

from __future__ import annotations

import pytest
from trades_case import check, codes

from afterview.vocabulary import Kind

BODY = "Thank you for the interview on Tuesday and for the tour. {line}"


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "I look forward to hearing from you by Friday, October 16, as you mentioned."),
        ("wind", "I look forward to hearing from you by the 16th, as you said."),
        ("pharmacy", "I look forward to hearing from you by Friday as we discussed."),
        ("freight", "I look forward to hearing from you by next Friday, like you planned."),
    ],
)
def test_their_own_date_said_back_is_not_pushy(trade: str, line: str) -> None:
    assert "pushy" not in codes(check(trade, Kind.thank_you, BODY.format(line=line)), "tone")


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "I need to hear from you by Friday at the latest."),
        ("freight", "Please let me know by Friday, as I have other plans."),
    ],
)
def test_a_deadline_the_writer_sets_is_still_pushy(trade: str, line: str) -> None:
    assert codes(check(trade, Kind.thank_you, BODY.format(line=line)), "tone")
