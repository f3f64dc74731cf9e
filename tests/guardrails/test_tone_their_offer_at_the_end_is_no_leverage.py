"""'The offer at the end of your note' is the reader's own offer (to share notes, to talk again), not another
company's offer held over them (blind44); "an offer at another firm" is still leverage."""

from __future__ import annotations

import pytest
from checks53_case import check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "Thank you for your note, and for the offer at the end of it to go through my answers."),
        ("cocoa", "I was glad of the offer at the close of our call to share the panel's notes."),
        ("lifts", "Thank you for the offer at the bottom of your email; I'd like to take you up on it."),
        ("seeds", "I appreciated the offer at the start of your message to talk it through by phone."),
    ],
)
def test_their_offer_at_the_end_of_a_note_is_no_leverage(trade: str, line: str) -> None:
    body = f"{line} Any feedback on my interview would help me prepare for the next one."
    assert "leverage" not in codes(check(trade, Kind.feedback_request, body), "tone")


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "I should mention I have an offer at another operator and need to answer by Friday."),
        ("cocoa", "I also hold an offer at a buying company in Tema."),
        ("lifts", "There is an offer from a resort in Ischgl on the table."),
        ("seeds", "I have an offer at the herbarium that I need to answer soon."),
    ],
)
def test_another_companys_offer_is_still_leverage(trade: str, line: str) -> None:
    body = f"Thank you for meeting me last week. {line} Is there any news on your timeline?"
    assert "leverage" in codes(check(trade, Kind.status_check, body), "tone")
