"""Notes items and colons (checks51): a colon after a sentence of the writer's own ("Two things stayed with me: …",
"one point in particular: …"), or an item that goes on as a clause after it ("… about the data: the demand
forecasting for the regional depots is …"), works the item in; a notes item pasted as a heading before a colon
("Rope access crews from Esbjerg: very interesting.") is a seam, and so is a colon after the notes' own field name
("You described a topic: …")."""

from __future__ import annotations

import pytest
from trades_case import check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "Two things stayed with me: supplying bakeries in Belgium and Switzerland, and the new ovens."),
        ("wind", "I would value your thoughts on one point in particular: rope access crews from Esbjerg."),
        (
            "pharmacy",
            "I liked how open you were about the data: stock forecasting for slow-moving drugs is hard to get right.",
        ),
        (
            "freight",
            "Two parts of our talk stood out for me: demand forecasting for the regional depots and the new routes.",
        ),
    ],
)
def test_a_colon_after_the_writers_own_sentence_is_no_paste(trade: str, line: str) -> None:
    found = check(trade, Kind.thank_you, f"Thank you for Tuesday. {line} I would be glad to help.")
    assert "pasted_item" not in codes(found, "fluency")


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "Supplying bakeries in Belgium and Switzerland: very interesting."),
        ("wind", "Rope access crews from Esbjerg: I can help with that."),
        ("pharmacy", "Stock forecasting for slow-moving drugs: right up my street."),
        ("freight", "Demand forecasting for the regional depots: sounds fun."),
        ("freight", "You described a topic: demand forecasting for the regional depots."),
    ],
)
def test_a_notes_item_pasted_as_a_heading_is_flagged(trade: str, line: str) -> None:
    found = check(trade, Kind.thank_you, f"Thank you for Tuesday. {line} I would be glad to help.")
    assert "pasted_item" in codes(found, "fluency")
