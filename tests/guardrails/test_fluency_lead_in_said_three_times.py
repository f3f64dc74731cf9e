"""A first-person lead-in said three times across a short message ("I really enjoyed … I really enjoyed … I really
enjoyed"): each time it goes on to something new, so no longer phrase repeats, but the reader hears a template's
refrain (blind41, blind44). Said twice, or with 'thank' in it, it is left alone."""

from __future__ import annotations

import pytest
from checks53_case import check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    "trade, body",
    [
        (
            "ferry",
            "I really enjoyed our talk about the island timetables. I really enjoyed hearing about the Vis route "
            "too. I really enjoyed the whole morning.",
        ),
        (
            "cocoa",
            "Thank you for the decision call; I really appreciate it. I really appreciate the time you gave me at "
            "the sheds, and I really appreciate any feedback you can share.",
        ),
        (
            "lifts",
            "I would love to help with the winter inspections. I would love to see the new gondola go in, and I "
            "would love to work with the lift mechanics.",
        ),
        (
            "seeds",
            "I'm really excited about the germination testing. I'm really excited about the drying room, and I'm "
            "really excited to meet the collectors.",
        ),
    ],
)
def test_a_lead_in_said_three_times_is_a_refrain(trade: str, body: str) -> None:
    kind = Kind.feedback_request if trade == "cocoa" else Kind.thank_you
    assert "repeated_phrase" in codes(check(trade, kind, body), "fluency")


@pytest.mark.parametrize(
    "trade, body",
    [
        (
            "ferry",
            "I really enjoyed our talk about the island timetables. I also liked hearing about the Vis route, and "
            "I really enjoyed the whole morning.",
        ),
        (
            "cocoa",
            "I have set up mobile payments for farmers before. I have a few ideas for the village sheds, and I "
            "have attached a short note on them.",
        ),
        (
            "lifts",
            "Thank you for showing me the workshop. I would love to help with the winter inspections, and I think "
            "the gondola project sounds exciting.",
        ),
        (
            "seeds",
            "I thank you for the tour. I thank you also for the notes on germination, and I thank the collectors "
            "for their time.",
        ),
    ],
)
def test_a_lead_in_said_twice_or_plain_is_no_refrain(trade: str, body: str) -> None:
    assert "repeated_phrase" not in codes(check(trade, Kind.thank_you, body), "fluency")
