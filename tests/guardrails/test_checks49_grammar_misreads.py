"""checks49: Harper misreads the grammar checker no longer reports: a dialect word of address ("yaar", "akka"), a
possessive before 'side' ("the client's side of the Atlantic"), 'were' after a subject interrupted by a phrase in
commas, and 'I' as the subject of its own clause after "you and" ("meet you and I really appreciated"); the real
slips beside them are still reported. Drafts invented here, on four trades' notes (trades_case.py)."""

from __future__ import annotations

import pytest
from trades_case import check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "Thanks yaar, the tasting was such fun."),
        ("pharmacy", "Please thank Meera akka for the tour of the ward."),
        ("wind", "The report reads differently from the client's side of the table."),
        ("freight", "It showed me the route plan from the driver's side of the depot."),
        ("pharmacy", "Your points on slow movers, and on how the ward reorders them, were the most useful part."),
        ("wind", "The blade logs, with their photos from each rope access crew, were clearer than mine."),
        ("bakery", "It was a pleasure to meet you and I really appreciated the tour."),
        ("freight", "It was good to meet you and I hope our paths cross again."),
    ],
)
def test_misreads_are_not_grammar_findings(trade: str, line: str) -> None:
    found = check(trade, Kind.thank_you, f"Thank you for the interview on Tuesday. {line}")
    assert codes(found, "grammar") == set()


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "It was great to meet you and I."),
        ("wind", "The talk was useful for both you and I."),
        ("pharmacy", "I has sent the forecast already."),
        ("freight", "I recieved the route file yesterday."),
    ],
)
def test_real_slips_are_still_grammar_findings(trade: str, line: str) -> None:
    found = check(trade, Kind.thank_you, f"Thank you for the interview on Tuesday. {line}")
    assert codes(found, "grammar")
