"""'pax', the travel trade's clipped 'passengers', is written out in a letter ('how dispatch rebooks pax' →
'… rebooks passengers'; the seaplane set's drafts pasted it)."""

from __future__ import annotations

from afterview.writer.shorthand import prose


def test_pax_is_written_out() -> None:
    assert prose("how dispatch rebooks pax") == "how dispatch rebooks passengers"
    assert prose("40 pax per flight") == "40 passengers per flight"


def test_a_word_that_only_contains_pax_stays() -> None:
    assert prose("the paxos consensus paper") == "the paxos consensus paper"
