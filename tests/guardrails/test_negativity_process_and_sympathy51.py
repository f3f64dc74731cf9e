"""The process judged (checks51): a format or task said to be too long or not well explained, more courtesy said to
have been expected. And what is no complaint: a harm the candidate would prevent ("without burning out the crews"),
a verdict on any team ("what a badly run rota costs"), one's own slip ("which I forgot to mention"), a date's
passing given as the reason to ask ("Since the 11th has come and gone, I wanted to ask"), and other offers kept
waiting (the tone check's leverage, not a complaint about the wait)."""

from __future__ import annotations

import pytest
from trades_case import check, codes

from afterview.vocabulary import Kind

THANKS = "Thank you for the interview on Tuesday. {line} I would be glad to help the team."
STATUS = "{line} Is there any news on the decision? I would still love to join the team."


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "I still think the panel format was too long for everyone involved."),
        ("wind", "The case study was not well explained beforehand, but I did my best with it."),
        ("pharmacy", "The take-home task was poorly explained, so I guessed at what you wanted."),
        ("freight", "I did take a morning off work to interview and expected a bit more courtesy."),
    ],
)
def test_the_process_judged_is_flagged(trade: str, line: str) -> None:
    assert codes(check(trade, Kind.thank_you, THANKS.format(line=line)), "negativity")


@pytest.mark.parametrize(
    ("trade", "kind", "text"),
    [
        (
            "bakery",
            Kind.thank_you,
            THANKS.format(line="I keep thinking about how to add a night shift without burning out the bakers."),
        ),
        (
            "wind",
            Kind.thank_you,
            THANKS.format(
                line="I have seen what a well-run rota does for morale and what a badly run one costs in turnover."
            ),
        ),
        (
            "pharmacy",
            Kind.status_check,
            STATUS.format(
                line="Since we met I cut the ward's expired stock further, which I forgot to mention at the interview."
            ),
        ),
        (
            "freight",
            Kind.status_check,
            STATUS.format(line="Since the 20th has come and gone, I wanted to ask about the Logistics Analyst role."),
        ),
    ],
)
def test_care_a_general_truth_an_own_slip_or_a_passed_date_is_no_complaint(trade: str, kind: Kind, text: str) -> None:
    assert codes(check(trade, kind, text), "negativity") == set()


@pytest.mark.parametrize(
    "line",
    [
        "Since the 20th has come and gone without a word, I wanted to ask again.",
        "The recruiter forgot to mention the second round, so I missed it.",
    ],
)
def test_a_passed_date_with_a_jab_or_their_slip_is_still_flagged(line: str) -> None:
    assert codes(check("freight", Kind.status_check, STATUS.format(line=line)), "negativity")


def test_other_offers_kept_waiting_is_leverage_not_a_wait_complaint() -> None:
    found = check("wind", Kind.status_check, "I can't keep the other offers waiting forever. Is there any news?")
    assert "wait_complaint" not in codes(found, "negativity")
    assert codes(found, "tone")
