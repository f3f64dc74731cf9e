"""Thanks for their courtesy ("I appreciate the courtesy of hearing it directly") is gratitude, not the reproach
"the courtesy of a reply" (blind41). The reproach is still passive-aggressive."""

from __future__ import annotations

import pytest
from checks53_case import TRADES, check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "I appreciate the courtesy of hearing it from you directly."),
        ("cocoa", "I appreciated the courtesy of a phone call rather than an email."),
        ("lifts", "I value the courtesy of your quick reply."),
        ("seeds", "Thank you for the courtesy of letting me know so soon."),
    ],
)
def test_thanks_for_their_courtesy_is_gratitude(trade: str, line: str) -> None:
    body = f"Thank you for letting me know your decision. {line} I would welcome any feedback on my interview."
    assert "passive_aggressive" not in codes(check(trade, Kind.feedback_request, body), "negativity")


@pytest.mark.parametrize("trade", sorted(TRADES))
def test_the_courtesy_of_a_reply_asked_for_is_still_a_reproach(trade: str) -> None:
    body = "I sent two emails last week. I would have expected at least the courtesy of a reply. Is there any news?"
    assert codes(check(trade, Kind.status_check, body), "negativity")
