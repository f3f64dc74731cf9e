"""A second request beside the question about the decision (blind36 … blind44, authors of status checks and
thank-yous alike): "I would also appreciate it if you could send …", a favour that names the decision only as a
time ("before any decision"), "… and could we also set up a call", "…, and also whether it would be possible to …",
"would you consider me for …", and a favour beside a status question put as "I'm checking in about … whether".
One ask said twice, or one ask with an offer beside it, is still one ask."""

from __future__ import annotations

import pytest
from checks53_case import check, codes

from afterview.vocabulary import Kind

TWO_ASKS = [
    (
        "ferry",
        "Could you let me know when you expect to decide? I would also appreciate it if you could send me the "
        "salary band for the planner role.",
    ),
    (
        "cocoa",
        "Could you tell me whether a decision has been reached? I would also be grateful if you could tell me "
        "whether I might visit the sheds at Bekwai before any decision.",
    ),
    (
        "lifts",
        "Could you tell me where the decision stands, and could we also set up a call with the chief mechanic?",
    ),
    (
        "seeds",
        "Could you let me know when the decision will be made, and also whether it would be possible to see the "
        "drying room again before then?",
    ),
    (
        "ferry",
        "Has a decision been made? And if the role has gone to someone else, would you consider me for the summer "
        "route planning on a contract basis?",
    ),
    (
        "cocoa",
        "I'm checking in about the Farmer Services Lead role and whether a decision has been reached. Could you "
        "also tell me whether the role comes with a motorbike for the village visits?",
    ),
]


@pytest.mark.parametrize("trade, body", TWO_ASKS)
def test_a_second_request_beside_the_decision_is_two_asks(trade: str, body: str) -> None:
    text = f"I hope the week has gone well. {body}"
    assert "two_asks" in codes(check(trade, Kind.status_check, text), "fluency")


ONE_ASK = [
    ("ferry", "Could you let me know when you expect to decide? I would also be glad to send anything else you need."),
    ("cocoa", "I'm checking in about the Farmer Services Lead role and whether a decision has been reached."),
    ("lifts", "Is there any news on the decision? I would be grateful for an update when you have one."),
    ("seeds", "Could you tell me whether there is an update? I have attached the seed catalogue you mentioned."),
]


@pytest.mark.parametrize("trade, body", ONE_ASK)
def test_one_ask_with_an_offer_or_said_softly_again_is_one_ask(trade: str, body: str) -> None:
    text = f"I hope the week has gone well. {body}"
    assert "two_asks" not in codes(check(trade, Kind.status_check, text), "fluency")
